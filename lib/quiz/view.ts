/**
 * What a student sees of an item: the question without its answer (no fact id, no passage), the
 * shapes an answer may take, and the right answer as it is read back once answered.
 */
import { z } from "zod";
import type { QuizItem } from "./items";

/** Options are shown as A–D; the keys are per question, so nothing about the item leaks. */
import { optionKeys, type OptionKey } from "./option-keys";
export { optionKeys, type OptionKey } from "./option-keys";

export type QuestionView =
  | {
      kind: "multiple-choice";
      questionId: string;
      position: number;
      total: number;
      stem: string;
      options: { key: OptionKey; text: string }[];
    }
  | { kind: "true-false"; questionId: string; position: number; total: number; stem: string }
  | { kind: "typed"; questionId: string; position: number; total: number; stem: string };

/** The browser's view of an item: only what must be shown. */
export function questionView(item: QuizItem, questionId: string, position: number, total: number): QuestionView {
  switch (item.type) {
    case "multiple-choice":
      return {
        kind: "multiple-choice",
        questionId,
        position,
        total,
        stem: item.stem,
        options: item.options.map((o, i) => ({ key: optionKeys[i]!, text: o.text })),
      };
    case "true-false":
      return { kind: "true-false", questionId, position, total, stem: item.stem };
    case "typed":
      return { kind: "typed", questionId, position, total, stem: item.stem };
    case "flashcard":
      return { kind: "typed", questionId, position, total, stem: item.front };
  }
}

export const answerResponseSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({ kind: z.literal("choice"), key: z.enum(optionKeys, { error: "Pick one of the options." }) }),
    z.object({ kind: z.literal("true-false"), value: z.boolean({ error: "Answer true or false." }) }),
    z.object({
      kind: z.literal("typed"),
      text: z
        .string()
        .trim()
        .min(1, { error: "Type an answer first." })
        .max(200, { error: "Keep the answer under 200 characters." }),
    }),
  ],
  { error: "Answer the question first." },
);
export type AnswerResponse = z.infer<typeof answerResponseSchema>;

/** The student's answer as text, for feedback and results. */
export function describeResponse(item: QuizItem, response: AnswerResponse): string {
  if (response.kind === "typed") return response.text;
  if (response.kind === "true-false") return response.value ? "True" : "False";
  return item.type === "multiple-choice" ? (item.options[optionKeys.indexOf(response.key)]?.text ?? "") : "";
}

/**
 * The right answer as a student reads it: for true/false "True", or "False" with what the source
 * does say (`short` leaves that out where the source's answer is shown beside it).
 */
export function rightAnswer(item: QuizItem, { short = false } = {}): string {
  if (item.type !== "true-false") return item.answer;
  if (item.isTrue) return "True";
  return short ? "False" : `False (the source says ${item.answer})`;
}
