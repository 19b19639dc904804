import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { suggestFacts, type Suggestion, type TextRange } from "./suggest";

const fixturesDir = fileURLToPath(new URL("./fixtures/", import.meta.url));
const articlesDir = fileURLToPath(new URL("../../seeds/articles/", import.meta.url));
const fixtures = readdirSync(fixturesDir)
  .filter((file) => file.endsWith(".txt"))
  .sort()
  .map((file) => ({ file, text: readFileSync(fixturesDir + file, "utf8") }));
const articleMeta = JSON.parse(readFileSync(articlesDir + "articles.json", "utf8")) as {
  file: string;
  boilerplate: TextRange[];
}[];
const titleLine = (text: string): TextRange => ({ start: 0, end: text.indexOf("\n") });

/** Every promise a teacher relies on: verbatim quote and answer, a real question that does not give the answer away. */
function expectSound(text: string, suggestions: Suggestion[], exclude: TextRange[] = []) {
  expect(new Set(suggestions.map((s) => s.question)).size, "one answer per question").toBe(suggestions.length);
  for (const s of suggestions) {
    const where = `${s.quote.slice(0, 60)}… → ${s.question}`;
    expect(text.slice(s.quoteStart, s.quoteEnd), where).toBe(s.quote);
    expect(text.slice(s.answerStart, s.answerEnd), where).toBe(s.answer);
    expect(s.answerStart >= s.quoteStart && s.answerEnd <= s.quoteEnd, where).toBe(true);
    expect(s.quote.length, where).toBeGreaterThanOrEqual(8);
    expect(s.quote.length, where).toBeLessThanOrEqual(400);
    expect(s.question, where).toMatch(/\?$/);
    expect(s.question.toLowerCase(), where).not.toContain(s.answer.toLowerCase());
    expect(s.statement, where).toMatch(/[.!]["”’)\]]*$/);
    for (const range of exclude) expect(s.quoteEnd <= range.start || s.quoteStart >= range.end, where).toBe(true);
  }
}

/** Breaks each paragraph's lines at 70 columns by turning a space into a line break, so offsets stay the same. */
function hardWrap(text: string, width = 70): string {
  const chars = [...text];
  let lineStart = 0;
  let lastSpace = -1;
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === "\n") [lineStart, lastSpace] = [i + 1, -1];
    else if (chars[i] === " ") lastSpace = i;
    if (i - lineStart >= width && lastSpace > lineStart)
      [chars[lastSpace], lineStart, lastSpace] = ["\n", lastSpace + 1, -1];
  }
  return chars.join("");
}

describe("suggestFacts on imported texts", () => {
  it.each(fixtures)("suggests at least five sound facts from $file", ({ text }) => {
    const exclude = [titleLine(text)];
    const suggestions = suggestFacts(text, { exclude });
    expect(suggestions.length).toBeGreaterThanOrEqual(5);
    expectSound(text, suggestions, exclude);
  });

  it.each(articleMeta)("suggests only sound facts from seed article $file", ({ file, boilerplate }) => {
    const text = readFileSync(articlesDir + file, "utf8");
    const exclude = [titleLine(text), ...boilerplate];
    const suggestions = suggestFacts(text, { exclude });
    expect(suggestions.length).toBeGreaterThan(0);
    expectSound(text, suggestions, exclude);
  });

  it("ranks best first and stops at the limit on a 50 KB text, the same way every time", () => {
    let text = "";
    while (text.length < 50_000) text += fixtures.map((f) => f.text).join("\n\n") + "\n\n";
    const suggestions = suggestFacts(text);
    expect(suggestions).toHaveLength(30);
    expectSound(text, suggestions);
    expect(suggestions.map((s) => s.score)).toEqual([...suggestions.map((s) => s.score)].sort((a, b) => b - a));
    expect(suggestFacts(text, { limit: 5 })).toEqual(suggestions.slice(0, 5));
  });
});

describe("suggestFacts on single sentences", () => {
  const only = (text: string) => {
    const suggestions = suggestFacts(text);
    expectSound(text, suggestions);
    expect(suggestions).toHaveLength(1);
    return suggestions[0]!;
  };

  it("asks “Who …?” about a sentence that starts with a person", () => {
    const s = only("Henri Dunant founded the Red Cross together with four other citizens of Geneva.");
    expect(s).toMatchObject({ answer: "Henri Dunant", answerType: "person" });
    expect(s.question).toBe("Who founded the Red Cross together with four other citizens of Geneva?");
  });

  it("asks about the year of a sentence with a year", () => {
    const s = only("In 1901, Henri Dunant received the first Nobel Peace Prize for his humanitarian work.");
    expect(s).toMatchObject({ answer: "1901", answerType: "year" });
    expect(s.question).toBe(
      "In what year did Henri Dunant receive the first Nobel Peace Prize for his humanitarian work?",
    );
  });

  it("reads “about 3,000 people” as an amount", () => {
    const s = only("About 3,000 people attended the first public meeting of the new society in the city.");
    expect(s.answer).toContain("3,000");
    expect(["quantity", "number"]).toContain(s.answerType);
    expect(s.question).toBe("About how many people attended the first public meeting of the new society in the city?");
  });

  it("blanks exactly the answer when no natural question fits", () => {
    const s = only(
      "The committee called an international conference in October 1863, attended by delegates from 16 states.",
    );
    expect(s).toMatchObject({ answer: "October 1863", answerType: "date" });
    expect(s.question).toBe(
      "Which date completes this sentence: “The committee called an international conference in ___, attended by delegates from 16 states”?",
    );
  });

  it("names who makes the claim", () => {
    expect(only("Nearly 1,000 people were injured in the clashes, the United Nations said.").attribution).toBe(
      "the United Nations",
    );
    expect(
      only("According to the registry, about 1,300 children in Eastside missed a scheduled dose.").attribution,
    ).toBe("the registry");
  });

  it("quotes only the clause with the answer from a sentence over 400 characters", () => {
    const sentence =
      "The delegates, who had travelled from many parts of Europe and who had argued for several days about the " +
      "wording of the articles, the emblem, the neutrality of medical staff and the duties of armies towards the " +
      "wounded, finally agreed on a text that, after further revision by lawyers in Geneva, was signed on 22 August " +
      "1864 by twelve states, an event that historians regard as the beginning of modern international humanitarian " +
      "law, although its rules applied only to wounded soldiers on land and said nothing about prisoners or civilians.";
    expect(sentence.length).toBeGreaterThan(400);
    const s = only(sentence);
    expect(s).toMatchObject({ answer: "22 August 1864", answerType: "date" });
    expect(s.quote.length).toBeLessThan(sentence.length);
  });

  it("stays sound on any excerpt of a text, cut mid-sentence", () => {
    for (const { text } of fixtures) {
      for (let cut = 0; cut < 4; cut++) {
        const excerpt = text.slice(cut * 211 + 7, cut * 211 + 907);
        expectSound(excerpt, suggestFacts(excerpt));
      }
    }
    expect(suggestFacts("")).toEqual([]);
  });

  it("skips headings, questions, short lines and fragments of a longer quotation", () => {
    const text = [
      "The Discovery of Penicillin in London",
      "",
      "Why did Alexander Fleming leave his laboratory in London in August 1928?",
      "",
      "Fleming left in 1928.",
      "",
      '"We must act now. The Council voted 12 to 3 in favour of the plan in March 2021. We start today," she said.',
    ].join("\n");
    expect(suggestFacts(text)).toEqual([]);
  });
});

describe("suggestFacts on the layout of the text", () => {
  const redCross = fixtures.find((f) => f.file.startsWith("history"))!.text;

  it("quotes hard-wrapped sentences across their line breaks, at the same offsets", () => {
    const wrapped = hardWrap(redCross);
    expect(wrapped.length).toBe(redCross.length);
    expect(wrapped).not.toBe(redCross);
    const suggestions = suggestFacts(wrapped);
    expectSound(wrapped, suggestions);
    expect(suggestions.some((s) => s.quote.includes("\n"))).toBe(true);
    const key = (s: Suggestion) => [s.quoteStart, s.quoteEnd, s.answerStart, s.answerEnd, s.question, s.statement];
    expect(suggestions.map(key)).toEqual(suggestFacts(redCross).map(key));
  });

  it("never quotes a sentence inside an excluded range", () => {
    const sentence = "On 24 June 1859, the Swiss businessman Henri Dunant witnessed";
    const start = redCross.indexOf(sentence);
    const exclude = [{ start: start + 5, end: start + 20 }];
    expect(suggestFacts(redCross).some((s) => s.quoteStart === start)).toBe(true);
    const suggestions = suggestFacts(redCross, { exclude });
    expectSound(redCross, suggestions, exclude);
    expect(suggestions.some((s) => s.quoteStart === start)).toBe(false);
  });
});
