/**
 * What crosses the wire when a student answers: the answer sent back (its shapes are in
 * lib/quiz/view.ts) and the feedback that comes after it.
 */
import { z } from "zod";
import type { ItemResponse, Verdict } from "@/lib/grading/grade";
import type { Citation } from "@/lib/facts/citation";
import type { QuizItem } from "@/lib/quiz/items";
import { answerResponseSchema, optionKeys, type AnswerResponse } from "@/lib/quiz/view";

export const submitAnswerSchema = z.object({
  questionId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[a-z0-9]+$/, { error: "Unknown question." }),
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
