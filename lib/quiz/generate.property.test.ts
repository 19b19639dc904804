/**
 * Properties that must hold for any fact table, checked on random subsets and orders of the real
 * corpus and on random synthetic number facts (fast-check shrinks a failure to a small case).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gradeItem, gradeTypedAnswer, gradingContext } from "@/lib/grading/grade";
import { buildPool, valueKey } from "./distractors";
import { generateItems } from "./generate";
import type { MultipleChoiceItem } from "./items";
import { corpusFacts, entities, makeFact } from "./test-support";

const context = gradingContext(entities, corpusFacts);
const someFacts = fc.shuffledSubarray(corpusFacts, { minLength: 10, maxLength: corpusFacts.length });
const multipleChoice = (facts: typeof corpusFacts) =>
  generateItems(facts, entities).items.filter((i): i is MultipleChoiceItem => i.type === "multiple-choice");

describe("item generation properties", () => {
  it("every multiple-choice item has exactly one option that grades as correct", () => {
    fc.assert(
      fc.property(someFacts, (facts) => {
        for (const item of multipleChoice(facts)) {
          const right = item.options.filter((o) => gradeTypedAnswer(item, o.text, context).correct);
          expect(
            right.map((o) => o.id),
            item.id,
          ).toEqual([item.correctOptionId]);
          expect(item.options.filter((o) => gradeItem(item, { optionId: o.id }, context).correct)).toHaveLength(1);
        }
      }),
      { numRuns: 40 },
    );
  });

  it("every fact's answer and aliases grade as correct, in any case and spacing", () => {
    fc.assert(
      fc.property(fc.constantFrom(...corpusFacts), fc.boolean(), (fact, shout) => {
        for (const form of [fact.answer, ...fact.aliases]) {
          const typed = shout ? ` ${form.toUpperCase()} ` : form.toLowerCase();
          expect(gradeTypedAnswer(fact, typed, context).verdict, `${fact.id}: ${typed}`).toBe("correct");
        }
      }),
      { numRuns: 300 },
    );
  });

  it("the correct answer never appears among the distractors, in any spelling", () => {
    fc.assert(
      fc.property(someFacts, (facts) => {
        const { entityOfForm } = buildPool(facts, entities);
        for (const item of multipleChoice(facts)) {
          const rightKeys = new Set(
            [item.answer, ...item.aliases].map((text) => valueKey(text, item.answerType, entityOfForm)),
          );
          for (const option of item.options.filter((o) => o.id !== item.correctOptionId)) {
            expect(
              rightKeys.has(valueKey(option.text, item.answerType, entityOfForm)),
              `${item.id}: ${option.text}`,
            ).toBe(false);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("item ids and options are the same across runs and fact orders", () => {
    fc.assert(
      fc.property(someFacts, fc.integer(), (facts, seed) => {
        const shuffled = [...facts].sort(
          (a, b) => ((a.id.length * seed) % 7) - ((b.id.length * seed) % 7) || (a.id < b.id ? 1 : -1),
        );
        const sortById = <T extends { id: string }>(items: T[]) => [...items].sort((a, b) => a.id.localeCompare(b.id));
        expect(sortById(generateItems(shuffled, entities).items)).toEqual(
          sortById(generateItems(facts, entities).items),
        );
      }),
      { numRuns: 25 },
    );
  });

  it("made-up numbers keep the answer's size and never repeat it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 11, max: 99_999 }), fc.boolean(), (value, grouped) => {
        const answer = grouped ? value.toLocaleString("en-US") : String(value);
        const fact = makeFact({ answer, answerType: "number", statement: `Exactly ${answer} people came.` });
        const [item] = multipleChoice([fact]);
        expect(item, answer).toBeDefined();
        for (const option of item!.options.filter((o) => o.id !== item!.correctOptionId)) {
          const n = Number(option.text.replaceAll(",", ""));
          expect(n).not.toBe(value);
          expect(n / value).toBeGreaterThanOrEqual(0.4);
          expect(n / value).toBeLessThanOrEqual(2.6);
          // Written the way the answer is: 4,578 → 2,289; 4578 → 2289.
          if (value >= 1000 && n >= 1000)
            expect(option.text.includes(","), `${answer} vs ${option.text}`).toBe(answer.includes(","));
        }
      }),
      { numRuns: 200 },
    );
  });
});
