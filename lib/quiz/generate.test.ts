import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/text/normalize";
import { generateItems, swapAnswer } from "./generate";
import { BLANK, GENERATOR_VERSION, type MultipleChoiceItem, type QuizItem, type TrueFalseItem } from "./items";
import { corpus, corpusFacts, entities, makeFact } from "./test-support";
import { auditItems } from "@/lib/grading/audit";

const generation = generateItems(corpusFacts, entities);
const itemsOf = (factId: string) => generation.items.filter((i) => i.factId === factId);
const ofType = <T extends QuizItem["type"]>(type: T) =>
  generation.items.filter((i): i is Extract<QuizItem, { type: T }> => i.type === type);

describe("generateItems over the corpus", () => {
  it("gives every fact a flashcard, a typed item, a multiple-choice item and a true and a false statement", () => {
    expect(generation.skipped).toEqual([]);
    for (const fact of corpusFacts) {
      expect(
        itemsOf(fact.id)
          .map((i) => (i.type === "true-false" ? `tf-${i.isTrue}` : i.type))
          .sort(),
        fact.id,
      ).toEqual(["flashcard", "multiple-choice", "tf-false", "tf-true", "typed"]);
    }
  });

  it("cites the source passage on every item: the quote is exactly the article's text at that range", () => {
    const textOf = new Map(corpus.articles.map((a) => [a.file, a.text]));
    for (const item of generation.items) {
      expect(textOf.get(item.passage.article)!.slice(item.passage.start, item.passage.end), item.id).toBe(
        item.passage.quote,
      );
      expect(item.generatorVersion).toBe(GENERATOR_VERSION);
      expect(item.id.startsWith(`${item.factId}.`)).toBe(true);
    }
  });

  it("makes multiple-choice items with four distinct options, exactly one of them the answer", () => {
    for (const item of ofType("multiple-choice")) {
      expect(item.options).toHaveLength(4);
      expect(new Set(item.options.map((o) => normalizeText(o.text))).size).toBe(4);
      expect(item.options.filter((o) => o.id === item.correctOptionId).map((o) => o.text)).toEqual([item.answer]);
    }
  });

  it("spreads the correct option over the four positions (each between 15 % and 35 %)", () => {
    const positions = [0, 0, 0, 0];
    for (const item of ofType("multiple-choice"))
      positions[item.options.findIndex((o) => o.id === item.correctOptionId)]! += 1;
    const total = positions.reduce((a, b) => a + b, 0);
    for (const count of positions) {
      expect(count / total).toBeGreaterThan(0.15);
      expect(count / total).toBeLessThan(0.35);
    }
  });

  it("blanks the answer out of the cloze and keeps the rest of the statement", () => {
    const cloze = itemsOf("a000-prosecutor-injured").find((i) => i.type === "typed")!;
    expect(cloze.type === "typed" && cloze.cloze).toBe(
      `According to the Kazakh Prosecutor General's Office, ${BLANK} people were injured in the January 2022 unrest.`,
    );
  });

  it("falsifies a statement by swapping in a distractor the statement does not already hold", () => {
    for (const item of ofType("true-false").filter((i) => !i.isTrue)) {
      const fact = corpusFacts.find((f) => f.id === item.factId)!;
      expect(item.stem).not.toBe(fact.statement);
      expect(normalizeText(item.stem)).toContain(normalizeText(item.swappedIn!));
      expect(normalizeText(fact.statement)).not.toContain(normalizeText(item.swappedIn!));
    }
  });

  it("passes its own audit: no second right option, no duplicate options, no false statement another fact backs", () => {
    const audit = auditItems(generation.items, corpusFacts, entities);
    expect(audit.distractorIsAnswer).toEqual([]);
    expect(audit.duplicateOptions).toEqual([]);
    expect(audit.falseStatementSupported).toEqual([]);
  });
});

describe("stable item ids", () => {
  it("gives the same ids, options and order on every run and in any fact order", () => {
    const again = generateItems([...corpusFacts].reverse(), entities);
    const byId = (items: QuizItem[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(again.items)).toEqual(byId(generation.items));
  });

  it("changes the ids of an edited fact's items and only those", () => {
    const edited = corpusFacts.map((f) =>
      f.id === "a003-massimov-treason" ? { ...f, question: "What was Karim Massimov charged with?" } : f,
    );
    const after = generateItems(edited, entities);
    const before = new Set(generation.items.map((i) => i.id));
    const changed = after.items.filter((i) => !before.has(i.id));
    expect(new Set(changed.map((i) => i.factId))).toEqual(new Set(["a003-massimov-treason"]));
    expect(changed).toHaveLength(itemsOf("a003-massimov-treason").length);
  });
});

describe("generateItems: when good distractors are missing", () => {
  it("skips the multiple-choice item and the false statement, and says why", () => {
    const lonely = makeFact({ answer: "police", answerType: "other" });
    const { items, skipped } = generateItems([lonely], entities);
    expect(items.map((i) => i.type).sort()).toEqual(["flashcard", "true-false", "typed"]);
    expect((items.find((i) => i.type === "true-false") as TrueFalseItem).isTrue).toBe(true);
    expect(skipped).toEqual([
      {
        factId: lonely.id,
        type: "multiple-choice",
        reason: "an answer of type other needs curated distractors in the fact table",
      },
      { factId: lonely.id, type: "true-false", reason: "no value to swap into a false statement" },
    ]);
  });

  it("uses the author's distractors when the corpus has none of the kind", () => {
    const fact = makeFact({
      answer: "twofold",
      answerType: "quantity",
      statement: "Gas prices rose twofold.",
      distractors: ["threefold", "tenfold", "fivefold"],
    });
    const [mc] = generateItems([fact], entities).items.filter(
      (i): i is MultipleChoiceItem => i.type === "multiple-choice",
    );
    expect(mc!.options.map((o) => o.text).sort()).toEqual(["fivefold", "tenfold", "threefold", "twofold"]);
  });
});

describe("swapAnswer", () => {
  it.each([
    ["He had been on a well-deserved rest.", "well-deserved rest", "a world tour", "He had been on a world tour."],
    [
      "She was removed from the political council.",
      "political council",
      "the Senate",
      "She was removed from the Senate.",
    ],
    ["Kazakhstan is an oil-rich country.", "oil", "timber", "Kazakhstan is a timber-rich country."],
    ["It was a peacekeeping contingent.", "peacekeeping contingent", "an airlift", "It was an airlift."],
    ["A state of emergency was declared.", "state of emergency", "a ceasefire", "A ceasefire was declared."],
    ["In 2019 Nazarbayev handed over power.", "2019", "2017", "In 2017 Nazarbayev handed over power."],
  ])("%s → %s", (statement, answer, replacement, expected) => {
    expect(swapAnswer(statement, answer, replacement)).toBe(expected);
  });
});
