import { beforeAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import { isForeignKeyViolation } from "@/lib/db/errors";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { studyCorpus } from "@/lib/study/corpus.server";
import { libraryScope } from "@/lib/articles/scope.server";
import type { DeckInput } from "./deck";
import {
  createDeck,
  deckForTeacher,
  deckPreview,
  decksOfTeacher,
  deleteDeck,
  duplicateDeck,
  renameDeck,
  updateDeck,
  type DeckChange,
} from "./decks.server";

// Runs against the real corpus: unknown fact ids are refused on save.
const db = testDb();
let factIds: string[] = [];

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
  factIds = [...(await studyCorpus(libraryScope)).facts.keys()].toSorted();
});

async function teacher() {
  const result = await createAccount(db, {
    name: "Test Teacher",
    email: uniqueEmail("decks"),
    password: "a long enough password",
    role: "teacher",
  });
  if (!result.ok) throw new Error("could not create the teacher");
  return result.data.userId;
}

const deckInput = (patch: Partial<DeckInput> = {}): DeckInput => ({
  name: "Kazakhstan unrest",
  factIds: factIds.slice(0, 4),
  itemTypes: ["multiple-choice", "typed"],
  questionsPerAttempt: 3,
  ...patch,
});

async function newDeck(owner: string, patch: Partial<DeckInput> = {}) {
  const created = await createDeck(owner, deckInput(patch));
  if (!created.ok) throw new Error(created.error);
  return created.data.deckId;
}

/** Uses the deck in an assignment of a class of its teacher, as the assignment form would. */
async function assign(owner: string, deckId: string) {
  const klass = await db.class.create({
    data: { teacherId: owner, name: "History 9B", joinCode: Math.random().toString(36).slice(2, 8).toUpperCase() },
  });
  await db.assignment.create({
    data: {
      classId: klass.id,
      deckId,
      title: "Week 1",
      opensAt: new Date("2026-01-05T08:00:00Z"),
      dueAt: new Date("2026-01-12T08:00:00Z"),
      timeZone: "Asia/Almaty",
      scoring: "best",
      answersVisible: "after-attempt",
    },
  });
}

const rowOf = (deckId: string) => db.deck.findUniqueOrThrow({ where: { id: deckId } });
const notYours: DeckChange = { ok: false, code: "not-found", error: "That deck does not exist or is not yours." };

describe("decks", () => {
  it("stores a deck in the teacher's order and lists it for its teacher only", async () => {
    const owner = await teacher();
    const other = await teacher();
    const ids = [factIds[5]!, factIds[1]!, factIds[3]!];
    const deckId = await newDeck(owner, { name: "  CSTO  ", factIds: ids, itemTypes: ["typed", "true-false"] });

    const deck = await deckForTeacher(owner, deckId);
    expect(deck).toMatchObject({
      id: deckId,
      name: "CSTO",
      factIds: ids,
      itemTypes: ["true-false", "typed"],
      questionsPerAttempt: 3,
      assignments: 0,
    });
    expect(await decksOfTeacher(owner)).toEqual([
      {
        id: deckId,
        name: "CSTO",
        facts: 3,
        itemTypes: ["true-false", "typed"],
        questionsPerAttempt: 3,
        assignments: 0,
        updatedAt: deck!.updatedAt,
      },
    ]);
    expect(await deckForTeacher(other, deckId)).toBeNull();
    expect(await decksOfTeacher(other)).toEqual([]);
  });

  it("refuses invalid input and facts that are not in the fact table, storing nothing", async () => {
    const owner = await teacher();
    expect(await createDeck(owner, deckInput({ name: " ", questionsPerAttempt: 9 }))).toEqual({
      ok: false,
      code: "invalid",
      error: "Please correct the highlighted fields.",
      fieldErrors: {
        name: "Give the deck a name.",
        questionsPerAttempt:
          "An attempt asks one question per fact, so this deck of 4 facts allows at most 4 questions.",
      },
    });
    const message = "This fact is not in the fact table: no-such-fact. Remove it and save again.";
    expect(
      await createDeck(owner, deckInput({ factIds: [factIds[0]!, "no-such-fact"], questionsPerAttempt: 2 })),
    ).toEqual({ ok: false, code: "invalid", error: message, fieldErrors: { factIds: message } });
    expect(await decksOfTeacher(owner)).toEqual([]);
  });

  it("updates only the owner's deck; another teacher changes nothing", async () => {
    const owner = await teacher();
    const other = await teacher();
    const deckId = await newDeck(owner);
    const before = await rowOf(deckId);
    const change = deckInput({
      name: "Changed",
      factIds: factIds.slice(10, 12),
      itemTypes: ["true-false"],
      questionsPerAttempt: 2,
    });

    expect(await updateDeck(other, deckId, change)).toEqual(notYours);
    expect(await rowOf(deckId)).toEqual(before);
    expect(
      await updateDeck(owner, deckId, { ...change, factIds: ["no-such-fact"], questionsPerAttempt: 1 }),
    ).toMatchObject({ ok: false, fieldErrors: { factIds: expect.stringContaining("no-such-fact") } });
    expect(await rowOf(deckId)).toEqual(before);

    expect(await updateDeck(owner, deckId, change)).toEqual({ ok: true, data: { deckId } });
    expect(await deckForTeacher(owner, deckId)).toMatchObject({
      name: "Changed",
      factIds: factIds.slice(10, 12),
      itemTypes: ["true-false"],
      questionsPerAttempt: 2,
    });
  });

  it("renames with the name rules; another teacher cannot", async () => {
    const owner = await teacher();
    const other = await teacher();
    const deckId = await newDeck(owner);
    expect(await renameDeck(owner, deckId, "   ")).toEqual({
      ok: false,
      code: "invalid",
      error: "Please correct the highlighted fields.",
      fieldErrors: { name: "Give the deck a name." },
    });
    expect(await renameDeck(owner, deckId, "n".repeat(81))).toMatchObject({
      ok: false,
      fieldErrors: { name: "Keep the name to 80 characters or fewer." },
    });
    expect(await renameDeck(other, deckId, "Taken over")).toEqual(notYours);
    expect((await rowOf(deckId)).name).toBe("Kazakhstan unrest");
    expect(await renameDeck(owner, deckId, "  Week 1 review ")).toEqual({ ok: true, data: { deckId } });
    expect((await rowOf(deckId)).name).toBe("Week 1 review");
  });

  it("duplicates as '<name> (copy)' for the owner; another teacher gets no copy", async () => {
    const owner = await teacher();
    const other = await teacher();
    const deckId = await newDeck(owner, { name: "Casualties" });
    expect(await duplicateDeck(other, deckId)).toEqual(notYours);
    expect(await decksOfTeacher(other)).toEqual([]);

    const copy = await duplicateDeck(owner, deckId);
    if (!copy.ok) throw new Error(copy.error);
    expect(copy.data.deckId).not.toBe(deckId);
    const [original, duplicate] = [await deckForTeacher(owner, deckId), await deckForTeacher(owner, copy.data.deckId)];
    expect(duplicate).toMatchObject({
      name: "Casualties (copy)",
      factIds: original!.factIds,
      itemTypes: original!.itemTypes,
      questionsPerAttempt: original!.questionsPerAttempt,
    });
    expect((await decksOfTeacher(owner)).map((d) => d.name).toSorted()).toEqual(["Casualties", "Casualties (copy)"]);
  });

  it("deletes an unused deck for its owner only, and refuses a deck in use with how many assignments use it", async () => {
    const owner = await teacher();
    const other = await teacher();
    const unused = await newDeck(owner, { name: "Unused" });
    expect(await deleteDeck(other, unused)).toEqual(notYours);
    expect(await deckForTeacher(owner, unused)).not.toBeNull();
    expect(await deleteDeck(owner, unused)).toEqual({ ok: true, data: { deckId: unused } });
    expect(await deckForTeacher(owner, unused)).toBeNull();
    expect(await deleteDeck(owner, unused)).toEqual(notYours);

    const used = await newDeck(owner, { name: "Used" });
    await assign(owner, used);
    const before = await rowOf(used);
    expect(await deleteDeck(owner, used)).toEqual({
      ok: false,
      code: "conflict",
      error:
        "This deck is used by 1 assignment, so it cannot be deleted. Delete that assignment first, or keep the deck.",
    });
    await assign(owner, used);
    expect(await deleteDeck(owner, used)).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(/^This deck is used by 2 assignments, so it cannot be deleted\./),
    });
    expect(await deleteDeck(other, used)).toEqual(notYours);
    expect(await rowOf(used)).toEqual(before);
    expect(await deckForTeacher(owner, used)).toMatchObject({ assignments: 2 });
    expect((await decksOfTeacher(owner)).find((d) => d.id === used)).toMatchObject({ assignments: 2 });
  });

  it("the database itself refuses to delete a deck in use (the race deleteDeck catches)", async () => {
    const owner = await teacher();
    const deckId = await newDeck(owner);
    await assign(owner, deckId);
    const error = await db.deck.delete({ where: { id: deckId } }).catch((e: unknown) => e);
    expect(isForeignKeyViolation(error)).toBe(true);
  });

  it("previews every question of the deck's facts in its types, grouped by fact in the deck's order, with citations", async () => {
    const ids = [factIds[7]!, factIds[2]!];
    const preview = await deckPreview(await teacher(), {
      factIds: [...ids, "retired-fact"],
      itemTypes: ["true-false", "typed"],
    });
    expect(preview.missingFacts).toBe(1);
    expect(preview.facts.map((f) => f.factId)).toEqual(ids);
    expect(preview.askableFacts).toBe(2);
    const items = preview.facts.flatMap((f) => f.items);
    expect(items).toHaveLength(preview.questions);
    expect(items.map((i) => i.view.position)).toEqual(items.map((_, index) => index + 1));
    expect(new Set(items.map((i) => i.view.kind))).toEqual(new Set(["true-false", "typed"]));
    for (const fact of preview.facts) {
      expect(fact.citation).toMatchObject({ factId: fact.factId });
      expect(fact.citation.passage.quote.length).toBeGreaterThan(0);
    }
    expect(
      (await deckPreview(await teacher(), { factIds: ids, itemTypes: ["typed"] }, { facts: 1 })).facts.map(
        (f) => f.factId,
      ),
    ).toEqual([ids[0]]);
  });
});
