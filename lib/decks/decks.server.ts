import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { isForeignKeyViolation } from "@/lib/db/errors";
import { fail, fieldFailure, invalidInput, ok, type Failure, type Result } from "@/lib/result";
import { teacherCorpus } from "@/lib/study/corpus.server";
import type { StudyItemType } from "@/lib/study/selection";
import {
  copyName,
  deckFact,
  deckInputSchema,
  deckItemsByFact,
  deckNameSchema,
  previewItem,
  storedDeck,
  type DeckFact,
  type DeckInput,
  type DeckPreview,
  type StoredDeck,
} from "./deck";

/**
 * A teacher's decks. Every function takes the teacher and filters by them in the same query:
 * another teacher's deck does not exist for them, and nothing of it changes.
 */

/** A saved deck's id (the copy's, for a duplicate). */
export type DeckChange = Result<{ deckId: string }>;

const notYours = () => fail("not-found", "That deck does not exist or is not yours.");
const saved = (deckId: string): DeckChange => ok({ deckId });
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Facts can leave the fact table (retired by the import); a deck is saved with current facts only. */
async function refuseUnknownFacts(teacherId: string, factIds: readonly string[]): Promise<Failure | null> {
  const { facts } = await teacherCorpus(teacherId);
  const unknown = factIds.filter((id) => !facts.has(id));
  if (!unknown.length) return null;
  const listed = unknown.slice(0, 5).join(", ") + (unknown.length > 5 ? ` and ${unknown.length - 5} more` : "");
  const message =
    unknown.length === 1
      ? `This fact is not in the fact table: ${listed}. Remove it and save again.`
      : `These ${unknown.length} facts are not in the fact table: ${listed}. Remove them and save again.`;
  return fieldFailure("factIds", message);
}

const columns = (deck: DeckInput) => ({
  name: deck.name,
  factIds: JSON.stringify(deck.factIds),
  itemTypes: JSON.stringify(deck.itemTypes),
  questionsPerAttempt: deck.questionsPerAttempt,
});

/** Input is checked here too (not only by the action), so no caller can store a deck the builder would refuse. */
async function checked(teacherId: string, input: DeckInput): Promise<Result<DeckInput>> {
  const parsed = deckInputSchema.safeParse(input);
  if (!parsed.success) return invalidInput(parsed.error);
  return (await refuseUnknownFacts(teacherId, parsed.data.factIds)) ?? ok(parsed.data);
}

export async function createDeck(teacherId: string, input: DeckInput): Promise<DeckChange> {
  const deck = await checked(teacherId, input);
  if (!deck.ok) return deck;
  const { id } = await db().deck.create({ data: { teacherId, ...columns(deck.data) }, select: { id: true } });
  return saved(id);
}

export async function updateDeck(teacherId: string, deckId: string, input: DeckInput): Promise<DeckChange> {
  const deck = await checked(teacherId, input);
  if (!deck.ok) return deck;
  const updated = await db().deck.updateMany({ where: { id: deckId, teacherId }, data: columns(deck.data) });
  return updated.count ? saved(deckId) : notYours();
}

const renameSchema = z.object({ name: deckNameSchema });

export async function renameDeck(teacherId: string, deckId: string, name: string): Promise<DeckChange> {
  const parsed = renameSchema.safeParse({ name });
  if (!parsed.success) return invalidInput(parsed.error);
  const updated = await db().deck.updateMany({ where: { id: deckId, teacherId }, data: { name: parsed.data.name } });
  return updated.count ? saved(deckId) : notYours();
}

/** A copy named "<name> (copy)", for a variant of a deck (one that is assigned, say) without touching it. */
export async function duplicateDeck(teacherId: string, deckId: string): Promise<DeckChange> {
  const original = await db().deck.findFirst({ where: { id: deckId, teacherId } });
  if (!original) return notYours();
  const { id } = await db().deck.create({
    data: {
      teacherId,
      name: copyName(original.name),
      factIds: original.factIds,
      itemTypes: original.itemTypes,
      questionsPerAttempt: original.questionsPerAttempt,
    },
    select: { id: true },
  });
  return saved(id);
}

const inUse = (assignments: number) =>
  fail(
    "conflict",
    `This deck is used by ${plural(assignments, "assignment")}, so it cannot be deleted. Delete ${assignments === 1 ? "that assignment" : "those assignments"} first, or keep the deck.`,
  );

/** Refused while an assignment uses the deck: its students' attempts refer to it. */
export async function deleteDeck(teacherId: string, deckId: string): Promise<DeckChange> {
  try {
    const deleted = await db().deck.deleteMany({ where: { id: deckId, teacherId, assignments: { none: {} } } });
    if (deleted.count) return saved(deckId);
  } catch (error) {
    // An assignment created between the check and the delete: the Restrict key refuses the delete.
    if (!isForeignKeyViolation(error)) throw error;
  }
  const found = await db().deck.findFirst({
    where: { id: deckId, teacherId },
    select: { _count: { select: { assignments: true } } },
  });
  return found ? inUse(Math.max(1, found._count.assignments)) : notYours();
}

export interface DeckSummary {
  id: string;
  name: string;
  /** How many facts the deck holds. */
  facts: number;
  itemTypes: StudyItemType[];
  questionsPerAttempt: number;
  /** How many assignments use the deck. */
  assignments: number;
  updatedAt: Date;
}

/** The teacher's decks, the most recently changed first. */
export async function decksOfTeacher(teacherId: string): Promise<DeckSummary[]> {
  const rows = await db().deck.findMany({
    where: { teacherId },
    orderBy: [{ updatedAt: "desc" }, { id: "asc" }],
    include: { _count: { select: { assignments: true } } },
  });
  return rows.map((row) => {
    const deck = storedDeck(row);
    return {
      id: deck.id,
      name: deck.name,
      facts: deck.factIds.length,
      itemTypes: deck.itemTypes,
      questionsPerAttempt: deck.questionsPerAttempt,
      assignments: row._count.assignments,
      updatedAt: deck.updatedAt,
    };
  });
}

export type DeckDetail = StoredDeck & { assignments: number };

/** A deck for the teacher who owns it; null for anyone else. */
export async function deckForTeacher(teacherId: string, deckId: string): Promise<DeckDetail | null> {
  const row = await db().deck.findFirst({
    where: { id: deckId, teacherId },
    include: { _count: { select: { assignments: true } } },
  });
  return row ? { ...storedDeck(row), assignments: row._count.assignments } : null;
}

/** Every current fact the teacher may use (the library and their own), in article and reading order. */
export async function deckBuilderFacts(teacherId: string): Promise<DeckFact[]> {
  const { facts } = await teacherCorpus(teacherId);
  return [...facts.values()]
    .toSorted((a, b) => a.article.localeCompare(b.article) || a.quoteStart - b.quoteStart)
    .map(deckFact);
}

/** The deck's questions grouped by fact, for the teacher (answers included); `facts` limits how many facts are shown. */
export async function deckPreview(
  teacherId: string,
  deck: Pick<StoredDeck, "factIds" | "itemTypes">,
  options: { facts?: number } = {},
): Promise<DeckPreview> {
  const corpus = await teacherCorpus(teacherId);
  const known = deck.factIds.filter((id) => corpus.facts.has(id));
  const groups = deckItemsByFact(corpus.items, { factIds: known, itemTypes: deck.itemTypes });
  const questions = groups.reduce((sum, g) => sum + g.items.length, 0);
  let position = 0;
  return {
    facts: groups.slice(0, options.facts ?? groups.length).map(({ factId, items }) => ({
      factId,
      statement: corpus.facts.get(factId)!.statement,
      citation: corpus.citation(factId)!,
      items: items.map((item) => previewItem(item, ++position, questions)),
    })),
    questions,
    askableFacts: groups.filter((g) => g.items.length).length,
    missingFacts: deck.factIds.length - known.length,
  };
}
