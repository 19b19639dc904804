import "server-only";
import { db, type Db, type DbWriter } from "@/lib/db";
import { dayOfNumber, offsetRuns, sumByLocalDay } from "@/lib/dates";
import { Prisma } from "@/lib/generated/sqlite/client";
import { visibleSessionWhere } from "./visibility.server";
import type { StudyCorpus } from "./corpus.server";
import { onCurrentVersions } from "./lineage.server";
import { latestAttempts, latestRecords } from "./latest-answers";
import {
  addAnswers,
  addToQuarters,
  deriveProgress,
  quarterList,
  sessionShown,
  standingsOf,
  type AnswerRecord,
  type DerivedProgress,
  type QuarterCounts,
  type Standing,
} from "./standing";

/**
 * A student's standings and activity, maintained in the transaction of every write they sum
 * (decision 0014). A session's answers count once the student may see them: `revealedAt` marks
 * a session whose answers are in the sums. Practice and "after each question" sessions count
 * from the start; "after the attempt" from its finish; the rest once the due date has passed,
 * which no write announces, so readers add the answers of sessions shown but not yet counted
 * (`shownButUncounted`) and `countShownSessions` counts them after the response.
 */

const answerColumns = { id: true, factId: true, correct: true, createdAt: true } as const;
const sessionRules = {
  id: true,
  finishedAt: true,
  assignment: { select: { answersVisible: true, dueAt: true } },
} as const;

/** A long rebuild or a fold waits its turn for the connection instead of failing after 2 s. */
export const progressTransaction = { maxWait: 15_000, timeout: 60_000 };

/**
 * Counts a new answer in its session and, when the session's answers are shown, in the
 * student's standing and activity. Call it in the transaction that inserted the answer. The
 * session row's update comes first and locks it, so an answer racing the session's reveal is
 * counted exactly once: by the reveal when it saw the answer, else here.
 */
export async function countAnswer(
  tx: DbWriter,
  answer: AnswerRecord & { userId: string; sessionId: string },
): Promise<void> {
  const rows = await tx.$queryRaw<{ revealedAt: unknown }[]>`
    UPDATE "QuizSession" SET "answeredCount" = "answeredCount" + 1, "correctCount" = "correctCount" + ${answer.correct ? 1 : 0}
    WHERE "id" = ${answer.sessionId} RETURNING "revealedAt"`;
  if (rows[0]?.revealedAt != null) await addAnswersToProgress(tx, answer.userId, [answer]);
}

/** Counts (or, with -1, takes back) flashcard reviews in the student's activity, in the review's transaction. */
export async function countReviews(
  tx: DbWriter,
  userId: string,
  reviews: readonly { review: Date; rating: number }[],
  sign: 1 | -1 = 1,
): Promise<void> {
  const quarters = new Map<number, QuarterCounts>();
  addToQuarters(quarters, [], reviews, sign);
  await addQuarterCounts(tx, userId, [...quarters.values()]);
}

/** The later answer wins "latest" (by time, then id): the rule of isLater in standing.ts. */
const later = Prisma.raw(
  `(excluded."lastAt" > "FactStanding"."lastAt" OR (excluded."lastAt" = "FactStanding"."lastAt" AND excluded."lastAttemptId" > "FactStanding"."lastAttemptId"))`,
);

/**
 * Standings first, then quarters, each in key order: every writer takes its row locks in the
 * same order, so two writers of one student wait for each other instead of deadlocking.
 */

async function addAnswersToProgress(tx: DbWriter, userId: string, answers: readonly AnswerRecord[]): Promise<void> {
  if (!answers.length) return;
  for (const s of standingsOf(answers).sort((a, b) => (a.factId < b.factId ? -1 : 1))) {
    await tx.$executeRaw`
      INSERT INTO "FactStanding" ("userId", "factId", "answered", "correct", "lastAttemptId", "lastCorrect", "lastAt")
      VALUES (${userId}, ${s.factId}, ${s.answered}, ${s.correct}, ${s.lastAttemptId}, ${s.lastCorrect}, ${s.lastAt})
      ON CONFLICT ("userId", "factId") DO UPDATE SET
        "answered" = "FactStanding"."answered" + excluded."answered",
        "correct" = "FactStanding"."correct" + excluded."correct",
        "lastAttemptId" = CASE WHEN ${later} THEN excluded."lastAttemptId" ELSE "FactStanding"."lastAttemptId" END,
        "lastCorrect" = CASE WHEN ${later} THEN excluded."lastCorrect" ELSE "FactStanding"."lastCorrect" END,
        "lastAt" = CASE WHEN ${later} THEN excluded."lastAt" ELSE "FactStanding"."lastAt" END`;
  }
  const quarters = new Map<number, QuarterCounts>();
  addToQuarters(quarters, answers);
  await addQuarterCounts(tx, userId, [...quarters.values()]);
}

async function addQuarterCounts(tx: DbWriter, userId: string, rows: readonly QuarterCounts[]): Promise<void> {
  const changed = rows.filter((q) => q.answered || q.correct || q.reviews || q.again);
  for (const q of changed.sort((a, b) => a.quarter - b.quarter)) {
    await tx.$executeRaw`
      INSERT INTO "StudyQuarter" ("userId", "quarter", "answered", "correct", "reviews", "again")
      VALUES (${userId}, ${q.quarter}, ${q.answered}, ${q.correct}, ${q.reviews}, ${q.again})
      ON CONFLICT ("userId", "quarter") DO UPDATE SET
        "answered" = "StudyQuarter"."answered" + excluded."answered",
        "correct" = "StudyQuarter"."correct" + excluded."correct",
        "reviews" = "StudyQuarter"."reviews" + excluded."reviews",
        "again" = "StudyQuarter"."again" + excluded."again"`;
  }
  // A taken-back review or a hidden answer can empty a quarter: an empty row is no row.
  if (changed.some((q) => q.answered < 0 || q.reviews < 0))
    await tx.studyQuarter.deleteMany({
      where: { userId, quarter: { in: changed.map((q) => q.quarter) }, answered: 0, reviews: 0 },
    });
}

/**
 * Counts a session's answers if the student may see them now and they are not counted yet.
 * The claim (`revealedAt` set where it was null) makes a second, concurrent call a no-op.
 */
export async function countSessionIfShown(tx: DbWriter, sessionId: string, now: Date): Promise<boolean> {
  // Write first (no-ops): the assignment's row lock, then the session's, on PostgreSQL (the write
  // lock on SQLite) before anything is read. A teacher moving the due date holds the assignment
  // first too, so the rules read here are the ones that commit (decision 0014, "Concurrency").
  await lockAssignmentOf(tx, sessionId);
  await tx.$executeRaw`UPDATE "QuizSession" SET "revealedAt" = "revealedAt" WHERE "id" = ${sessionId}`;
  const session = await tx.quizSession.findUnique({
    where: { id: sessionId },
    select: { ...sessionRules, userId: true, revealedAt: true },
  });
  if (!session || session.revealedAt || !sessionShown(session, now)) return false;
  const claimed = await tx.$executeRaw`
    UPDATE "QuizSession" SET "revealedAt" = ${now} WHERE "id" = ${sessionId} AND "revealedAt" IS NULL`;
  if (claimed !== 1) return false;
  const answers = await tx.attempt.findMany({ where: { sessionQuestion: { sessionId } }, select: answerColumns });
  await addAnswersToProgress(tx, session.userId, answers);
  return true;
}

/**
 * Takes the row lock of a session's assignment (none for practice). Writers that touch an
 * assignment's sessions lock the assignment first, then sessions: one order, no deadlock.
 */
export async function lockAssignmentOf(tx: DbWriter, sessionId: string): Promise<void> {
  await tx.$executeRaw`
    UPDATE "Assignment" SET "dueAt" = "dueAt"
    WHERE "id" = (SELECT "assignmentId" FROM "QuizSession" WHERE "id" = ${sessionId})`;
}

/** Sessions of the student whose answers are shown now but not yet counted (a due date passed). */
async function shownButUncountedSessions(reader: DbWriter, userId: string, now: Date): Promise<string[]> {
  const rows = await reader.quizSession.findMany({
    where: { userId, revealedAt: null, ...visibleSessionWhere(now) },
    select: { id: true },
  });
  return rows.map((r) => r.id);
}

/** Counts every session whose due date has shown its answers since; run it after a response. */
export async function countShownSessions(userId: string, now = new Date()): Promise<number> {
  let counted = 0;
  for (const sessionId of await shownButUncountedSessions(db(), userId, now)) {
    if (await db().$transaction((tx) => countSessionIfShown(tx, sessionId, now), progressTransaction)) counted++;
  }
  return counted;
}

/** The answers of sessions shown now but not counted yet: readers add them to what is stored. */
async function shownButUncounted(
  reader: DbWriter,
  userId: string,
  now: Date,
): Promise<{ sessions: string[]; answers: AnswerRecord[] }> {
  const sessions = await shownButUncountedSessions(reader, userId, now);
  if (!sessions.length) return { sessions, answers: [] };
  const answers = await reader.attempt.findMany({
    where: { sessionQuestion: { sessionId: { in: sessions } } },
    select: answerColumns,
  });
  return { sessions, answers };
}

/**
 * Reads stored sums together with the uncounted answers. When one of those sessions was counted
 * while the stored rows were read (an `after()` of the previous page), the stored rows may hold
 * its answers already: read again rather than count them twice.
 */
async function withUncounted<T>(
  reader: DbWriter,
  userId: string,
  now: Date,
  read: (uncounted: readonly AnswerRecord[]) => Promise<T>,
): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    const uncounted = await shownButUncounted(reader, userId, now);
    const result = await read(uncounted.answers);
    if (!uncounted.sessions.length || attempt >= 3) return result;
    const still = new Set(await shownButUncountedSessions(reader, userId, now));
    if (uncounted.sessions.every((id) => still.has(id))) return result;
  }
}

/** The student's standing on every fact they have answered, over the answers they may see now. */
export const studentStandings = (userId: string, now = new Date()) => readStandings(db(), userId, now);

async function readStandings(reader: DbWriter, userId: string, now: Date): Promise<Standing[]> {
  return withUncounted(reader, userId, now, (uncounted) => storedStandingsWith(reader, userId, uncounted));
}

async function storedStandingsWith(
  reader: DbWriter,
  userId: string,
  uncounted: readonly AnswerRecord[],
): Promise<Standing[]> {
  const rows = await reader.factStanding.findMany({
    where: { userId },
    select: { factId: true, answered: true, correct: true, lastAttemptId: true, lastCorrect: true, lastAt: true },
  });
  const standings = new Map(rows.map((row) => [row.factId, row]));
  addAnswers(standings, uncounted);
  return [...standings.values()];
}

/**
 * The student's latest answer to each fact of the corpus they study, over every version of a
 * teacher's fact (decision 0013): what mastery, review and "Retry missed" decide on.
 */
export async function latestAnswersInCorpus(standings: readonly Standing[], corpus: StudyCorpus) {
  return latestAttempts(await onCurrentVersions(latestRecords(standings), corpus));
}

/** Facts the student missed and has not answered right since, newest miss first. */
export async function missedNewestFirst(userId: string, corpus: StudyCorpus, now = new Date()) {
  const latest = await latestAnswersInCorpus(await studentStandings(userId, now), corpus);
  return [...latest.values()]
    .filter((a) => !a.correct && corpus.facts.has(a.factId))
    .sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime());
}

export interface DayCounts {
  /** YYYY-MM-DD in the reader's time zone. */
  day: string;
  answered: number;
  correct: number;
  reviews: number;
  again: number;
}

const dayKeys = ["answered", "correct", "reviews", "again"] as const;

/**
 * The student's answers (those they may see now) and flashcard reviews per local day in
 * `timeZone`, oldest first. The database sums the stored quarters per day under the zone's
 * offsets (`offsetRuns`: one run per daylight-saving period of the history), so a year of
 * quarters comes back as at most 366 rows.
 */
export async function studentDays(userId: string, timeZone: string, now = new Date()): Promise<DayCounts[]> {
  return withUncounted(db(), userId, now, (uncounted) => daysOf(userId, timeZone, uncounted));
}

/** Standings and days together, reading the answers shown but not yet counted once. */
export async function studentStandingsAndDays(
  userId: string,
  timeZone: string,
  now = new Date(),
): Promise<{ standings: Standing[]; days: DayCounts[] }> {
  return withUncounted(db(), userId, now, async (uncounted) => {
    const [standings, days] = await Promise.all([
      storedStandingsWith(db(), userId, uncounted),
      daysOf(userId, timeZone, uncounted),
    ]);
    return { standings, days };
  });
}

async function daysOf(userId: string, timeZone: string, uncounted: readonly AnswerRecord[]): Promise<DayCounts[]> {
  const days = new Map<string, DayCounts>();
  const add = (day: string, counts: Record<(typeof dayKeys)[number], number | bigint>) => {
    const sum = days.get(day) ?? { day, answered: 0, correct: 0, reviews: 0, again: 0 };
    for (const key of dayKeys) sum[key] += Number(counts[key]);
    days.set(day, sum);
  };
  const [range] = await db().$queryRaw<{ first: number | bigint | null; last: number | bigint | null }[]>`
    SELECT MIN("quarter") AS "first", MAX("quarter") AS "last" FROM "StudyQuarter" WHERE "userId" = ${userId}`;
  if (range?.first != null && range.last != null) {
    const runs = offsetRuns(Number(range.first), Number(range.last), timeZone);
    // Integers we computed, written into the statement: PostgreSQL types a CASE of bare parameters as text.
    const integer = (n: number) => Prisma.raw(String(Math.trunc(n)));
    const offset =
      runs.length === 1
        ? integer(runs[0]!.offset)
        : Prisma.sql`CASE ${Prisma.join(
            runs
              .slice(1)
              .reverse()
              .map((run) => Prisma.sql`WHEN "quarter" >= ${integer(run.from)} THEN ${integer(run.offset)}`),
            " ",
          )} ELSE ${integer(runs[0]!.offset)} END`;
    const rows = await db().$queryRaw<Record<"day" | (typeof dayKeys)[number], number | bigint>[]>`
      SELECT ("quarter" + ${offset}) / 96 AS "day", SUM("answered") AS "answered", SUM("correct") AS "correct",
        SUM("reviews") AS "reviews", SUM("again") AS "again"
      FROM "StudyQuarter" WHERE "userId" = ${userId} GROUP BY 1`;
    for (const row of rows) add(dayOfNumber(Number(row.day)), row);
  }
  // Answers not counted yet, by the same rule in JS.
  const extra = new Map<number, QuarterCounts>();
  addToQuarters(extra, uncounted);
  for (const day of sumByLocalDay([...extra.values()], dayKeys, timeZone)) add(day.day, day);
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** The student's answers (those they may see now) and flashcard reviews per quarter-hour, oldest first. */
export const studentQuarters = (userId: string, now = new Date()) => readQuarters(db(), userId, now);

async function readQuarters(reader: DbWriter, userId: string, now: Date): Promise<QuarterCounts[]> {
  return withUncounted(reader, userId, now, async (uncounted) => {
    const rows = await reader.studyQuarter.findMany({
      where: { userId },
      select: { quarter: true, answered: true, correct: true, reviews: true, again: true },
    });
    const quarters = new Map(rows.map((row) => [row.quarter, row]));
    addToQuarters(quarters, uncounted);
    return quarterList(quarters);
  });
}

/**
 * After an assignment's dates moved: sessions whose answers were counted but are hidden again
 * (the due date moved past now) leave the sums. Run in the transaction that moved the dates.
 */
export async function uncountHiddenSessions(tx: DbWriter, assignmentId: string, now: Date): Promise<number> {
  // The caller holds the assignment's row; its sessions next, before reading which are counted.
  await tx.$executeRaw`UPDATE "QuizSession" SET "revealedAt" = "revealedAt" WHERE "assignmentId" = ${assignmentId}`;
  const counted = await tx.quizSession.findMany({
    where: { assignmentId, revealedAt: { not: null } },
    select: { ...sessionRules, userId: true },
  });
  const hidden = counted.filter((s) => !sessionShown(s, now));
  if (!hidden.length) return 0;
  const ids = hidden.map((s) => s.id);
  await tx.quizSession.updateMany({ where: { id: { in: ids } }, data: { revealedAt: null } });
  const answers = await tx.attempt.findMany({
    where: { sessionQuestion: { sessionId: { in: ids } } },
    select: { ...answerColumns, userId: true },
  });
  for (const userId of [...new Set(answers.map((a) => a.userId))].sort()) {
    const theirs = answers.filter((a) => a.userId === userId);
    const facts = [...new Set(theirs.map((a) => a.factId))];
    // "Latest" cannot be subtracted: the standings of these facts are summed again from what stays
    // counted, their rows locked first so an answer to one of them elsewhere waits for this.
    await tx.$executeRaw`
      UPDATE "FactStanding" SET "answered" = "answered"
      WHERE "userId" = ${userId} AND "factId" IN (${Prisma.join(facts)})`;
    const remaining = await tx.attempt.findMany({
      where: { userId, factId: { in: facts }, sessionQuestion: { session: { revealedAt: { not: null } } } },
      select: answerColumns,
    });
    await tx.factStanding.deleteMany({ where: { userId, factId: { in: facts } } });
    await tx.factStanding.createMany({ data: standingsOf(remaining).map((s) => ({ userId, ...s })) });
    const quarters = new Map<number, QuarterCounts>();
    addToQuarters(quarters, theirs, [], -1);
    await addQuarterCounts(tx, userId, [...quarters.values()]);
  }
  return hidden.length;
}

/** What the sums should be, derived from the student's sessions, answers and review logs alone. */
export async function derivedProgressOf(reader: DbWriter, userId: string, now: Date): Promise<DerivedProgress> {
  const history = await historyOf(reader, userId);
  return deriveProgress(history.sessions, history.answers, history.reviews, now);
}

/** Everything a student's sums are made of: sessions with their rules, answers, review logs. */
async function historyOf(reader: DbWriter, userId: string) {
  const sessions = await reader.quizSession.findMany({ where: { userId }, select: sessionRules });
  const answers = await reader.attempt.findMany({ where: { userId }, select: { ...answerColumns, sessionId: true } });
  const reviews = await reader.reviewLog.findMany({ where: { userId }, select: { review: true, rating: true } });
  return { sessions, answers, reviews };
}

/** What the maintained sums give as of `now` (what the pages read), in the shape of `deriveProgress`, sorted alike. */
export async function maintainedProgressOf(reader: DbWriter, userId: string, now: Date): Promise<DerivedProgress> {
  const [sessions, uncounted, standings, quarters] = await Promise.all([
    reader.quizSession.findMany({
      where: { userId },
      select: { id: true, revealedAt: true, answeredCount: true, correctCount: true },
    }),
    shownButUncountedSessions(reader, userId, now),
    readStandings(reader, userId, now),
    readQuarters(reader, userId, now),
  ]);
  const shownLate = new Set(uncounted);
  return {
    sessions: sessions
      .map((s) => ({
        id: s.id,
        shown: s.revealedAt !== null || shownLate.has(s.id),
        answered: s.answeredCount,
        correct: s.correctCount,
      }))
      .sort((a, b) => a.id.localeCompare(b.id)),
    standings: standings.sort((a, b) => a.factId.localeCompare(b.factId)),
    quarters,
  };
}

/**
 * Writes a student's sums again from their sessions, answers and review logs, in one
 * transaction that first locks the student's sessions and cards (an answer or review of those
 * arriving meanwhile waits, then adds itself on top). A write the locks cannot hold back (a new
 * quiz's first answer, a card's first review) changes how many answers, sessions or logs there
 * are: the counts are compared after the commit and the student is rebuilt again if they moved.
 * Returns how many rows it wrote.
 */
export async function rebuildStudentProgress(
  database: Db,
  userId: string,
  now = new Date(),
): Promise<{ sessions: number; standings: number; quarters: number }> {
  const countsNow = () =>
    Promise.all([
      database.attempt.count({ where: { userId } }),
      database.quizSession.count({ where: { userId } }),
      database.reviewLog.count({ where: { userId } }),
    ]);
  for (let pass = 1; ; pass++) {
    const { written, seen } = await database.$transaction(async (tx) => {
      await tx.quizSession.updateMany({ where: { userId }, data: { answeredCount: { increment: 0 } } });
      await tx.card.updateMany({ where: { userId }, data: { reps: { increment: 0 } } });
      const history = await historyOf(tx, userId);
      const seen = [history.answers.length, history.sessions.length, history.reviews.length];
      return { written: await writeHistory(tx, userId, history, now), seen };
    }, progressTransaction);
    const counts = await countsNow();
    if (pass >= 3 || counts.every((count, i) => count === seen[i])) return written;
  }
}

/**
 * A student's sums written again from their history inside the caller's transaction, which has
 * locked the student's sessions first (a regrade: lib/assignments/regrade.server.ts).
 */
export async function rewriteStudentProgressIn(tx: DbWriter, userId: string, now: Date) {
  return writeHistory(tx, userId, await historyOf(tx, userId), now);
}

function writeHistory(tx: DbWriter, userId: string, history: Awaited<ReturnType<typeof historyOf>>, now: Date) {
  return writeDerived(tx, userId, deriveProgress(history.sessions, history.answers, history.reviews, now), now);
}

/** Writes derived sums over a student's stored ones (sessions only where they differ). */
async function writeDerived(tx: DbWriter, userId: string, derived: DerivedProgress, now: Date) {
  const stored = new Map(
    (
      await tx.quizSession.findMany({
        where: { userId },
        select: { id: true, revealedAt: true, answeredCount: true, correctCount: true },
      })
    ).map((s) => [s.id, s]),
  );
  let sessions = 0;
  for (const session of derived.sessions) {
    const was = stored.get(session.id)!;
    if (
      (was.revealedAt !== null) === session.shown &&
      was.answeredCount === session.answered &&
      was.correctCount === session.correct
    )
      continue;
    await tx.quizSession.update({
      where: { id: session.id },
      data: {
        revealedAt: session.shown ? (was.revealedAt ?? now) : null,
        answeredCount: session.answered,
        correctCount: session.correct,
      },
    });
    sessions++;
  }
  await tx.factStanding.deleteMany({ where: { userId } });
  await tx.studyQuarter.deleteMany({ where: { userId } });
  await tx.factStanding.createMany({ data: derived.standings.map((s) => ({ userId, ...s })) });
  await tx.studyQuarter.createMany({ data: derived.quarters.map((q) => ({ userId, ...q })) });
  return { sessions, standings: derived.standings.length, quarters: derived.quarters.length };
}

/** Every student's sums written again; `onStudent` hears of each. Returns how many students. */
export async function rebuildAllProgress(
  database: Db,
  onStudent?: (userId: string, written: Awaited<ReturnType<typeof rebuildStudentProgress>>) => void,
): Promise<number> {
  const students = await database.user.findMany({ where: { role: "student" }, select: { id: true } });
  for (const { id } of students) {
    const written = await rebuildStudentProgress(database, id);
    onStudent?.(id, written);
  }
  return students.length;
}

/** Bumped when what the sums hold changes: `npm start` then writes them again once. */
const DERIVED_PROGRESS = { key: "derived-progress-version", version: "1" };

/**
 * On start: a database whose sums were never written for this version (one from before they
 * existed, or after a change to what they hold) gets them rebuilt once. Returns how many
 * students were rebuilt, or null when nothing was needed.
 */
export async function ensureDerivedProgress(database: Db): Promise<number | null> {
  const { key, version } = DERIVED_PROGRESS;
  const row = await database.appSetting.findUnique({ where: { key } });
  if (row?.value === version) return null;
  const students = await rebuildAllProgress(database);
  await database.appSetting.upsert({ where: { key }, create: { key, value: version }, update: { value: version } });
  return students;
}
