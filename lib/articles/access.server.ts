import "server-only";
import type { Prisma } from "@/lib/generated/sqlite/client";
import type { Role } from "@/lib/accounts/roles";

/**
 * Which articles a user may read, as a query condition, so ownership and enrolment are checked
 * inside the query that loads them (decision 0013): the library → anyone signed in; a teacher's
 * article → its owner, and the students of the classes it is shared with. Anything else does not
 * exist for that user (404, never 403: its existence is not disclosed).
 */
export function readableArticles(user: { id: string; role: Role }): Prisma.ArticleWhereInput {
  const shared: Prisma.ArticleWhereInput =
    user.role === "teacher"
      ? { ownerId: user.id }
      : { shares: { some: { class: { enrollments: { some: { studentId: user.id } } } } } };
  return { retiredAt: null, OR: [{ ownerId: null }, shared] };
}

/** A teacher's own current articles: the only ones they may change or share. */
export function ownedArticles(teacherId: string): Prisma.ArticleWhereInput {
  return { retiredAt: null, ownerId: teacherId };
}
