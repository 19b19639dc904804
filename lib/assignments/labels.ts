/** How an assignment's rules are named, and the attempts limit; without zod, for the browser's assign form. */
import type { AnswerPolicy, ScoringRule } from "@/lib/study/attempt-rules";

export const answerPolicyLabels: Record<AnswerPolicy, string> = {
  "after-question": "After each question",
  "after-attempt": "After the attempt",
  "after-due": "After the due date",
};

export const scoringLabels: Record<ScoringRule, string> = { best: "Best attempt", latest: "Latest attempt" };

export const MAX_ATTEMPTS_LIMIT = 20;
