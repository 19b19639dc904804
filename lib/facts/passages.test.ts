import { describe, expect, it } from "vitest";
import { articleBlocks, passageInParagraph } from "./passages";

const text = "Headline\n\nAlpha beta gamma delta.\n\nAd line one\nAd line two\n\nEpsilon zeta.";
const ad = {
  kind: "advertisement" as const,
  start: text.indexOf("Ad line one"),
  end: text.indexOf("Ad line two") + "Ad line two".length,
};
const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe("articleBlocks", () => {
  it("leaves out the headline and sets boilerplate aside as one block", () => {
    const blocks = articleBlocks(text, [ad], []);
    expect(blocks).toEqual([
      { kind: "paragraph", pieces: [{ text: "Alpha beta gamma delta.", factIds: [], startsFacts: [], endsFacts: [] }] },
      { kind: "boilerplate", boilerplateKind: "advertisement", lines: ["Ad line one", "Ad line two"] },
      { kind: "paragraph", pieces: [{ text: "Epsilon zeta.", factIds: [], startsFacts: [], endsFacts: [] }] },
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
        { text: "Alpha ", factIds: ["a"], startsFacts: ["a"], endsFacts: [] },
        { text: "beta gamma", factIds: ["a", "b"], startsFacts: ["b"], endsFacts: ["a"] },
        { text: " delta.", factIds: ["b"], startsFacts: [], endsFacts: ["b"] },
      ],
    });
  });

  it("keeps the text intact: pieces join back to the paragraph", () => {
    const blocks = articleBlocks(text, [ad], [{ factId: "z", ...at("zeta") }]);
    const last = blocks.at(-1)!;
    expect(last.kind === "paragraph" && last.pieces.map((p) => p.text).join("")).toBe("Epsilon zeta.");
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
});
