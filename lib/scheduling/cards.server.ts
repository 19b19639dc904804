import "server-only";
import { after } from "next/server";
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/sqlite/client";
import {
  isDueBefore,
  newCard,
  previewDue,
  quizReviewGrade,
  reviewCard,
  State,
  undoReview,
  type Card,
  type Grade,
  type ReviewLog,
} from "./fsrs";
import { isUniqueViolation } from "@/lib/db/errors";
import { endOfLocalDay, startOfLocalDay } from "@/lib/dates";
import { feedableAttemptWhere } from "@/lib/study/visibility.server";
import { studentCorpus, type StudyCorpus } from "@/lib/study/corpus.server";
import { fail, ok, type Result } from "@/lib/result";
import { countReviews } from "@/lib/study/standing.server";
import { reviewTime, type SyncedReview, type SyncOutcome } from "./offline";

type CardRow = NonNullable<Awaited<ReturnType<ReturnType<typeof db>["card"]["findFirst"]>>>;

export function toFsrsCard(row: CardRow): Card {
  return {
    due: row.due,
    stability: row.stability,
    difficulty: row.difficulty,
    elapsed_days: row.elapsedDays,
    scheduled_days: row.scheduledDays,
    learning_steps: row.learningSteps,
    reps: row.reps,
    lapses: row.lapses,
    state: row.state as State,
    last_review: row.lastReview ?? undefined,
  };
}

function cardColumns(card: Card) {
  return {
    due: card.due,
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    lastReview: card.last_review ?? null,
  };
}

function logColumns(log: ReviewLog, before: Card) {
  return {
    rating: log.rating,
    state: log.state,
    due: log.due,
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review,
    previousDue: before.due,
    previousLastReview: before.last_review ?? null,
  };
}

/** `applied` is false for a review sent before (the same id) or one the grade rule declined. */
export type ReviewResult = Result<{ applied: boolean }>;

/**
 * Under load a review waits for a connection (PostgreSQL's pool, SQLite's one connection) longer
 * than Prisma's 2 s default, which answered a 500 (P2028) instead of waiting its turn.
 */
const reviewTransaction = { maxWait: 15_000, timeout: 20_000 };

type GradeRule = Grade | ((card: Card | null) => Grade | null);

/** One review waiting to be applied: its id (which makes it idempotent), its grade or grade rule, and when it happened. */
interface PendingReview {
  reviewId: string;
  grade: GradeRule;
  at: Date;
}

/**
 * Applies one review to a student's card for a fact (creating the card if it has none), and logs
 * it. Idempotent: the log id is the review's id, so the same review sent twice changes the card once.
 * `grade` may be a rule that decides from the card as it is (null: no review), read once, in the
 * same transaction as the write.
 */
export async function applyReview(input: {
  userId: string;
  factId: string;
  reviewId: string;
  grade: GradeRule;
  now: Date;
  source: "flashcard" | "quiz";
}): Promise<ReviewResult> {
  // A flashcard rating names any fact id: it must be one the student may study (their scope).
  if (!(await studentCorpus(input.userId)).facts.has(input.factId))
    return fail("not-found", "That card is no longer in the reading list.");
  const applied = await applyCardReviews(
    input.userId,
    input.source,
    new Map([[input.factId, [{ reviewId: input.reviewId, grade: input.grade, at: input.now }]]]),
  );
  return ok({ applied: applied === 1 });
}

/** The id a student's flashcard review is logged under: the device's id, kept apart per student. */
export const flashcardLogId = (userId: string, reviewId: string) => `card:${userId}:${reviewId}`;

/**
 * Applies a student's flashcard reviews sent from a device (decision 0017), each at the time it
 * was made, in time order per card: one sent late from a device that was offline takes its place
 * in the card's history, which is replayed. Reviews sent before (their id is logged) change
 * nothing; reviews of cards no longer in the student's reading list are reported, not applied.
 */
export async function syncFlashcardReviews(
  userId: string,
  reviews: readonly SyncedReview[],
  now: Date,
  sentAt: string = now.toISOString(),
): Promise<SyncOutcome> {
  const corpus = await studentCorpus(userId);
  // One review per id: a device that queued the same rating twice sends it once.
  reviews = [...new Map(reviews.map((r) => [r.reviewId, r])).values()];
  const gone = reviews.filter((r) => !corpus.facts.has(r.factId)).map((r) => r.reviewId);
  // Each kept review under its log id (one per student), at its corrected time, in time order.
  const pending = reviews
    .filter((r) => corpus.facts.has(r.factId))
    .map((r) => ({
      deviceId: r.reviewId,
      factId: r.factId,
      reviewId: flashcardLogId(userId, r.reviewId),
      grade: r.grade as Grade,
      at: reviewTime(r.reviewedAt, now, sentAt),
    }))
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  const before = new Set(
    (
      await db().reviewLog.findMany({
        where: { id: { in: pending.map((r) => r.reviewId) } },
        select: { id: true },
      })
    ).map((r) => r.id),
  );
  const byFact = new Map<string, PendingReview[]>();
  for (const { factId, reviewId, grade, at } of pending) {
    const ofFact = byFact.get(factId);
    if (ofFact) ofFact.push({ reviewId, grade, at });
    else byFact.set(factId, [{ reviewId, grade, at }]);
  }
  await applyCardReviews(userId, "flashcard", byFact);
  return {
    storedAt: new Date().toISOString(),
    applied: pending.filter((r) => !before.has(r.reviewId)).map((r) => r.deviceId),
    repeated: pending.filter((r) => before.has(r.reviewId)).map((r) => r.deviceId),
    gone,
  };
}

/**
 * Applies reviews to a student's cards, each card's reviews in the order given, in one
 * transaction: one read of the cards, one write per card, the new log rows in one statement and
 * their activity counts. Reviews whose id is logged already are skipped. Returns how many were applied.
 */
async function applyCardReviews(
  userId: string,
  source: "flashcard" | "quiz",
  byFact: ReadonlyMap<string, readonly PendingReview[]>,
): Promise<number> {
  if (!byFact.size) return 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await applyCardReviewsOnce(userId, source, byFact);
    } catch (error) {
      // Another first review of a card created it meanwhile, or the same review raced this one
      // in: go again, from what the other wrote (its logged ids are skipped then).
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

async function applyCardReviewsOnce(
  userId: string,
  source: "flashcard" | "quiz",
  byFact: ReadonlyMap<string, readonly PendingReview[]>,
): Promise<number> {
  const factIds = [...byFact.keys()].sort();
  return db().$transaction(async (tx) => {
    // Lock the cards before reading them (row locks on PostgreSQL, the write lock on SQLite): a
    // concurrent review of one of them waits here, then reads what this one wrote, instead of
    // both starting from the same state and the last write erasing the other's. A raw no-op
    // update takes the locks without touching updatedAt (a skipped review changes nothing).
    const lock = () =>
      tx.$executeRaw`UPDATE "Card" SET "reps" = "reps" WHERE "userId" = ${userId} AND "factId" IN (${Prisma.join(factIds)})`;
    const read = () => tx.card.findMany({ where: { userId, factId: { in: factIds } } });
    const locked = await lock();
    let rows = await read();
    // Another first review created a card between the two statements: lock it too, read again.
    if (rows.length > locked) {
      await lock();
      rows = await read();
    }
    const reviewIds = [...byFact.values()].flatMap((reviews) => reviews.map((r) => r.reviewId));
    const logged = new Set(
      (await tx.reviewLog.findMany({ where: { id: { in: reviewIds } }, select: { id: true } })).map((r) => r.id),
    );
    const stored = new Map(rows.map((row) => [row.factId, row]));
    const fresh: Prisma.ReviewLogCreateManyInput[] = [];
    const created: Prisma.CardCreateManyInput[] = [];
    for (const factId of factIds) {
      const row = stored.get(factId);
      const pending = byFact.get(factId)!.filter((review) => !logged.has(review.reviewId));
      if (!pending.length) continue;
      // A review older than the card's last one (sent late from a device that was offline) is
      // put in its place: the card's whole history is replayed in time order.
      const lastReview = row?.lastReview?.getTime();
      const replay = row && lastReview !== undefined && pending.some((review) => review.at.getTime() < lastReview);
      const history: HistoryReview[] = replay
        ? (
            await tx.reviewLog.findMany({
              where: { cardId: row.id },
              select: { id: true, rating: true, review: true, source: true, createdAt: true },
            })
          ).map((log) => ({
            reviewId: log.id,
            grade: log.rating as Grade,
            at: log.review,
            source: log.source,
            createdAt: log.createdAt,
          }))
        : [];
      const newOnes: HistoryReview[] = pending.map((review) => ({ ...review, source, createdAt: null }));
      const inOrder = replay
        ? [...history, ...newOnes].sort(
            (a, b) =>
              a.at.getTime() - b.at.getTime() ||
              (a.createdAt?.getTime() ?? Infinity) - (b.createdAt?.getTime() ?? Infinity),
          )
        : newOnes;
      let current = row && !replay ? toFsrsCard(row) : null;
      type LogRow = ReturnType<typeof logColumns> & { id: string; source: string; createdAt?: Date };
      const added: LogRow[] = [];
      const replayed: LogRow[] = [];
      for (const review of inOrder) {
        const grade = typeof review.grade === "function" ? review.grade(current) : review.grade;
        if (grade === null) continue;
        const before = current ?? newCard(review.at);
        const { card, log } = reviewCard(before, grade, review.at);
        const logRow = { id: review.reviewId, ...logColumns(log, before), source: review.source };
        if (review.createdAt) replayed.push({ ...logRow, createdAt: review.createdAt });
        else added.push(logRow);
        current = card;
      }
      if (!added.length || !current) continue;
      // A create races only another first review, whose card wins the unique key (the caller retries).
      const cardId = row?.id ?? randomUUID().replaceAll("-", "");
      if (row) await tx.card.update({ where: { id: row.id }, data: cardColumns(current) });
      else created.push({ id: cardId, userId, factId, ...cardColumns(current) });
      if (replay) {
        // The replayed reviews keep their ids, sources and times; what they changed is written anew.
        await tx.reviewLog.deleteMany({ where: { cardId } });
        await tx.reviewLog.createMany({ data: replayed.map((log) => ({ ...log, cardId, userId })) });
      }
      fresh.push(...added.map((log) => ({ ...log, cardId, userId })));
    }
    if (!fresh.length) return 0;
    if (created.length) await tx.card.createMany({ data: created });
    await tx.reviewLog.createMany({ data: fresh });
    await countReviews(tx, userId, fresh as { review: Date; rating: number }[]);
    return fresh.length;
  }, reviewTransaction);
}

/** A review in a card's history: one stored (with its source and when it was logged) or one being applied (`createdAt` null). */
interface HistoryReview {
  reviewId: string;
  grade: GradeRule;
  at: Date;
  source: string;
  createdAt: Date | null;
}

/** The fact whose card the undo restored, to show it again. */
export type UndoResult = Result<{ factId: string }>;
const nothingToUndo = () => fail("not-found", "There is no review to undo.");

/** Reverts the student's latest flashcard review exactly (ts-fsrs rollback) and deletes its log row. */
export async function undoLastReview(userId: string): Promise<UndoResult> {
  return db().$transaction(async (tx) => {
    const latest = await tx.reviewLog.findFirst({
      where: { userId, source: "flashcard" },
      orderBy: [{ review: "desc" }, { createdAt: "desc" }],
      select: { id: true, cardId: true },
    });
    if (!latest) return nothingToUndo();
    // Lock the card as a review does, then read the log and card as they are now.
    await tx.card.updateMany({ where: { id: latest.cardId }, data: { reps: { increment: 0 } } });
    const last = await tx.reviewLog.findUnique({ where: { id: latest.id }, include: { card: true } });
    if (!last) return nothingToUndo();
    const newer = await tx.reviewLog.count({ where: { cardId: last.cardId, review: { gt: last.review } } });
    if (newer)
      return fail("conflict", "This card has been reviewed since (in a quiz); that review cannot be undone here.");
    const log: ReviewLog = {
      rating: last.rating,
      state: last.state,
      due: last.due,
      stability: last.stability,
      difficulty: last.difficulty,
      elapsed_days: last.elapsedDays,
      last_elapsed_days: last.lastElapsedDays,
      scheduled_days: last.scheduledDays,
      learning_steps: last.learningSteps,
      review: last.review,
    };
    const previous = undoReview(toFsrsCard(last.card), log, {
      due: last.previousDue,
      last_review: last.previousLastReview ?? undefined,
    });
    await tx.reviewLog.delete({ where: { id: last.id } });
    await countReviews(tx, userId, [last], -1);
    if (previous.state === State.New && previous.reps === 0) await tx.card.delete({ where: { id: last.cardId } });
    else await tx.card.update({ where: { id: last.cardId }, data: cardColumns(previous) });
    return ok({ factId: last.card.factId });
  }, reviewTransaction);
}

/**
 * Feeds quiz answers given since the last call to the scheduler, in the order they were given
 * (decision 0008). Runs after each answer's response has gone (`feedAfterResponse`), so the
 * answer path stays lean and the flashcard pages only read; the log id `quiz:<attempt>` makes a
 * second, concurrent run harmless.
 */
export async function feedQuizAnswers(userId: string, now: Date): Promise<number> {
  const user = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { timeZone: true, quizReviewedThrough: true },
  });
  // Every new answer in one query; an answer the student may not see yet never feeds the cards
  // (a miss would show up as Again).
  const attempts = await db().attempt.findMany({
    where: {
      userId,
      createdAt: { gt: user.quizReviewedThrough ?? new Date(0), lte: now },
      fact: { retiredAt: null },
      ...feedableAttemptWhere(),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, factId: true, correct: true, createdAt: true },
  });
  // Per card, its answers in the order given; every card in one transaction (decision 0014).
  const byFact = new Map<string, PendingReview[]>();
  for (const attempt of attempts) {
    const reviews = byFact.get(attempt.factId) ?? [];
    reviews.push({
      reviewId: `quiz:${attempt.id}`,
      grade: (card) => quizReviewGrade(attempt.correct, card, attempt.createdAt, user.timeZone),
      at: attempt.createdAt,
    });
    byFact.set(attempt.factId, reviews);
  }
  const fed = await applyCardReviews(userId, "quiz", byFact);
  if (attempts.length)
    await db().user.update({ where: { id: userId }, data: { quizReviewedThrough: attempts.at(-1)!.createdAt } });
  return fed;
}

const LEARN_AHEAD_MS = 20 * 60_000;
const DAY_MS = 24 * 3600_000;

export interface QueueCard {
  factId: string;
  card: Card;
  isNew: boolean;
}

export interface Queue {
  /** Due (learning first, then review by due date), then new cards up to today's allowance. */
  cards: QueueCard[];
  /** New cards left today, learning cards coming back today, review cards due today. */
  counts: { new: number; learning: number; due: number };
  /** When the next card not yet due becomes due, if any. */
  nextDue: Date | null;
  /** Cards not in `cards` that fall due in the next 24 hours, soonest first: a device keeps them for offline study. */
  upcoming: QueueCard[];
  dailyNewCards: number;
  newToday: number;
}

/**
 * The student's queue now, over the given facts (all current facts when none are given). A page
 * that has the student's corpus already passes it (`corpus`), saving its two queries.
 */
export async function flashcardQueue(
  userId: string,
  now: Date,
  factIds: readonly string[] | null,
  studied?: StudyCorpus,
): Promise<Queue> {
  const [user, corpus] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, dailyNewCards: true } }),
    studied ?? studentCorpus(userId),
  ]);
  // Only facts the student may study now: an article no longer shared drops out of the queue.
  const inScope = (factIds ?? [...corpus.facts.keys()]).filter((id) => corpus.facts.has(id));
  const facts = inScope
    .map((id) => corpus.facts.get(id)!)
    .sort((a, b) => a.articleSlug.localeCompare(b.articleSlug) || a.quoteStart - b.quoteStart);
  const inScopeSet = new Set(inScope);
  const [rows, newToday] = await Promise.all([
    // All the student's cards (one index range), narrowed here: a list of every fact id in the
    // query cost more than the rows it saved.
    db()
      .card.findMany({ where: { userId } })
      .then((cards) => cards.filter((c) => inScopeSet.has(c.factId))),
    db().card.count({ where: { userId, createdAt: { gte: startOfLocalDay(now, user.timeZone) } } }),
  ]);
  const started = new Set(rows.map((r) => r.factId));
  const cards = rows.map((r) => ({ factId: r.factId, card: toFsrsCard(r) }));
  const dayEnds = endOfLocalDay(now, user.timeZone);
  const due = (card: Card) => isDueBefore(card, now, dayEnds);
  const inLearning = cards.filter((c) => c.card.state === State.Learning || c.card.state === State.Relearning);
  const learningToday = inLearning.filter((c) => c.card.due.getTime() < dayEnds.getTime());
  const learning = inLearning.filter((c) => due(c.card));
  const review = cards.filter((c) => c.card.state === State.Review && due(c.card));
  const allowance = Math.max(0, user.dailyNewCards - newToday);
  const fresh = facts
    .filter((f) => !started.has(f.id))
    .slice(0, allowance)
    .map((f) => ({ factId: f.id, card: newCard(now), isNew: true }));
  const notDue = cards.filter((c) => !due(c.card)).map((c) => c.card.due.getTime());
  const byDue = (a: { card: Card }, b: { card: Card }) => a.card.due.getTime() - b.card.due.getTime();
  let queue = [...learning.sort(byDue), ...review.sort(byDue)].map((c) => ({ ...c, isNew: false })).concat(fresh);
  // With nothing else left, learning cards due within the next minutes are shown early (Anki's learn-ahead).
  if (!queue.length)
    queue = inLearning
      .filter((c) => c.card.due.getTime() <= now.getTime() + LEARN_AHEAD_MS)
      .sort(byDue)
      .map((c) => ({ ...c, isNew: false }));
  const queued = new Set(queue.map((c) => c.factId));
  const upcoming = cards
    .filter((c) => !queued.has(c.factId) && c.card.state !== State.New && c.card.due.getTime() < now.getTime() + DAY_MS)
    .sort(byDue)
    .map((c) => ({ ...c, isNew: false }));
  return {
    cards: queue,
    upcoming,
    counts: { new: fresh.length, learning: learningToday.length, due: review.length },
    nextDue: notDue.length ? new Date(Math.min(...notDue)) : null,
    dailyNewCards: user.dailyNewCards,
    newToday,
  };
}

export { previewDue };

/** Students whose answers are being fed in this process; `again` asks the running feed for one more pass. */
const feeding = new Map<string, { again: boolean }>();

/**
 * Feeds the student's quiz answers, one feed per student at a time in this process: a call while
 * one runs asks it for one more pass instead of starting a feed that would race it for the same
 * cards (the log ids keep a race harmless, not cheap). Never throws: what one feed could not do,
 * the next does (the watermark only moves past fed answers).
 */
export async function feedInTurn(userId: string): Promise<void> {
  const running = feeding.get(userId);
  if (running) {
    running.again = true;
    return;
  }
  const state = { again: true };
  feeding.set(userId, state);
  try {
    while (state.again) {
      state.again = false;
      await feedQuizAnswers(userId, new Date());
    }
  } catch (error) {
    console.error("feeding quiz answers to flashcards failed:", error);
  } finally {
    feeding.delete(userId);
  }
}

/** After an answer: feed the student's cards once the response has been sent. */
export function feedAfterResponse(userId: string): void {
  after(() => feedInTurn(userId));
}
