import { describe, expect, it } from "vitest";
import { generateItems } from "@/lib/quiz/generate";
import { corpus, corpusFacts, entities } from "@/lib/quiz/test-support";
import { MAX_QUESTIONS } from "@/lib/study/selection";
import {
  copyName,
  deckFact,
  deckInputSchema,
  deckItemsByFact,
  defaultQuestionsPerAttempt,
  matchFacts,
  previewItem,
  storedDeck,
  type DeckFact,
} from "./deck";

const { items } = generateItems(corpusFacts, entities);
const articleOf = new Map(corpus.articles.map((a) => [a.file, a]));
const facts: DeckFact[] = corpusFacts.map((f) =>
  deckFact({ ...f, articleSlug: articleOf.get(f.article)!.slug, articleTitle: articleOf.get(f.article)!.title }),
);
const [first, second, third] = facts.map((f) => f.id);

const valid = {
  name: "  CSTO mission ",
  factIds: [first!, second!, third!],
  itemTypes: ["typed", "multiple-choice"],
  questionsPerAttempt: 3,
};
function errorsOf(input: unknown) {
  const parsed = deckInputSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [i.path.join("."), i.message]));
}

describe("deckInputSchema", () => {
  it("trims the name and keeps the chosen types once, in the usual order", () => {
    expect(deckInputSchema.parse({ ...valid, itemTypes: ["typed", "multiple-choice", "typed"] })).toEqual({
      name: "CSTO mission",
      factIds: [first, second, third],
      itemTypes: ["multiple-choice", "typed"],
      questionsPerAttempt: 3,
    });
  });

  it("explains a missing or long name", () => {
    expect(errorsOf({ ...valid, name: "   " })).toEqual({ name: "Give the deck a name." });
    expect(errorsOf({ ...valid, name: "x".repeat(81) })).toEqual({ name: "Keep the name to 80 characters or fewer." });
    expect(errorsOf({ ...valid, name: "x".repeat(80) })).toEqual({});
  });

  it("needs 1 to 200 distinct fact ids", () => {
    expect(errorsOf({ ...valid, factIds: [], questionsPerAttempt: 1 })).toEqual({ factIds: "Pick at least one fact." });
    expect(errorsOf({ ...valid, factIds: [first, first] })).toEqual({
      factIds: "Each fact can be in the deck only once.",
    });
    expect(errorsOf({ ...valid, factIds: Array.from({ length: 201 }, (_, i) => `fact-${i}`) })).toEqual({
      factIds: "A deck holds at most 200 facts.",
    });
    expect(errorsOf({ ...valid, factIds: [first, "Not a fact id", third] })).toEqual({ "factIds.1": "Unknown fact." });
  });

  it("needs a non-empty subset of the quiz types", () => {
    expect(errorsOf({ ...valid, itemTypes: [] })).toEqual({ itemTypes: "Pick at least one question type." });
    expect(errorsOf({ ...valid, itemTypes: ["flashcard"] })).toEqual({ "itemTypes.0": "Unknown question type." });
  });

  it("allows 1 to MAX_QUESTIONS questions, and no more than one per fact", () => {
    expect(errorsOf({ ...valid, questionsPerAttempt: 0 })).toEqual({
      questionsPerAttempt: "An attempt needs at least 1 question.",
    });
    expect(errorsOf({ ...valid, questionsPerAttempt: 2.5 })).toEqual({
      questionsPerAttempt: "Choose a whole number of questions.",
    });
    expect(errorsOf({ ...valid, questionsPerAttempt: "3" })).toEqual({
      questionsPerAttempt: "Choose how many questions an attempt has.",
    });
    const many = facts.slice(0, 60).map((f) => f.id);
    expect(errorsOf({ ...valid, factIds: many, questionsPerAttempt: MAX_QUESTIONS + 1 })).toEqual({
      questionsPerAttempt: "An attempt has at most 50 questions.",
    });
    expect(errorsOf({ ...valid, questionsPerAttempt: 4 })).toEqual({
      questionsPerAttempt: "An attempt asks one question per fact, so this deck of 3 facts allows at most 3 questions.",
    });
    // Said together with another field's mistake, so the teacher fixes both at once.
    expect(errorsOf({ ...valid, name: "", factIds: [first], questionsPerAttempt: 2 })).toEqual({
      name: "Give the deck a name.",
      questionsPerAttempt: "An attempt asks one question per fact, so this deck of 1 fact allows at most 1 question.",
    });
  });
});

describe("small helpers", () => {
  it("defaults to ten questions, or one per selected fact", () => {
    expect([0, 1, 7, 10, 120].map(defaultQuestionsPerAttempt)).toEqual([1, 1, 7, 10, 10]);
  });

  it("names a copy, keeping it within the name limit", () => {
    expect(copyName("History 9B")).toBe("History 9B (copy)");
    const long = copyName("y".repeat(80));
    expect(long).toHaveLength(80);
    expect(long.endsWith("y (copy)")).toBe(true);
  });

  it("parses the JSON columns of a stored row and refuses a malformed one", () => {
    const row = {
      id: "d1",
      name: "D",
      factIds: JSON.stringify([second, first]),
      itemTypes: '["true-false"]',
      questionsPerAttempt: 2,
      createdAt: new Date(0),
      updatedAt: new Date(1),
    };
    expect(storedDeck(row)).toEqual({ ...row, factIds: [second, first], itemTypes: ["true-false"] });
    expect(() => storedDeck({ ...row, itemTypes: '["flashcard"]' })).toThrow();
    expect(() => storedDeck({ ...row, factIds: "not json" })).toThrow();
  });
});

describe("deckItemsByFact", () => {
  it("gives every item of the deck's facts in its types, in the deck's fact order", () => {
    const picked = deckItemsByFact(items, { factIds: [third!, first!], itemTypes: ["true-false", "typed"] }).flatMap(
      (g) => g.items,
    );
    const expected = [third, first].flatMap((id) => [
      ...items.filter((i) => i.factId === id && i.type === "true-false"),
      ...items.filter((i) => i.factId === id && i.type === "typed"),
    ]);
    expect(picked).toEqual(expected);
    expect(picked.length).toBeGreaterThanOrEqual(4);
    expect(new Set(picked.map((i) => i.type))).toEqual(new Set(["true-false", "typed"]));
  });

  it("skips facts that are not in the corpus any more", () => {
    expect(
      deckItemsByFact(items, { factIds: ["retired-fact", first!], itemTypes: ["typed"] })
        .flatMap((g) => g.items)
        .map((i) => i.factId),
    ).toEqual([first]);
  });
});

describe("previewItem", () => {
  it("shows what the student sees, with the right answer for the teacher", () => {
    const choice = items.find((i) => i.type === "multiple-choice")!;
    const preview = previewItem(choice, 1, 3);
    expect(preview.view).toMatchObject({ kind: "multiple-choice", stem: choice.stem, position: 1, total: 3 });
    expect(preview.view.kind === "multiple-choice" && preview.view.options.map((o) => o.text)).toEqual(
      choice.type === "multiple-choice" && choice.options.map((o) => o.text),
    );
    expect(preview.answer).toBe(choice.answer);

    const falseOne = items.find((i) => i.type === "true-false" && !i.isTrue)!;
    expect(previewItem(falseOne, 2, 3)).toMatchObject({
      answer: "False",
      sourceAnswer: falseOne.answer,
      view: { kind: "true-false", stem: falseOne.type === "true-false" ? falseOne.stem : "" },
    });

    const typed = items.find((i) => i.type === "typed" && i.aliases.length)!;
    expect(previewItem(typed, 3, 3)).toMatchObject({
      answer: typed.answer,
      aliases: typed.aliases,
      view: { kind: "typed" },
    });
  });
});

describe("matchFacts", () => {
  const none = { articles: [], topics: [], answerTypes: [], search: "" };

  it("shows every fact without filters", () => {
    expect(matchFacts(facts, none)).toEqual(facts);
  });

  it("filters by article, topic and answer type together", () => {
    const article = facts[0]!.articleSlug;
    const matched = matchFacts(facts, {
      ...none,
      articles: [article],
      topics: ["csto"],
      answerTypes: ["organization", "place"],
    });
    expect(matched.length).toBeGreaterThan(0);
    expect(matched).toEqual(
      facts.filter(
        (f) =>
          f.articleSlug === article && f.topics.includes("csto") && ["organization", "place"].includes(f.answerType),
      ),
    );
  });

  it("searches statement, question, answer and quote, ignoring case, accents and punctuation", () => {
    const comert = matchFacts(facts, { ...none, search: "comert" });
    expect(comert.length).toBeGreaterThan(0);
    expect(comert.every((f) => [f.statement, f.question, f.answer, f.quote].some((t) => t.includes("Cömert")))).toBe(
      true,
    );
    expect(matchFacts(facts, { ...none, search: "CÖMERT" })).toEqual(comert);

    const csto = matchFacts(facts, { ...none, search: "csto" });
    expect(csto).toEqual(facts.filter((f) => /csto/i.test([f.statement, f.question, f.answer, f.quote].join(" "))));
    // Every word must appear, in any of the fields.
    const both = matchFacts(facts, { ...none, search: "csto  Tokayev" });
    expect(both.length).toBeGreaterThan(0);
    expect(
      both.every((f) => csto.includes(f) && /tokayev/i.test([f.statement, f.question, f.answer, f.quote].join(" "))),
    ).toBe(true);
    expect(matchFacts(facts, { ...none, search: "no such words anywhere" })).toEqual([]);
  });
});
