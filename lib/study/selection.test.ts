import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/quiz/generate";
import { corpus, corpusFacts, entities } from "@/lib/quiz/test-support";
import { factsInScope, pickQuestions, selectionSchema, shuffle } from "./selection";

const { items } = generateItems(corpusFacts, entities);
const slugOf = new Map(corpus.articles.map((a) => [a.file, a.slug]));
const scoped = corpusFacts.map((f) => ({ id: f.id, articleSlug: slugOf.get(f.article)!, topics: f.topics }));

/** A seeded random source (mulberry32), so every run picks the same quiz. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("selectionSchema", () => {
  it("accepts a choice and fills in 'everything' for articles and topics", () => {
    expect(selectionSchema.parse({ types: ["typed"], count: "12" })).toEqual({
      articles: [],
      topics: [],
      types: ["typed"],
      count: 12,
    });
  });

  it.each([
    [{ types: [], count: 10 }, "Pick at least one question type."],
    [{ types: ["typed"], count: 4 }, "Choose at least 5 questions."],
    [{ types: ["typed"], count: 51 }, "Choose at most 50 questions."],
    [{ types: ["essay"], count: 10 }, "Unknown question type."],
    [{ types: ["typed"], count: 10, articles: ["../etc/passwd"] }, "Unknown choice."],
  ])("refuses %j with a clear message", (input, message) => {
    const result = selectionSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toBe(message);
  });
});

describe("factsInScope", () => {
  it("keeps the chosen articles and topics; none chosen means all", () => {
    expect(factsInScope(scoped, { articles: [], topics: [] })).toHaveLength(corpusFacts.length);
    const kyiv = factsInScope(scoped, { articles: ["putin-private-talks-nazarbayev"], topics: [] });
    expect(kyiv).toHaveLength(22);
    const casualties = factsInScope(scoped, { articles: ["putin-private-talks-nazarbayev"], topics: ["casualties"] });
    expect(casualties.map((f) => f.id)).toEqual(["a001-kyiv-independent-death-toll"]);
  });
});

describe("pickQuestions", () => {
  const allFacts = scoped.map((f) => f.id);

  it("picks the asked number of questions, one per fact, of the chosen types, evenly mixed", () => {
    const picked = pickQuestions(items, allFacts, ["multiple-choice", "true-false", "typed"], 30, seeded(1));
    expect(picked).toHaveLength(30);
    expect(new Set(picked.map((i) => i.factId)).size).toBe(30);
    const perType: Record<string, number> = {};
    for (const item of picked) perType[item.type] = (perType[item.type] ?? 0) + 1;
    expect(perType).toEqual({ "multiple-choice": 10, "true-false": 10, typed: 10 });
  });

  it("never includes a type that was not chosen", () => {
    const picked = pickQuestions(items, allFacts, ["typed"], 12, seeded(2));
    expect(new Set(picked.map((i) => i.type))).toEqual(new Set(["typed"]));
  });

  it("gives fewer questions when the scope has fewer facts", () => {
    expect(pickQuestions(items, allFacts.slice(0, 3), ["typed"], 10, seeded(3))).toHaveLength(3);
  });

  it("shuffles: two quizzes over the same facts come in different orders", () => {
    const a = pickQuestions(items, allFacts, ["typed"], 10, seeded(4)).map((i) => i.factId);
    const b = pickQuestions(items, allFacts, ["typed"], 10, seeded(5)).map((i) => i.factId);
    expect(a).not.toEqual(b);
    expect(shuffle([1, 2, 3], seeded(6)).sort()).toEqual([1, 2, 3]);
  });
});
