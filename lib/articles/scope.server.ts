import "server-only";
import { db } from "@/lib/db";
import type { Role } from "@/lib/accounts/roles";
import { libraryPart, ownerPart, type PartKey } from "./versions.server";

/**
 * What one user may study and read (decision 0013): the built-in library plus, for a teacher,
 * their own articles, for a student, the articles shared with their classes. Every corpus reader
 * takes a scope from here; none builds one itself.
 */
export interface ScopePart {
  key: PartKey;
  /** The teacher whose part this is; null for the library. */
  ownerId: string | null;
  /** The articles of the part this user sees: "all", or the ids shared with their classes. */
  articleIds: "all" | readonly string[];
}
export interface CorpusScope {
  parts: readonly ScopePart[];
}

const library: ScopePart = { key: libraryPart, ownerId: null, articleIds: "all" };

/** The library alone: start-up warm-up, benchmarks, and readers with no user. */
export const libraryScope: CorpusScope = { parts: [library] };

export const teacherScope = (teacherId: string): CorpusScope => ({
  parts: [library, { key: ownerPart(teacherId), ownerId: teacherId, articleIds: "all" }],
});

/** The library plus every teacher article shared with a class the student is enrolled in. */
export async function studentScope(studentId: string): Promise<CorpusScope> {
  const shares = await db().articleShare.findMany({
    where: { class: { enrollments: { some: { studentId } } }, article: { retiredAt: null } },
    select: { articleId: true, article: { select: { ownerId: true } } },
  });
  const byOwner = new Map<string, Set<string>>();
  for (const share of shares) {
    const owner = share.article.ownerId;
    if (!owner) continue;
    if (!byOwner.has(owner)) byOwner.set(owner, new Set());
    byOwner.get(owner)!.add(share.articleId);
  }
  const owned = [...byOwner.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([ownerId, ids]): ScopePart => ({ key: ownerPart(ownerId), ownerId, articleIds: [...ids].sort() }));
  return { parts: [library, ...owned] };
}

export function scopeOf(user: { id: string; role: Role }): Promise<CorpusScope> {
  return user.role === "teacher" ? Promise.resolve(teacherScope(user.id)) : studentScope(user.id);
}

/** Whether an article of this owner is in the scope (the library's always is). */
export function scopeIncludes(scope: CorpusScope, article: { id: string; ownerId: string | null }): boolean {
  return scope.parts.some(
    (part) => part.ownerId === article.ownerId && (part.articleIds === "all" || part.articleIds.includes(article.id)),
  );
}
