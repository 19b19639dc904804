import "server-only";
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { fail, fieldFailure, ok, type Result } from "@/lib/result";
import { bumpPart, ownerPart } from "@/lib/articles/versions.server";
import { entityKinds, entityTypes } from "@/lib/facts/schema";
import { normalizeText } from "@/lib/text/normalize";

/**
 * A teacher's names: a person, organisation or place with the other spellings and short forms a
 * student may type ("Dunant" for "Henri Dunant"), so typed answers that use them are accepted.
 */
const forms = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) =>
    (Array.isArray(value) ? value : (value ?? "").split(/[\n;,]/)).map((v) => v.trim()).filter(Boolean),
  )
  .pipe(
    z
      .array(z.string().max(120, { error: "Each form: at most 120 characters." }))
      .max(20, { error: "At most 20 forms." }),
  );

export const entityInputSchema = z.object({
  canonical: z
    .string()
    .trim()
    .min(2, { error: "Write the name as it is usually written." })
    .max(120, { error: "Keep the name under 120 characters." }),
  type: z.enum(entityTypes, { error: "Choose person, organisation or place." }),
  kind: z
    .union([z.literal(""), z.enum(entityKinds)])
    .optional()
    .transform((value) => value || null),
  spellings: forms,
  shortForms: forms,
});
export type EntityInput = z.output<typeof entityInputSchema>;

export interface TeacherEntity {
  id: string;
  canonical: string;
  type: string;
  kind: string | null;
  spellings: string[];
  shortForms: string[];
}

export async function entitiesOf(ownerId: string): Promise<TeacherEntity[]> {
  const rows = await db().entity.findMany({ where: { ownerId, retiredAt: null }, orderBy: { canonical: "asc" } });
  return rows.map((e) => ({
    id: e.id,
    canonical: e.canonical,
    type: e.type,
    kind: e.kind,
    spellings: parseJsonColumn(stringList, e.spellings, "entity spellings"),
    shortForms: parseJsonColumn(stringList, e.shortForms, "entity shortForms"),
  }));
}

/**
 * Adds a name. A form another of the teacher's or the library's names already uses is refused:
 * the same words cannot mean two people.
 */
export async function addEntity(ownerId: string, input: EntityInput): Promise<Result<{ entityId: string }>> {
  const own = [input.canonical, ...input.spellings, ...input.shortForms];
  const wanted = new Map(own.map((form) => [normalizeText(form), form]));
  const others = await db().entity.findMany({
    where: { retiredAt: null, OR: [{ ownerId: null }, { ownerId }] },
    select: { canonical: true, spellings: true, shortForms: true },
  });
  for (const other of others) {
    const taken = [
      other.canonical,
      ...parseJsonColumn(stringList, other.spellings, "entity spellings"),
      ...parseJsonColumn(stringList, other.shortForms, "entity shortForms"),
    ];
    const clash = taken.find((form) => wanted.has(normalizeText(form)));
    if (clash)
      return fieldFailure(
        "canonical",
        `“${wanted.get(normalizeText(clash))}” already names ${other.canonical}. Use that name, or write a fuller form.`,
      );
  }
  const id = `e${randomBytes(8).toString("hex")}`;
  await db().$transaction(async (tx) => {
    await tx.entity.create({
      data: {
        id,
        ownerId,
        canonical: input.canonical,
        type: input.type,
        kind: input.kind,
        spellings: JSON.stringify([input.canonical, ...input.spellings]),
        shortForms: JSON.stringify(input.shortForms),
        contentHash: id,
      },
    });
    await bumpPart(tx, ownerPart(ownerId));
  });
  return ok({ entityId: id });
}

export async function removeEntity(ownerId: string, entityId: string, now = new Date()): Promise<Result<null>> {
  return db().$transaction(async (tx) => {
    const removed = await tx.entity.updateMany({
      where: { id: entityId, ownerId, retiredAt: null },
      data: { retiredAt: now },
    });
    if (!removed.count) return fail("not-found", "That name does not exist or is not yours.");
    await bumpPart(tx, ownerPart(ownerId));
    return ok(null);
  });
}
