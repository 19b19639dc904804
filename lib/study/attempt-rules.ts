/**
 * The rules of an attempt at an assignment that decide what a student may do and see: when it
 * takes answers (the submission window) and when its verdicts, right answers and citations become
 * visible. Applied wherever attempts are read or written (sessions, review, progress, flashcards).
 */

export const answerPolicies = ["after-question", "after-attempt", "after-due"] as const;
export type AnswerPolicy = (typeof answerPolicies)[number];

export const scoringRules = ["best", "latest"] as const;
export type ScoringRule = (typeof scoringRules)[number];

export interface AssignmentRules {
  opensAt: Date;
  dueAt: Date;
  maxAttempts: number | null;
  scoring: ScoringRule;
  answersVisible: AnswerPolicy;
  allowLate: boolean;
}

/** Stored strings back to their types; an unknown value falls back to the strictest rule. */
export function rulesOf(row: {
  opensAt: Date;
  dueAt: Date;
  maxAttempts: number | null;
  scoring: string;
  answersVisible: string;
  allowLate: boolean;
}): AssignmentRules {
  return {
    opensAt: row.opensAt,
    dueAt: row.dueAt,
    maxAttempts: row.maxAttempts,
    scoring: row.scoring === "latest" ? "latest" : "best",
    answersVisible: answerPolicyOf(row.answersVisible),
    allowLate: row.allowLate,
  };
}

/** A stored policy string; an unknown value reads as the strictest policy. */
export function answerPolicyOf(value: string): AnswerPolicy {
  return (answerPolicies as readonly string[]).includes(value) ? (value as AnswerPolicy) : "after-due";
}

/** Whether answers, verdicts and citations of an attempt may be shown to the student now. */
export function answersShown(
  rules: Pick<AssignmentRules, "answersVisible" | "dueAt">,
  attemptFinished: boolean,
  now: Date,
): boolean {
  if (rules.answersVisible === "after-question") return true;
  if (now >= rules.dueAt) return true;
  return rules.answersVisible === "after-attempt" && attemptFinished;
}

export type HiddenUntil = { when: "after-attempt" } | { when: "after-due"; dueAt: Date };

/** While the policy hides an attempt's answers, when they appear; null once they are shown. */
export function answersHiddenUntil(
  rules: Pick<AssignmentRules, "answersVisible" | "dueAt">,
  attemptFinished: boolean,
  now: Date,
): HiddenUntil | null {
  if (answersShown(rules, attemptFinished, now)) return null;
  return rules.answersVisible === "after-attempt"
    ? { when: "after-attempt" }
    : { when: "after-due", dueAt: rules.dueAt };
}

export type SubmissionWindow = "not-open" | "open" | "late" | "closed";

/** Whether work is accepted now: before the open date no, after the due date only if late work is allowed. */
export function submissionWindow(
  rules: Pick<AssignmentRules, "opensAt" | "dueAt" | "allowLate">,
  now: Date,
): SubmissionWindow {
  if (now < rules.opensAt) return "not-open";
  if (now <= rules.dueAt) return "open";
  return rules.allowLate ? "late" : "closed";
}
