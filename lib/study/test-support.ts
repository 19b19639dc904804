/** For tests and load scripts. */
import type { QuizItem } from "@/lib/quiz/items";
import { type AnswerResponse, optionKeys } from "@/lib/quiz/view";
import type { AssignmentRules } from "./attempt-rules";

/** An assignment open for a week (two attempts, answers after the due date), and moments before, during and after it. */
export const ruleWeek = (() => {
  const opensAt = new Date("2026-12-01T08:00:00Z");
  const dueAt = new Date("2026-12-08T17:00:00Z");
  const rules: AssignmentRules = {
    opensAt,
    dueAt,
    maxAttempts: 2,
    scoring: "best",
    answersVisible: "after-due",
    allowLate: false,
  };
  return {
    opensAt,
    dueAt,
    rules,
    before: new Date("2026-11-30T12:00:00Z"),
    during: new Date("2026-12-03T12:00:00Z"),
    after: new Date("2026-12-09T12:00:00Z"),
  };
})();

/** The answer a student would give to an item, right or wrong on purpose. */
export function responseFor(item: QuizItem, right: boolean): AnswerResponse {
  if (item.type === "multiple-choice") {
    const index = item.options.findIndex((o) => (o.id === item.correctOptionId) === right);
    return { kind: "choice", key: optionKeys[index]! };
  }
  if (item.type === "true-false") return { kind: "true-false", value: right ? item.isTrue : !item.isTrue };
  return { kind: "typed", text: right ? item.answer : "certainly not this" };
}
