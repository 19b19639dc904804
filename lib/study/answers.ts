/**
 * What crosses the wire during a quiz: the question as the browser may see it (no answer, no fact
 * id, no passage), the answer a student sends back, and the feedback that comes after it.
 */
import { z } from "zod";
import type { ItemResponse, Verdict } from "@/lib/grading/grade";
import type { Citation } from "@/lib/facts/citation";
import type { QuizItem } from "@/lib/quiz/items";

/** Options are shown as A–D; the keys are per question, so nothing about the item leaks. */
export const optionKeys = ["a", "b", "c", "d"] as const;
export type OptionKey = (typeof optionKeys)[number];

export type QuestionView =
  | { kind: "multiple-choice"; questionId: string; position: number; total: number; stem: string; options: { key: OptionKey; text: string }[] }
  | { kind: "true-false"; questionId: string; position: number; total: number; stem: string }
  | { kind: "typed"; questionId: string; position: number; total: number; stem: string };

/** The browser's view of an item: only what must be shown. */
export function questionView(item: QuizItem, questionId: string, position: number, total: number): QuestionView {
  switch (item.type) {
    case "multiple-choice":
      return { kind: "multiple-choice", questionId, position, total, stem: item.stem, options: item.options.map((o, i) => ({ key: optionKeys[i]!, text: o.text })) };
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
    z.object({ kind: z.literal("typed"), text: z.string().trim().min(1, { error: "Type an answer first." }).max(200, { error: "Keep the answer under 200 characters." }) }),
  ],
  { error: "Answer the question first." },
);
export type AnswerResponse = z.infer<typeof answerResponseSchema>;

export const submitAnswerSchema = z.object({
  questionId: z.string().min(1).max(64).regex(/^[a-z0-9]+$/, { error: "Unknown question." }),
  response: answerResponseSchema,
  /** How long the student took, measured in the browser; capped at an hour. */
  timeTakenMs: z.number().int().min(0).max(3_600_000).catch(0),
});
export type SubmitAnswer = z.infer<typeof submitAnswerSchema>;

/** The grader's form of a response, or null when it does not fit the item (a choice for a typed question). */
export function toItemResponse(item: QuizItem, response: AnswerResponse): ItemResponse | null {
  if (item.type === "multiple-choice") {
    if (response.kind !== "choice") return null;
    const option = item.options[optionKeys.indexOf(response.key)];
    return option ? { optionId: option.id } : null;
  }
  if (item.type === "true-false") return response.kind === "true-false" ? { isTrue: response.value } : null;
  return response.kind === "typed" ? { text: response.text } : null;
}

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

/** After an answer: the verdict and source, or, while an assignment's policy hides them, only that it is saved. */
export type Feedback = AnswerFeedback | SavedAnswer;

export interface SavedAnswer {
  shown: false;
  questionId: string;
  yourAnswer: string;
  answered: number;
  total: number;
  finished: boolean;
  /** When the answers become visible: when the attempt is finished, or the due date (in the student's time zone). */
  revealed: { when: "after-attempt" } | { when: "after-due"; dueAt: string };
}

export interface AnswerFeedback {
  shown: true;
  questionId: string;
  verdict: Verdict;
  expected: string;
  reason: string;
  yourAnswer: string;
  /** For true/false: the statement's answer, so "False" comes with what the source does say. */
  sourceAnswer: string;
  citation: Citation | null;
  answered: number;
  total: number;
  finished: boolean;
}
