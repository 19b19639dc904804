import { optionKeys, type OptionKey } from "@/lib/quiz/option-keys";
import type { AnswerResponse, QuestionView } from "@/lib/quiz/view";

/** What the student has picked or typed so far. */
export interface AnswerDraft {
  choice: OptionKey | null;
  truth: boolean | null;
  text: string;
}

export const emptyDraft: AnswerDraft = { choice: null, truth: null, text: "" };

/** The answer to send, or null while the student has given none. */
export function responseOf(question: QuestionView, draft: AnswerDraft): AnswerResponse | null {
  if (question.kind === "multiple-choice") return draft.choice ? { kind: "choice", key: draft.choice } : null;
  if (question.kind === "true-false") return draft.truth === null ? null : { kind: "true-false", value: draft.truth };
  return draft.text.trim() ? { kind: "typed", text: draft.text } : null;
}

/** Said instead of sending when there is no answer yet. */
export function missingAnswer(question: QuestionView): string {
  return question.kind === "typed" ? "Type an answer first." : "Pick an answer first.";
}

/**
 * The answer a key picks — 1–4 or A–D an option, T or F true or false — with the id of the
 * control to focus; null for any other key (and for every key on a typed question).
 */
export function pickByKey(
  question: QuestionView,
  key: string,
): { change: Partial<AnswerDraft>; focusId: string } | null {
  const pressed = key.toLowerCase();
  if (question.kind === "multiple-choice") {
    const index = /^[1-4]$/.test(pressed) ? Number(pressed) - 1 : optionKeys.findIndex((k) => k === pressed);
    const option = question.options[index];
    return index >= 0 && option ? { change: { choice: option.key }, focusId: `option-${option.key}` } : null;
  }
  if (question.kind === "true-false" && (pressed === "t" || pressed === "f")) {
    return { change: { truth: pressed === "t" }, focusId: pressed === "t" ? "option-true" : "option-false" };
  }
  return null;
}
