/** For tests and load scripts: the answer a student would give to an item, right or wrong on purpose. */
import type { QuizItem } from "@/lib/quiz/items";
import { optionKeys, type AnswerResponse } from "./answers";

export function responseFor(item: QuizItem, right: boolean): AnswerResponse {
  if (item.type === "multiple-choice") {
    const index = item.options.findIndex((o) => (o.id === item.correctOptionId) === right);
    return { kind: "choice", key: optionKeys[index]! };
  }
  if (item.type === "true-false") return { kind: "true-false", value: right ? item.isTrue : !item.isTrue };
  return { kind: "typed", text: right ? item.answer : "certainly not this" };
}
