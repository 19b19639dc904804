import { beforeAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { applyReview, feedQuizAnswers, flashcardQueue, toFsrsCard, undoLastReview } from "./cards.server";
import { Rating, State, type Grade } from "./fsrs";

const db = testDb();

async function newStudent(timeZone = "UTC") {
  const result = await createAccount(db, {
    name: "Card Student",
    email: uniqueEmail("cards"),
    password: "a long enough password",
    role: "student",
  });
  if (!result.ok) throw new Error("could not create the test student");
  await db.user.update({ where: { id: result.data.userId }, data: { timeZone } });
  return result.data.userId;
}

const cardOf = async (userId: string, factId: string) =>
  db.card.findUnique({ where: { userId_factId: { userId, factId } } });

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

describe("flashcard reviews", () => {
  it("changes the card once when the same review is sent twice", async () => {
    const student = await newStudent();
    const now = new Date("2026-11-25T09:00:00Z");
    const review = {
      userId: student,
      factId: "a000-un-injured",
      reviewId: "rev-twice-1",
      grade: Rating.Good as Grade,
      now,
      source: "flashcard" as const,
    };
    expect(await applyReview(review)).toEqual({ ok: true, data: { applied: true } });
    const once = await cardOf(student, "a000-un-injured");
    expect(await applyReview({ ...review, now: new Date("2026-11-25T09:05:00Z") })).toEqual({
      ok: true,
      data: { applied: false },
    });
    expect(await cardOf(student, "a000-un-injured")).toEqual(once);
    expect(await db.reviewLog.count({ where: { userId: student } })).toBe(1);
  });

  it("keeps every one of many reviews of one card that arrive at once (none erases another)", async () => {
    const student = await newStudent();
    const now = new Date("2026-11-25T09:00:00Z");
    // The first reviews race to create the card; the rest race to update it.
    const reviews = Array.from({ length: 12 }, (_, i) =>
      applyReview({
        userId: student,
        factId: "a000-un-injured",
        reviewId: `race-${student}-${i}`,
        grade: Rating.Good as Grade,
        now: new Date(now.getTime() + i * 1000),
        source: "flashcard",
      }),
    );
    expect(await Promise.all(reviews)).toEqual(
      Array.from({ length: 12 }, () => ({ ok: true, data: { applied: true } })),
    );
    const card = await cardOf(student, "a000-un-injured");
    expect(card!.reps).toBe(12);
    expect(await db.reviewLog.count({ where: { cardId: card!.id } })).toBe(12);
  });

  it("undo restores the stored card exactly and removes the log row", async () => {
    const student = await newStudent();
    await applyReview({
      userId: student,
      factId: "a001-elbasy-title",
      reviewId: "u-1",
      grade: Rating.Good as Grade,
      now: new Date("2026-11-25T09:00:00Z"),
      source: "flashcard",
    });
    const before = await cardOf(student, "a001-elbasy-title");
    await applyReview({
      userId: student,
      factId: "a001-elbasy-title",
      reviewId: "u-2",
      grade: Rating.Again as Grade,
      now: new Date("2026-11-25T09:20:00Z"),
      source: "flashcard",
    });
    expect(await undoLastReview(student)).toEqual({ ok: true, data: { factId: "a001-elbasy-title" } });
    const after = await cardOf(student, "a001-elbasy-title");
    expect(toFsrsCard(after!)).toEqual(toFsrsCard(before!));
    expect(await db.reviewLog.findUnique({ where: { id: "u-2" } })).toBeNull();
    // Undoing the first review too leaves no card at all, as before it.
    expect(await undoLastReview(student)).toEqual({ ok: true, data: { factId: "a001-elbasy-title" } });
    expect(await cardOf(student, "a001-elbasy-title")).toBeNull();
    expect(await undoLastReview(student)).toEqual({
      ok: false,
      code: "not-found",
      error: "There is no review to undo.",
    });
  });

  it("turns a quiz miss into an Again review, and a right answer into Good only when due", async () => {
    const student = await newStudent();
    const session = await db.quizSession.create({
      data: {
        userId: student,
        kind: "practice",
        title: "t",
        selection: "{}",
        questions: {
          create: [
            { position: 0, itemId: "i0", factId: "a003-massimov-treason", itemType: "typed", item: "{}" },
            { position: 1, itemId: "i1", factId: "a002-bilateral-trade", itemType: "typed", item: "{}" },
          ],
        },
      },
      include: { questions: { orderBy: { position: "asc" } } },
    });
    const [missed, known] = session.questions;
    const answeredAt = new Date(Date.now() - 60_000);
    await db.attempt.create({
      data: {
        userId: student,
        sessionId: session.id,
        sessionQuestionId: missed!.id,
        itemId: "i0",
        factId: missed!.factId,
        response: "{}",
        verdict: "incorrect",
        correct: false,
        timeTakenMs: 1,
        createdAt: answeredAt,
      },
    });
    await db.attempt.create({
      data: {
        userId: student,
        sessionId: session.id,
        sessionQuestionId: known!.id,
        itemId: "i1",
        factId: known!.factId,
        response: "{}",
        verdict: "correct",
        correct: true,
        timeTakenMs: 1,
        createdAt: answeredAt,
      },
    });

    expect(await feedQuizAnswers(student, new Date())).toBe(2);
    expect(await feedQuizAnswers(student, new Date())).toBe(0); // nothing new: nothing fed twice
    const logs = await db.reviewLog.findMany({ where: { userId: student }, orderBy: { rating: "asc" } });
    expect(logs.map((l) => [l.source, l.rating])).toEqual([
      ["quiz", Rating.Again],
      ["quiz", Rating.Good],
    ]);
    const queue = await flashcardQueue(student, new Date(Date.now() + 15 * 60_000), null);
    expect(queue.cards[0]).toMatchObject({ factId: "a003-massimov-treason", isNew: false });
    expect(queue.cards[0]!.card.state).toBe(State.Learning);
    expect(queue.counts.learning).toBeGreaterThanOrEqual(1);
  });

  it("offers new cards up to the daily limit, counting cards started today", async () => {
    const student = await newStudent();
    await db.user.update({ where: { id: student }, data: { dailyNewCards: 5 } });
    const now = new Date();
    expect((await flashcardQueue(student, now, null)).counts.new).toBe(5);
    await applyReview({
      userId: student,
      factId: "a000-prosecutor-killed",
      reviewId: "n-1",
      grade: Rating.Easy as Grade,
      now,
      source: "flashcard",
    });
    const queue = await flashcardQueue(student, now, null);
    expect(queue.counts.new).toBe(4);
    expect(queue.newToday).toBe(1);
    expect(queue.nextDue).not.toBeNull();
    expect(queue.cards.some((c) => c.factId === "a000-prosecutor-killed")).toBe(false);
  });
});
