import { describe, expect, it } from "vitest";
import { boilerplateRangeSchema, proposeBoilerplate } from "./boilerplate";

const proposed = (text: string) =>
  proposeBoilerplate(text).map(({ kind, start, end }) => [kind, text.slice(start, end)]);

const pastedPage = [
  "Skip to main content",
  "Home | World | Politics | Business | Science",
  "We use cookies to improve your experience on our site. By continuing to browse, you agree to our use of cookies.",
  "Accept all",
  "",
  "Home › Science › Oceans",
  "",
  "Coral spawning on the Great Barrier Reef arrives a week early",
  "",
  "By Ana Torres, 12 November 2022",
  "",
  "Share this article",
  "Share on Facebook",
  "Tweet",
  "",
  "Corals on the northern Great Barrier Reef released their eggs on 5 November, about a week earlier than in 2021, researchers at the Australian Institute of Marine Science said.",
  "",
  "Photo: Jorge Silva / Getty Images",
  "",
  "The team, led by marine biologist Dr. Karen Ellis, counted spawning on 14 of the 19 reefs it monitored near Cairns.",
  "",
  "Advertisement",
  "",
  "Read more: Why reef fish are moving south",
  "",
  "Water temperatures in October averaged 26.4 degrees Celsius, 0.8 degrees above the long-term mean.",
  "",
  "Source: Australian Institute of Marine Science",
  "#coral #GreatBarrierReef #climate",
  "",
  "Support us",
  "",
  "Sign up for our newsletter",
  "",
  "Related articles",
  "• Heatwave bleaches a third of the reef",
  "",
  "• Divers map a new reef off Queensland",
  "",
  "It looks like you're using an ad blocker. Please consider whitelisting us.",
  "",
  "14 comments",
  "Leave a comment",
].join("\n");

describe("proposeBoilerplate", () => {
  it("proposes the page furniture of a pasted news page and none of its body", () => {
    expect(proposed(pastedPage)).toEqual([
      ["navigation", "Skip to main content\nHome | World | Politics | Business | Science"],
      ["ad-blocker-notice", pastedPage.split("\n").slice(2, 4).join("\n")],
      ["navigation", "Home › Science › Oceans"],
      ["comments-widget", "Share this article\nShare on Facebook\nTweet"],
      ["picture-credit", "Photo: Jorge Silva / Getty Images"],
      ["advertisement", "Advertisement"],
      ["read-also", "Read more: Why reef fish are moving south"],
      ["source-line", "Source: Australian Institute of Marine Science"],
      ["hash-tag-line", "#coral #GreatBarrierReef #climate"],
      ["support-us", "Support us\n\nSign up for our newsletter"],
      [
        "related-links",
        "Related articles\n• Heatwave bleaches a third of the reef\n\n• Divers map a new reef off Queensland",
      ],
      ["ad-blocker-notice", "It looks like you're using an ad blocker. Please consider whitelisting us."],
      ["comments-widget", "14 comments\nLeave a comment"],
    ]);
  });

  it("gives line-aligned ranges that end before the newline and fit the stored shape", () => {
    const text = "Body paragraph one.\n  ADVERTISEMENT\nBody paragraph two.";
    const [range] = proposeBoilerplate(text);
    expect(range).toEqual({ kind: "advertisement", start: 20, end: 35 });
    expect(text[range!.end]).toBe("\n");
    expect(boilerplateRangeSchema.safeParse(range).success).toBe(true);
  });

  it("merges lines of one kind only across whitespace", () => {
    const text = "Donate\n\n   \nSubscribe\nThe council met on Monday.\nSupport us\nTweet";
    expect(proposed(text)).toEqual([
      ["support-us", "Donate\n\n   \nSubscribe"],
      ["support-us", "Support us"],
      ["comments-widget", "Tweet"],
    ]);
  });

  it("recognises the usual wordings and decorations of each widget", () => {
    const lines = {
      "— Advertisement —": "advertisement",
      "[Sponsored]": "advertisement",
      "Story continues below advertisement": "advertisement",
      "READ ALSO": "read-also",
      "You may also like": "related-links",
      "Comments (23)": "comments-widget",
      "Facebook | Twitter | Email": "comments-widget",
      "© Reuters": "picture-credit",
      "Image: NASA / JPL-Caltech": "picture-credit",
      "Tags: coral, oceans, climate": "hash-tag-line",
      "Donate now »": "support-us",
    };
    for (const [line, kind] of Object.entries(lines)) expect(proposed(line), line).toEqual([[kind, line]]);
  });

  it("does not propose real sentences that mention support, comments, sharing or sources", () => {
    const sentences = [
      "Support for the measure fell to 41 percent in March.",
      "The ministry said it would support farmers with $2 million.",
      "Comments from the minister were brief.",
      "She declined to comment.",
      "Readers shared the story 40,000 times.",
      "Share prices fell 3 percent on Tuesday.",
      "Subscribers rose by 12 percent in 2021.",
      "Source code for the model was published on GitHub.",
      "Photographs from the 1950s show the glacier far lower.",
      "Read more about the project in the report published on 3 May.",
      "Advertisement revenue fell by a fifth in 2020.",
      "Ad blockers cost publishers an estimated $12 billion in 2022.",
      "Cookies were sold at the fair for two dollars each.",
      "Join the two roads at the roundabout and turn left.",
      "The donation came from a foundation in Geneva.",
      "Home prices rose in Toronto, Vancouver and Montreal.",
    ];
    expect(proposed(sentences.join("\n\n"))).toEqual([]);
  });

  it("does not take a table's header row for a menu", () => {
    const table = "Year | Colonies | Winter losses\n\n2021 | 1,204 | 32%\n\n2022 | 1,310 | 18%";
    expect(proposed(table)).toEqual([]);
    expect(proposed("World | Politics | Business | Science")).toEqual([
      ["navigation", "World | Politics | Business | Science"],
    ]);
  });

  it("ignores long lines even when they open like furniture", () => {
    const line = "Support us, the mayor told residents on Monday, promising to plant 3,000 street trees by 2030.";
    expect(line.length).toBeGreaterThan(80);
    expect(proposed(line)).toEqual([]);
  });
});
