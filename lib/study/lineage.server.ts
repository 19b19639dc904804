import "server-only";
import { db } from "@/lib/db";
import type { StudyCorpus } from "./corpus.server";

/**
 * Attempts on an earlier version of a teacher's fact count for its current version (decision
 * 0013): an edit after students answered makes a new row, and a student's mastery, review and
 * retries go on with it. Only attempts whose fact left the scope are looked up.
 */
export async function onCurrentVersions<T extends { factId: string }>(
  attempts: T[],
  corpus: StudyCorpus,
): Promise<T[]> {
  const earlier = [...new Set(attempts.map((a) => a.factId).filter((id) => !corpus.facts.has(id)))];
  if (!earlier.length) return attempts;
  const rows = await db().fact.findMany({
    where: { id: { in: earlier }, lineageId: { not: null } },
    select: { id: true, lineageId: true },
  });
  const current = new Map(
    rows.flatMap((row) => {
      const id = corpus.currentOfLineage(row.lineageId!);
      return id ? [[row.id, id] as const] : [];
    }),
  );
  return attempts.map((a) => (current.has(a.factId) ? { ...a, factId: current.get(a.factId)! } : a));
}
