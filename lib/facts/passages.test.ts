import { describe, expect, it } from "vitest";
import { loadCorpus } from "./load.server";
import { locatedFacts } from "./located";
import { articleBlocks, passageInParagraph, type Block, type PassageRange } from "./passages";

const text = "Headline\n\nAlpha beta gamma delta.\n\nAd line one\nAd line two\n\nEpsilon zeta.";
const ad = {
  kind: "advertisement" as const,
  start: text.indexOf("Ad line one"),
  end: text.indexOf("Ad line two") + "Ad line two".length,
};
const rangeOf = (source: string, s: string) => ({ start: source.indexOf(s), end: source.indexOf(s) + s.length });
const at = (s: string) => rangeOf(text, s);

/** What the reader shows: each paragraph's text, boilerplate marked as such. */
const shown = (blocks: Block[]) =>
  blocks.map((b) => (b.kind === "paragraph" ? b.pieces.map((p) => p.text).join("") : `[${b.boilerplateKind}]`));

describe("articleBlocks", () => {
  it("leaves out the headline and sets boilerplate aside as one block", () => {
    const blocks = articleBlocks(text, [ad], []);
    expect(blocks).toEqual([
      {
        kind: "paragraph",
        pieces: [
          {
            text: "Alpha beta gamma delta.",
            ...at("Alpha beta gamma delta."),
            factIds: [],
            startsFacts: [],
            endsFacts: [],
          },
        ],
      },
      { kind: "boilerplate", boilerplateKind: "advertisement", lines: ["Ad line one", "Ad line two"] },
      {
        kind: "paragraph",
        pieces: [{ text: "Epsilon zeta.", ...at("Epsilon zeta."), factIds: [], startsFacts: [], endsFacts: [] }],
      },
    ]);
  });

  it("splits overlapping passages into pieces that know every fact covering them", () => {
    const [first] = articleBlocks(
      text,
      [],
      [
        { factId: "a", ...at("Alpha beta gamma") },
        { factId: "b", ...at("beta gamma delta.") },
      ],
    );
    expect(first).toEqual({
      kind: "paragraph",
      pieces: [
        { text: "Alpha ", ...at("Alpha "), factIds: ["a"], startsFacts: ["a"], endsFacts: [] },
        { text: "beta gamma", ...at("beta gamma"), factIds: ["a", "b"], startsFacts: ["b"], endsFacts: ["a"] },
        { text: " delta.", ...at(" delta."), factIds: ["b"], startsFacts: [], endsFacts: ["b"] },
      ],
    });
  });

  it("keeps the text intact: pieces join back to the paragraph", () => {
    const blocks = articleBlocks(text, [ad], [{ factId: "z", ...at("zeta") }]);
    const last = blocks.at(-1)!;
    expect(last.kind === "paragraph" && last.pieces.map((p) => p.text).join("")).toBe("Epsilon zeta.");
  });
});

const email = [
  "Dear parents,",
  "",
  "The Year 9 trip to the Kazakhstan exhibition at the city museum is on",
  "Thursday 14 March. Students should bring a packed lunch, a notebook and",
  "a pencil; we will be sketching the exhibits and writing short notes",
  "about the objects they find most surprising.",
  "",
  "The coach leaves school at 8.30 and returns by 15.30. Please make sure",
  "your child is on time, as we cannot wait for latecomers.",
  "",
  "Best wishes,",
  "Ms. Okafor",
].join("\n");

describe("articleBlocks on hard-wrapped text", () => {
  it("flows an e-mail's wrapped lines into its paragraphs, line breaks shown as spaces", () => {
    expect(shown(articleBlocks(email, [], [], { bodyStart: 0 }))).toEqual([
      "Dear parents,",
      "The Year 9 trip to the Kazakhstan exhibition at the city museum is on Thursday 14 March. Students should " +
        "bring a packed lunch, a notebook and a pencil; we will be sketching the exhibits and writing short notes " +
        "about the objects they find most surprising.",
      "The coach leaves school at 8.30 and returns by 15.30. Please make sure your child is on time, as we cannot " +
        "wait for latecomers.",
      "Best wishes,",
      "Ms. Okafor",
    ]);
  });

  it("highlights a passage across a wrapped line break without a gap", () => {
    const passage = { factId: "trip", ...rangeOf(email, "museum is on\nThursday 14 March") };
    const trip = articleBlocks(email, [], [passage], { bodyStart: 0 })[1]!;
    const marked = trip.kind === "paragraph" ? trip.pieces.filter((p) => p.factIds.includes("trip")) : [];
    expect(marked.map(({ text, joint, startsFacts, endsFacts }) => ({ text, joint, startsFacts, endsFacts }))).toEqual([
      { text: "museum is on", joint: undefined, startsFacts: ["trip"], endsFacts: [] },
      { text: " ", joint: true, startsFacts: [], endsFacts: [] },
      { text: "Thursday 14 March", joint: undefined, startsFacts: [], endsFacts: ["trip"] },
    ]);
    const joint = marked[1]!;
    expect(email.slice(joint.start, joint.end)).toBe("\n");
  });

  it("keeps one paragraph per line when every line is a complete paragraph", () => {
    const lines = [
      "Russian President Vladimir Putin held talks with Tokayev in Moscow on Thursday.",
      "The two leaders discussed trade.",
      "Tokayev thanked the CSTO for its support during the unrest in January, the Kremlin said in a statement.",
    ];
    expect(shown(articleBlocks(`Headline\n${lines.join("\n")}`, [], []))).toEqual(lines);
  });

  it("keeps bullets and numbered items apart, flowing only an item's own wrapped lines", () => {
    const list = [
      "Please bring:",
      "• a packed lunch",
      "• a notebook",
      "- a pencil for sketching the exhibits, sharpened at home, and an",
      "  eraser",
      "1. Arrive by 8.30",
      "2) Sign the register",
      "",
      "and nothing else.",
    ].join("\n");
    expect(shown(articleBlocks(list, [], [], { bodyStart: 0 }))).toEqual([
      "Please bring:",
      "• a packed lunch",
      "• a notebook",
      "- a pencil for sketching the exhibits, sharpened at home, and an eraser",
      "1. Arrive by 8.30",
      "2) Sign the register",
      "and nothing else.",
    ]);
  });

  it("keeps short verse-like lines apart", () => {
    const verse = "Headline\n\nThe steppe is wide\nthe wind is cold\n\nand the road runs east";
    expect(shown(articleBlocks(verse, [], []))).toEqual([
      "The steppe is wide",
      "the wind is cold",
      "and the road runs east",
    ]);
  });

  it("joins a stray fragment to its neighbours: a line ending mid-sentence and one starting with a comma", () => {
    const source = [
      "Headline",
      "",
      "“I did not meet Macron after the visit to Kiev”",
      "",
      ", Putin said, answering a question.",
      "",
      "Tokayev thanked",
      "",
      "Russia and the CSTO for their support.",
      "",
      "Key Dates",
      "",
      "The talks took place on January 19.",
    ].join("\n");
    expect(shown(articleBlocks(source, [], []))).toEqual([
      "“I did not meet Macron after the visit to Kiev” , Putin said, answering a question.",
      "Tokayev thanked Russia and the CSTO for their support.",
      "Key Dates",
      "The talks took place on January 19.",
    ]);
  });

  it("never joins across boilerplate", () => {
    const source =
      "Headline\n\nTokayev thanked\n\nSupport Us today\n\nRussia and the CSTO.\n\nSupport Us today\n\nand more.";
    const boilerplate = [
      { kind: "support-us" as const, ...rangeOf(source, "Support Us today") },
      { kind: "support-us" as const, start: source.lastIndexOf("Support"), end: source.lastIndexOf("today") + 5 },
    ];
    expect(shown(articleBlocks(source, boilerplate, []))).toEqual([
      "Tokayev thanked",
      "[support-us]",
      "Russia and the CSTO.",
      "[support-us]",
      "and more.",
    ]);
  });

  it("sets aside boilerplate that shares a line with the text, keeping the text", () => {
    const source = "Headline\n\nNobody knows how many were killed. Picture credit: YouTube";
    const credit = { kind: "picture-credit" as const, ...rangeOf(source, "Picture credit: YouTube") };
    expect(shown(articleBlocks(source, [credit], []))).toEqual([
      "Nobody knows how many were killed.",
      "[picture-credit]",
    ]);
  });

  it("keeps the first line when the body starts at 0 (a teacher article's title is not in its text)", () => {
    const source = "First paragraph of the body.\n\nSecond paragraph.";
    expect(shown(articleBlocks(source, [], []))).toEqual(["Second paragraph."]);
    expect(shown(articleBlocks(source, [], [], { bodyStart: 0 }))).toEqual([
      "First paragraph of the body.",
      "Second paragraph.",
    ]);
  });
});

describe("articleBlocks on the seed articles", () => {
  const corpus = loadCorpus();
  const facts = locatedFacts(corpus);
  const rendered = corpus.articles.map((article) => {
    const passages: PassageRange[] = facts
      .filter((f) => f.article === article.file)
      .map((f) => ({ factId: f.id, start: f.quoteStart, end: f.quoteEnd }));
    return { article, passages, blocks: articleBlocks(article.text, article.boilerplate, passages) };
  });

  it("gives every piece its exact source range, joints covering only the line breaks", () => {
    expect(rendered).toHaveLength(5);
    for (const { article, blocks } of rendered)
      for (const block of blocks) {
        if (block.kind !== "paragraph") continue;
        block.pieces.forEach((piece, i) => {
          const source = article.text.slice(piece.start, piece.end);
          if (piece.joint) expect(source).toMatch(/^\s*\n\s*$/);
          else expect(source).toBe(piece.text);
          if (i) expect(piece.start).toBe(block.pieces[i - 1]!.end);
        });
      }
  });

  it("renders one paragraph per line as before, except the fragments of the Putin–Tokayev press conference", () => {
    const joints = rendered.map(
      ({ blocks }) => blocks.flatMap((b) => (b.kind === "paragraph" ? b.pieces.filter((p) => p.joint) : [])).length,
    );
    expect(joints).toEqual([0, 0, 3, 0, 0]);
    expect(shown(rendered[2]!.blocks)).toContainEqual(
      expect.stringMatching(/^Tokayev thanked Russia and the KGAÖ for supporting them/),
    );
  });

  it("anchors every fact exactly once", () => {
    for (const { passages, blocks } of rendered) {
      const anchors = blocks.flatMap((b) => (b.kind === "paragraph" ? b.pieces.flatMap((p) => p.startsFacts) : []));
      expect(anchors.sort()).toEqual(passages.map((p) => p.factId).sort());
    }
  });
});

describe("passageInParagraph", () => {
  it("returns the quote with the rest of its paragraph around it", () => {
    const text =
      "Headline\n\nFirst paragraph.\n\nNearly 1,000 people were injured, the United Nations said. More followed.\n\nLast.";
    const start = text.indexOf("the United Nations said");
    expect(passageInParagraph(text, start, start + "the United Nations said".length)).toEqual({
      before: "Nearly 1,000 people were injured, ",
      quote: "the United Nations said",
      after: ". More followed.",
    });
  });

  it("works at the very start and end of the text", () => {
    expect(passageInParagraph("Only line", 0, 9)).toEqual({ before: "", quote: "Only line", after: "" });
  });

  it("extends over a wrapped paragraph as the reader shows it", () => {
    const { start, end } = rangeOf(email, "Students should bring a packed lunch");
    expect(passageInParagraph(email, start, end, { bodyStart: 0 })).toEqual({
      before: "The Year 9 trip to the Kazakhstan exhibition at the city museum is on Thursday 14 March. ",
      quote: "Students should bring a packed lunch",
      after:
        ", a notebook and a pencil; we will be sketching the exhibits and writing short notes about the objects they find most surprising.",
    });
  });

  it("shows a quote spanning a line break with a space, keeping the source quote", () => {
    const { start, end } = rangeOf(email, "is on\nThursday 14 March.");
    const passage = passageInParagraph(email, start, end, { bodyStart: 0 });
    expect(passage.quote).toBe("is on\nThursday 14 March.");
    expect(passage.display).toBe("is on Thursday 14 March.");
    expect(passage.before).toBe("The Year 9 trip to the Kazakhstan exhibition at the city museum ");
  });

  it("joins a fragment's paragraph but not across boilerplate", () => {
    const source = "Headline\n\nTokayev thanked\n\nRussia and the CSTO.";
    const { start, end } = rangeOf(source, "Russia and the CSTO");
    expect(passageInParagraph(source, start, end).before).toBe("Tokayev thanked ");
    const boilerplate = [{ kind: "support-us" as const, ...rangeOf(source, "Tokayev thanked") }];
    expect(passageInParagraph(source, start, end, { boilerplate }).before).toBe("");
  });
});

describe("headings in imported documents", () => {
  it("keeps a short heading apart from the paragraph after it, and still joins a cut-off fragment", () => {
    const text = [
      "The Panama Canal's third set of locks",
      "",
      "The expanded canal opened on 26 June 2016.",
      "",
      "Water and drought",
      "",
      "Each new lock chamber has three water-saving basins.",
      "",
      "The minister thanked",
      "",
      "the engineers for their work.",
    ].join("\n");
    const paragraphs = articleBlocks(text, [], [], { bodyStart: 0 }).map((block) =>
      block.kind === "paragraph" ? block.pieces.map((p) => p.text).join("") : "",
    );
    expect(paragraphs).toEqual([
      "The Panama Canal's third set of locks",
      "The expanded canal opened on 26 June 2016.",
      "Water and drought",
      "Each new lock chamber has three water-saving basins.",
      "The minister thanked the engineers for their work.",
    ]);
  });
});
