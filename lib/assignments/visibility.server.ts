import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";

/**
 * Attempts whose answers the student may see now: practice, or an assignment whose policy allows
 * it. Review, progress, retry and the flashcard feed read only these, so none of them leaks an
 * answer early (a miss turning up in /review would give the right answer away).
 */
export function visibleAttemptWhere(now: Date): Prisma.AttemptWhereInput {
  return {
    sessionQuestion: {
      session: {
        OR: [
          { assignmentId: null },
          { assignment: { answersVisible: "after-question" } },
          { assignment: { dueAt: { lte: now } } },
          { assignment: { answersVisible: "after-attempt" }, finishedAt: { not: null } },
        ],
      },
    },
  };
}
