/**
 * An assignment's rules, as pure functions: when a new attempt may start, how attempts count and
 * what a student's status is, and the teacher's form. When an attempt takes answers and shows them
 * is lib/study/attempt-rules.ts, applied wherever attempts are read or written.
 */
import { localValue, zonedInstant } from "@/lib/dates";
import { z } from "zod";
import {
  answerPolicies,
  scoringRules,
  submissionWindow,
  type AssignmentRules,
  type ScoringRule,
} from "@/lib/study/attempt-rules";
import { recordId, timeZoneSchema } from "@/lib/schemas";

import { MAX_ATTEMPTS_LIMIT } from "./labels";
export { answerPolicyLabels, MAX_ATTEMPTS_LIMIT, scoringLabels } from "./labels";

export interface AttemptScore {
  startedAt: Date;
  correct: number;
  total: number;
  answered: number;
}

/** The share counted for the gradebook: the best or the latest attempt with at least one answer. */
export function assignmentScore(attempts: readonly AttemptScore[], scoring: ScoringRule): number | null {
  const scored = attempts.filter((a) => a.answered > 0 && a.total > 0);
  if (!scored.length) return null;
  const shares = scored.map((a) => ({ share: a.correct / a.total, startedAt: a.startedAt.getTime() }));
  if (scoring === "best") return Math.max(...shares.map((s) => s.share));
  return shares.reduce((latest, s) => (s.startedAt > latest.startedAt ? s : latest)).share;
}

export type StudentStatus = "not-open" | "to-do" | "in-progress" | "done" | "overdue";
export const studentStatusLabels: Record<StudentStatus, string> = {
  "not-open": "Not open yet",
  "to-do": "To do",
  "in-progress": "In progress",
  done: "Done",
  overdue: "Overdue",
};

/** Where a student stands: done once an attempt is finished; overdue when the due date passed without one. */
export function studentStatus(
  rules: Pick<AssignmentRules, "opensAt" | "dueAt">,
  attempts: readonly { finished: boolean }[],
  now: Date,
): StudentStatus {
  if (attempts.some((a) => a.finished)) return "done";
  if (now < rules.opensAt) return "not-open";
  if (now > rules.dueAt) return "overdue";
  return attempts.length ? "in-progress" : "to-do";
}

/** Why a new attempt cannot start now, or null when it can. */
export function cannotStart(
  rules: AssignmentRules,
  attemptsUsed: number,
  now: Date,
  formatDate: (d: Date) => string,
): string | null {
  const window = submissionWindow(rules, now);
  if (window === "not-open") return `This assignment opens on ${formatDate(rules.opensAt)}.`;
  if (window === "closed")
    return `The due date (${formatDate(rules.dueAt)}) has passed and your teacher does not accept late work.`;
  // After the due date every attempt's answers are visible: a late attempt would be open-book.
  if (window === "late" && attemptsUsed > 0)
    return `The due date (${formatDate(rules.dueAt)}) has passed: late work is accepted only from students who had not started.`;
  if (rules.maxAttempts !== null && attemptsUsed >= rules.maxAttempts) {
    return rules.maxAttempts === 1
      ? "You have used your one attempt."
      : `You have used all ${rules.maxAttempts} attempts.`;
  }
  return null;
}

const localDateTime = z
  .string({ error: "Choose a date and time." })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Choose a date and time." });

const id = recordId("Unknown item.");

/** Both dates exist in the zone and the due date comes after the open date. */
function checkDates(input: { opensAt: string; dueAt: string; timeZone: string }, ctx: z.RefinementCtx) {
  // 30 February, 24:61 or a time skipped by a clock change would silently become another time.
  const missing = (["opensAt", "dueAt"] as const).filter(
    (field) => localValue(zonedInstant(input[field], input.timeZone), input.timeZone) !== input[field],
  );
  for (const field of missing)
    ctx.addIssue({ code: "custom", path: [field], message: `That time does not exist in ${input.timeZone}.` });
  if (missing.length) return;
  if (zonedInstant(input.dueAt, input.timeZone) <= zonedInstant(input.opensAt, input.timeZone)) {
    ctx.addIssue({ code: "custom", path: ["dueAt"], message: "The due date must come after the open date." });
  }
}

/** What the teacher's "Assign a deck" form sends; the dates are wall-clock times in `timeZone`. */
export const assignmentInputSchema = z
  .object({
    classId: id,
    deckId: recordId("Choose a deck."),
    title: z.string().trim().max(120, { error: "Keep the title under 120 characters." }).optional(),
    opensAt: localDateTime,
    dueAt: localDateTime,
    timeZone: timeZoneSchema,
    attempts: z.enum(["one", "several", "unlimited"], { error: "Choose how many attempts." }),
    maxAttempts: z.coerce
      .number()
      .int({ error: "Enter a whole number." })
      .min(2, { error: "Several means at least 2." })
      .max(MAX_ATTEMPTS_LIMIT, { error: `At most ${MAX_ATTEMPTS_LIMIT}.` })
      .optional(),
    scoring: z.enum(scoringRules, { error: "Choose best or latest." }),
    answersVisible: z.enum(answerPolicies, { error: "Choose when answers become visible." }),
    allowLate: z.boolean(),
  })
  .superRefine((input, ctx) => {
    if (input.attempts === "several" && input.maxAttempts === undefined)
      ctx.addIssue({ code: "custom", path: ["maxAttempts"], message: "Enter how many attempts." });
    checkDates(input, ctx);
  });
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

/** New dates for an assignment (an extension, a correction), and whether late work is accepted. */
export const rescheduleInputSchema = z
  .object({
    assignmentId: id,
    opensAt: localDateTime,
    dueAt: localDateTime,
    timeZone: timeZoneSchema,
    allowLate: z.boolean(),
  })
  .superRefine(checkDates);
export type RescheduleInput = z.infer<typeof rescheduleInputSchema>;

/** The form's choice as a stored limit: null is unlimited. */
export function maxAttemptsOf(input: Pick<AssignmentInput, "attempts" | "maxAttempts">): number | null {
  if (input.attempts === "one") return 1;
  if (input.attempts === "unlimited") return null;
  return input.maxAttempts ?? 2;
}

/** The address of an assignment's pages and downloads: /classes/<classId>/assignments/<assignmentId>/… */
export const assignmentPathSchema = z.object({ classId: recordId("Unknown class."), assignmentId: id });
