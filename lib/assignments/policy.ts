/**
 * An assignment's rules, as pure functions: when it can be taken, when answers and citations
 * become visible, how an attempt counts and what a student's status is. The server applies them
 * on every read and write (lib/assignments/assignments.server.ts, lib/study/sessions.server.ts).
 */
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { recordId, timeZoneSchema } from "@/lib/schemas";

export const answerPolicies = ["after-question", "after-attempt", "after-due"] as const;
export type AnswerPolicy = (typeof answerPolicies)[number];
export const answerPolicyLabels: Record<AnswerPolicy, string> = {
  "after-question": "After each question",
  "after-attempt": "After the attempt",
  "after-due": "After the due date",
};

export const scoringRules = ["best", "latest"] as const;
export type ScoringRule = (typeof scoringRules)[number];
export const scoringLabels: Record<ScoringRule, string> = { best: "Best attempt", latest: "Latest attempt" };

export const MAX_ATTEMPTS_LIMIT = 20;

export interface AssignmentRules {
  opensAt: Date;
  dueAt: Date;
  maxAttempts: number | null;
  scoring: ScoringRule;
  answersVisible: AnswerPolicy;
  allowLate: boolean;
}

/** Stored strings back to their types; an unknown value falls back to the strictest rule. */
export function rulesOf(row: { opensAt: Date; dueAt: Date; maxAttempts: number | null; scoring: string; answersVisible: string; allowLate: boolean }): AssignmentRules {
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
export function answersShown(rules: Pick<AssignmentRules, "answersVisible" | "dueAt">, attemptFinished: boolean, now: Date): boolean {
  if (rules.answersVisible === "after-question") return true;
  if (now >= rules.dueAt) return true;
  return rules.answersVisible === "after-attempt" && attemptFinished;
}

export type HiddenUntil = { when: "after-attempt" } | { when: "after-due"; dueAt: Date };

/** While the policy hides an attempt's answers, when they appear; null once they are shown. */
export function answersHiddenUntil(rules: Pick<AssignmentRules, "answersVisible" | "dueAt">, attemptFinished: boolean, now: Date): HiddenUntil | null {
  if (answersShown(rules, attemptFinished, now)) return null;
  return rules.answersVisible === "after-attempt" ? { when: "after-attempt" } : { when: "after-due", dueAt: rules.dueAt };
}

export type SubmissionWindow = "not-open" | "open" | "late" | "closed";

/** Whether work is accepted now: before the open date no, after the due date only if late work is allowed. */
export function submissionWindow(rules: Pick<AssignmentRules, "opensAt" | "dueAt" | "allowLate">, now: Date): SubmissionWindow {
  if (now < rules.opensAt) return "not-open";
  if (now <= rules.dueAt) return "open";
  return rules.allowLate ? "late" : "closed";
}

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
export function studentStatus(rules: Pick<AssignmentRules, "opensAt" | "dueAt">, attempts: readonly { finished: boolean }[], now: Date): StudentStatus {
  if (attempts.some((a) => a.finished)) return "done";
  if (now < rules.opensAt) return "not-open";
  if (now > rules.dueAt) return "overdue";
  return attempts.length ? "in-progress" : "to-do";
}

/** Why a new attempt cannot start now, or null when it can. */
export function cannotStart(rules: AssignmentRules, attemptsUsed: number, now: Date, formatDate: (d: Date) => string): string | null {
  const window = submissionWindow(rules, now);
  if (window === "not-open") return `This assignment opens on ${formatDate(rules.opensAt)}.`;
  if (window === "closed") return `The due date (${formatDate(rules.dueAt)}) has passed and your teacher does not accept late work.`;
  // After the due date every attempt's answers are visible: a late attempt would be open-book.
  if (window === "late" && attemptsUsed > 0) return `The due date (${formatDate(rules.dueAt)}) has passed: late work is accepted only from students who had not started.`;
  if (rules.maxAttempts !== null && attemptsUsed >= rules.maxAttempts) {
    return rules.maxAttempts === 1 ? "You have used your one attempt." : `You have used all ${rules.maxAttempts} attempts.`;
  }
  return null;
}

const localDateTime = z
  .string({ error: "Choose a date and time." })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { error: "Choose a date and time." });

/** A wall-clock time ("2026-12-01T09:00", as a datetime-local field sends it) in a time zone, as an instant. */
export function zonedInstant(local: string, timeZone: string): Date {
  const [date, time] = local.split("T") as [string, string];
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime());
}

/** An instant as a datetime-local value in a time zone (the inverse of zonedInstant). */
export function localValue(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`;
}

const id = recordId("Unknown item.");


/** Both dates exist in the zone and the due date comes after the open date. */
function checkDates(input: { opensAt: string; dueAt: string; timeZone: string }, ctx: z.RefinementCtx) {
  // 30 February, 24:61 or a time skipped by a clock change would silently become another time.
  const missing = (["opensAt", "dueAt"] as const).filter((field) => localValue(zonedInstant(input[field], input.timeZone), input.timeZone) !== input[field]);
  for (const field of missing) ctx.addIssue({ code: "custom", path: [field], message: `That time does not exist in ${input.timeZone}.` });
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
    maxAttempts: z.coerce.number().int({ error: "Enter a whole number." }).min(2, { error: "Several means at least 2." }).max(MAX_ATTEMPTS_LIMIT, { error: `At most ${MAX_ATTEMPTS_LIMIT}.` }).optional(),
    scoring: z.enum(scoringRules, { error: "Choose best or latest." }),
    answersVisible: z.enum(answerPolicies, { error: "Choose when answers become visible." }),
    allowLate: z.boolean(),
  })
  .superRefine((input, ctx) => {
    if (input.attempts === "several" && input.maxAttempts === undefined) ctx.addIssue({ code: "custom", path: ["maxAttempts"], message: "Enter how many attempts." });
    checkDates(input, ctx);
  });
export type AssignmentInput = z.infer<typeof assignmentInputSchema>;

/** New dates for an assignment (an extension, a correction), and whether late work is accepted. */
export const rescheduleInputSchema = z
  .object({ assignmentId: id, opensAt: localDateTime, dueAt: localDateTime, timeZone: timeZoneSchema, allowLate: z.boolean() })
  .superRefine(checkDates);
export type RescheduleInput = z.infer<typeof rescheduleInputSchema>;

/** The form's choice as a stored limit: null is unlimited. */
export function maxAttemptsOf(input: Pick<AssignmentInput, "attempts" | "maxAttempts">): number | null {
  if (input.attempts === "one") return 1;
  if (input.attempts === "unlimited") return null;
  return input.maxAttempts ?? 2;
}

