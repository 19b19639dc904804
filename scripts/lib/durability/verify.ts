import { isDeepStrictEqual } from "node:util";
/** What the database holds after the run, compared with what the students sent and were told. */
import type { BenchServer } from "../bench-server";
import type { Student, StudentLoad, Submission } from "./load";

type Db = ReturnType<BenchServer["db"]>;

export type SubmissionCheck = Awaited<ReturnType<typeof checkSubmissions>>;
export type SessionCheck = Awaited<ReturnType<typeof checkSessions>>;
export type CardCheck = Awaited<ReturnType<typeof checkCards>>;

const reviewLogId = (s: Submission) => `card:${s.student.userId}:${s.key}`;

/**
 * Every submission sent against the Attempt and ReviewLog rows: stored as sent, once, and nothing
 * else. A quiz answer also feeds the flashcards (review log `quiz:<attempt id>`, decision 0008):
 * expected, as long as its attempt is stored.
 */
export async function checkSubmissions(db: Db, load: StudentLoad) {
  const stored = await readStored(
    db,
    load.students.map((s) => s.userId),
  );
  const sentAtAll = load.submissions.filter((s) => s.sends > 0);
  const answers = sentAtAll.filter((s) => s.kind === "answer");
  const reviews = sentAtAll.filter((s) => s.kind === "review");
  const acknowledged = sentAtAll.filter((s) => s.acked);
  const sentQuestions = new Set(answers.map((s) => s.key));
  const sentReviewIds = new Set(reviews.map(reviewLogId));
  const storedAttemptIds = new Set(stored.attempts.map((a) => a.id));
  const expectedLog = (log: { id: string; source: string }) =>
    log.source === "quiz" ? storedAttemptIds.has(log.id.replace(/^quiz:/, "")) : sentReviewIds.has(log.id);
  return {
    sentAtAll,
    answers,
    reviews,
    acknowledged,
    lost: acknowledged.filter((s) => !stored.asSent(s)),
    stored: sentAtAll.filter((s) => stored.at(s) !== undefined),
    duplicates: stored.duplicates,
    unexpected:
      stored.attempts.filter((a) => !sentQuestions.has(a.sessionQuestionId)).length +
      stored.logs.filter((l) => !expectedLog(l)).length,
    ...cutOffByKills(load, stored.at),
  };
}

async function readStored(db: Db, userIds: string[]) {
  const [attempts, logs, attemptGroups, logGroups] = await Promise.all([
    db.attempt.findMany({
      where: { userId: { in: userIds } },
      select: { id: true, sessionQuestionId: true, response: true, createdAt: true },
    }),
    db.reviewLog.findMany({
      where: { userId: { in: userIds } },
      select: { id: true, rating: true, source: true, createdAt: true, card: { select: { factId: true } } },
    }),
    db.attempt.groupBy({
      by: ["sessionQuestionId"],
      where: { userId: { in: userIds } },
      _count: { _all: true },
      having: { sessionQuestionId: { _count: { gt: 1 } } },
    }),
    db.reviewLog.groupBy({
      by: ["id"],
      where: { userId: { in: userIds } },
      _count: { _all: true },
      having: { id: { _count: { gt: 1 } } },
    }),
  ]);
  const attemptByQuestion = new Map(attempts.map((a) => [a.sessionQuestionId, a]));
  const logById = new Map(logs.map((l) => [l.id, l]));
  return {
    attempts,
    logs,
    duplicates: attemptGroups.length + logGroups.length,
    /** When the submission was stored, or undefined when it was not. */
    at: (s: Submission): Date | undefined =>
      s.kind === "answer" ? attemptByQuestion.get(s.key)?.createdAt : logById.get(reviewLogId(s))?.createdAt,
    asSent: (s: Submission): boolean => {
      if (s.kind === "answer") return attemptByQuestion.get(s.key)?.response === s.response;
      const log = logById.get(reviewLogId(s));
      return log !== undefined && log.rating === s.grade && log.card.factId === s.factId;
    },
  };
}

/** Requests the kill cut off: did the killed server commit them (the retry then found them stored)? */
function cutOffByKills(load: StudentLoad, storedAt: (s: Submission) => Date | undefined) {
  const cutOff = load.outages.flatMap((o) =>
    load.sent
      .filter((s) => s.result === "connection" && s.sentAt < o.from && s.doneAt >= o.from)
      .map((s) => ({ submission: s.submission, acceptedWall: o.acceptedWall })),
  );
  const committed = cutOff.filter(
    (c) => (storedAt(c.submission)?.getTime() ?? Number.POSITIVE_INFINITY) < c.acceptedWall,
  );
  return { cutOffByKill: cutOff.length, committedByKilledServer: committed.length };
}

/** Every quiz session agrees with its answers: its questionCount, and finishedAt set exactly when all are answered. */
export async function checkSessions(server: BenchServer, students: Student[]) {
  const db = server.db();
  const userIds = students.map((s) => s.userId);
  const loadSessions = () =>
    db.quizSession.findMany({
      where: { userId: { in: userIds } },
      select: {
        id: true,
        userId: true,
        questionCount: true,
        finishedAt: true,
        questions: { select: { id: true, attempt: { select: { sessionId: true, userId: true } } } },
      },
    });
  type Session = Awaited<ReturnType<typeof loadSessions>>[number];
  const answeredOf = (s: Session) => s.questions.filter((q) => q.attempt).length;
  let sessions = await loadSessions();
  // A session a crash left complete but unfinished is finished when its quiz is opened.
  const unfinished = sessions.filter(
    (s) => !s.finishedAt && s.questions.length > 0 && answeredOf(s) === s.questions.length,
  );
  for (const session of unfinished) {
    const cookie = students.find((s) => s.userId === session.userId)!.cookie;
    const response = await fetch(`${server.base}/study/${session.id}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
  }
  // The page marks them finished after its response (after()): give that a moment to land.
  for (let waited = 0; unfinished.length && waited < 10_000; waited += 250) {
    sessions = await loadSessions();
    const open = new Set(unfinished.map((s) => s.id));
    if (sessions.every((s) => !open.has(s.id) || s.finishedAt)) break;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const mismatched = sessions.filter((s) => {
    const answered = answeredOf(s);
    const copiesAgree = s.questions.every(
      (q) => !q.attempt || (q.attempt.sessionId === s.id && q.attempt.userId === s.userId),
    );
    return (
      s.questionCount !== s.questions.length ||
      !copiesAgree ||
      (s.finishedAt !== null) !== (answered === s.questions.length)
    );
  });
  return {
    sessions,
    mismatched,
    repaired: unfinished.length,
    finished: sessions.filter((s) => s.finishedAt).length,
    partAnswered: sessions.filter((s) => !s.finishedAt && answeredOf(s) > 0).length,
    answeredOf,
  };
}

/** ts-fsrs adds one rep per review and an undo deletes the log row, so a card's reps equal its ReviewLog rows. */
export async function checkCards(db: Db, students: Student[]) {
  const cards = await db.card.findMany({
    where: { userId: { in: students.map((s) => s.userId) } },
    select: { id: true, reps: true, _count: { select: { reviews: true } } },
  });
  return { cards, mismatched: cards.filter((c) => c.reps !== c._count.reviews) };
}

/**
 * The progress sums maintained with each write (decision 0014) equal the sums derived from the
 * stored answers and review logs, for every student, after the crashes: nothing counted twice
 * or lost with a killed transaction.
 */
export async function checkProgressSums(db: Db, students: Student[]) {
  const { derivedProgressOf, maintainedProgressOf } = await import("../../../lib/study/standing.server");
  const now = new Date();
  const mismatched: string[] = [];
  for (const { userId } of students) {
    const [maintained, derived] = await Promise.all([
      maintainedProgressOf(db, userId, now),
      derivedProgressOf(db, userId, now),
    ]);
    if (!isDeepStrictEqual(maintained, derived)) mismatched.push(userId);
  }
  return { students: students.length, mismatched };
}
