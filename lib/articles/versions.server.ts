import "server-only";
import type { DbWriter } from "@/lib/db";

export type { DbWriter };

/**
 * Corpus parts and their version rows (decision 0013). A part is the library or one teacher's
 * articles and facts; each process caches a part's corpus and rebuilds it when the part's row
 * moved, so two instances agree on the next request instead of after a timer.
 */
export type PartKey = "library" | `owner:${string}`;

export const libraryPart: PartKey = "library";
export const ownerPart = (teacherId: string): PartKey => `owner:${teacherId}`;

/** Marks a part as changed; call it inside the transaction of the change it announces. */
export async function bumpPart(writer: DbWriter, part: PartKey): Promise<void> {
  await writer.corpusVersion.upsert({
    where: { part },
    create: { part, version: 1 },
    update: { version: { increment: 1 } },
  });
}

/** The current version of each part (0 for a part never written), in one indexed query. */
export async function partVersions(reader: DbWriter, parts: readonly PartKey[]): Promise<Map<PartKey, number>> {
  const rows = await reader.corpusVersion.findMany({ where: { part: { in: [...parts] } } });
  const versions = new Map<PartKey, number>(parts.map((part) => [part, 0]));
  for (const row of rows) versions.set(row.part as PartKey, row.version);
  return versions;
}
