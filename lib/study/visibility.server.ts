import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";

/** Sessions whose answers are visible whatever the date: practice, and assignments that show them at once or after a finished attempt. */
const visibleWithoutDueDate: Prisma.QuizSessionWhereInput[] = [
  { assignmentId: null },
  { assignment: { answersVisible: "after-question" } },
  { assignment: { answersVisible: "after-attempt" }, finishedAt: { not: null } },
];

/**
 * Attempts whose answers the student may see now: practice, or an assignment whose policy allows
 * it. Review, progress and "Retry missed" read only these, so none of them leaks an answer early
 * (a miss turning up in /review would give the right answer away).
 */
export function visibleAttemptWhere(now: Date): Prisma.AttemptWhereInput {
  return { sessionQuestion: { session: visibleSessionWhere(now) } };
}

/** Sessions whose answers the student may see now (the rule of `visibleAttemptWhere`, per session). */
export function visibleSessionWhere(now: Date): Prisma.QuizSessionWhereInput {
  return { OR: [...visibleWithoutDueDate, { assignment: { dueAt: { lte: now } } }] };
}

/**
 * Attempts the flashcard scheduler may learn from: visible ones, except answers that only a past
 * due date revealed. Those were hidden when given, so feeding them later would replay reviews out
 * of order; the student sees them in /review instead (decision 0009).
 */
export function feedableAttemptWhere(): Prisma.AttemptWhereInput {
  return { sessionQuestion: { session: { OR: visibleWithoutDueDate } } };
}
