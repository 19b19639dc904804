import { beforeAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { randomUUID } from "node:crypto";
import {
  applyReview,
  feedQuizAnswers,
  flashcardQueue,
  syncFlashcardReviews,
  toFsrsCard,
  undoLastReview,
} from "./cards.server";
import { derivedProgressOf, maintainedProgressOf } from "@/lib/study/standing.server";
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

describe("flashcard reviews synced from a device (decision 0017)", () => {
  const fact = "a000-un-injured";
  const other = "a003-massimov-dismissed";
  const at = (minutes: number) => new Date(Date.UTC(2026, 10, 25, 9, minutes)).toISOString();
  const review = (factId: string, grade: 1 | 2 | 3 | 4, minutes: number) => ({
    reviewId: randomUUID(),
    factId,
    grade,
    reviewedAt: at(minutes),
  });
  const now = new Date(Date.UTC(2026, 10, 25, 12, 0));
  /** The card's columns that scheduling decides, for comparing two students' cards. */
  const state = async (userId: string, factId: string) => {
    const card = await db.card.findUniqueOrThrow({ where: { userId_factId: { userId, factId } } });
    return { ...toFsrsCard(card), reps: card.reps };
  };

  it("applies a queue in time order, once: the same queue again changes nothing; cards the student cannot study are reported", async () => {
    const student = await newStudent();
    const queue = [review(fact, 3, 10), review(other, 1, 12), review(fact, 3, 30), review("no-such-fact", 3, 31)];
    // Sent out of order (as a device might list them): applied by time all the same.
    const first = await syncFlashcardReviews(student, [queue[2]!, queue[0]!, queue[1]!, queue[3]!], now);
    expect(first.applied.sort()).toEqual([queue[0]!, queue[1]!, queue[2]!].map((r) => r.reviewId).sort());
    expect(first).toMatchObject({ repeated: [], gone: [queue[3]!.reviewId] });
    const card = await state(student, fact);
    const logs = await db.reviewLog.findMany({ where: { userId: student }, orderBy: { review: "asc" } });
    expect(logs.map((l) => [l.review.toISOString(), l.rating, l.source])).toEqual([
      [at(10), 3, "flashcard"],
      [at(12), 1, "flashcard"],
      [at(30), 3, "flashcard"],
    ]);

    const again = await syncFlashcardReviews(student, queue, now);
    expect(again).toMatchObject({ applied: [], gone: [queue[3]!.reviewId] });
    expect(again.repeated).toHaveLength(3);
    expect(await state(student, fact)).toEqual(card);
    expect(await db.reviewLog.count({ where: { userId: student } })).toBe(3);
    expect(await maintainedProgressOf(db, student, now)).toEqual(await derivedProgressOf(db, student, now));
  });

  it("puts a review sent late from a second device in its place: the card ends as the time order gives", async () => {
    const twoDevices = await newStudent();
    const oneDevice = await newStudent();
    const early = review(fact, 1, 5); // device B, offline, rated Again first…
    const late = review(fact, 4, 40); // …device A rated Easy later, and synced first.
    await syncFlashcardReviews(twoDevices, [late], now);
    await syncFlashcardReviews(twoDevices, [early], now);
    await syncFlashcardReviews(oneDevice, [early, late], now);
    expect(await state(twoDevices, fact)).toEqual(await state(oneDevice, fact));
    const logs = await db.reviewLog.findMany({ where: { userId: twoDevices }, orderBy: { review: "asc" } });
    expect(logs.map((l) => [l.review.toISOString(), l.rating])).toEqual([
      [at(5), 1],
      [at(40), 4],
    ]);
    // The replayed history undoes exactly, latest first.
    expect(await undoLastReview(twoDevices)).toMatchObject({ ok: true, data: { factId: fact } });
    const afterUndo = await state(twoDevices, fact);
    const onlyEarly = await newStudent();
    await syncFlashcardReviews(onlyEarly, [early], now);
    expect(afterUndo).toEqual(await state(onlyEarly, fact));
    expect(await maintainedProgressOf(db, twoDevices, now)).toEqual(await derivedProgressOf(db, twoDevices, now));
  });

  it("never dates a review in the server's future, nor more than 90 days back", async () => {
    const student = await newStudent();
    const future = { ...review(fact, 3, 0), reviewedAt: "2027-06-01T00:00:00Z" };
    const ancient = { ...review(other, 3, 0), reviewedAt: "2001-01-01T00:00:00+06:00" };
    await syncFlashcardReviews(student, [future, ancient], now);
    const logs = await db.reviewLog.findMany({ where: { userId: student } });
    const times = Object.fromEntries(logs.map((l) => [l.id.split(":")[2], l.review.getTime()]));
    expect(times[future.reviewId]).toBe(now.getTime());
    expect(times[ancient.reviewId]).toBe(now.getTime() - 90 * 24 * 3600_000);
  });
});
