import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Citation } from "@/lib/facts/citation";
import { gradeItem, type Grade } from "@/lib/grading/grade";
import { isTeacherMark, type TeacherMark } from "@/lib/grading/teacher-marks";
import { normalizeText } from "@/lib/text/normalize";
import { quizItemSchema, type QuizItem } from "@/lib/quiz/items";
import { parseJsonColumn } from "@/lib/db/json-column";
import { toItemResponse, type Feedback, type SubmitAnswer } from "./answers";
import { citationsFor, studentCorpus, studyCorpus, type Cite } from "./corpus.server";
import { libraryScope, teacherScope } from "@/lib/articles/scope.server";
import { libraryPart, ownerPart, type PartKey } from "@/lib/articles/versions.server";
import { Prisma } from "@/lib/generated/sqlite/client";
import { formatInZone } from "@/lib/dates";
import { fail, ok, type Result } from "@/lib/result";
import { factsInScope, MAX_QUESTIONS, pickQuestions, studyItemTypes, type Selection } from "./selection";
import {
  type AnswerResponse,
  answerResponseSchema,
  describeResponse,
  questionView,
  type QuestionView,
  rightAnswer,
} from "@/lib/quiz/view";
import {
  countAnswer,
  countSessionIfShown,
  lockAssignmentOf,
  missedNewestFirst,
  progressTransaction,
} from "./standing.server";
import {
  answerPolicyOf,
  answersHiddenUntil,
  answersShown,
  type AssignmentRules,
  type HiddenUntil,
  rulesOf,
  submissionWindow,
  type SubmissionWindow,
} from "@/lib/study/attempt-rules";

const verdictSchema = z.enum(["correct", "close", "incorrect"]);

export type SessionKind = "practice" | "retry-missed" | "assignment";

/** A question's item as it was stored when the quiz started. */
export const storedItem = (json: string): QuizItem => parseJsonColumn(quizItemSchema, json, "quiz item");
/** A stored answer as the student sent it. */
export const storedResponse = (json: string): AnswerResponse => parseJsonColumn(answerResponseSchema, json, "answer");

/** The quiz session started (or, for an assignment, continued). */
export type StartResult = Result<{ sessionId: string }>;

/** Fixes a quiz's questions on the server and stores them: a resume shows the same quiz. */
export async function storeSession(
  userId: string,
  kind: SessionKind,
  title: string,
  selection: Selection | { deckId: string },
  items: QuizItem[],
  assignment?: { assignmentId: string; assignmentAttempt: number; answersVisible: string },
): Promise<string> {
  const { answersVisible, ...attemptOf } = assignment ?? {};
  const session = await db().quizSession.create({
    data: {
      userId,
      kind,
      title,
      selection: JSON.stringify(selection),
      questionCount: items.length,
      ...attemptOf,
      // Answers shown from the start count in the student's progress as they come (decision 0014).
      revealedAt: !assignment || answersVisible === "after-question" ? new Date() : null,
      questions: {
        create: items.map((item, position) => ({
          position,
          itemId: item.id,
          factId: item.factId,
          itemType: item.type,
          item: JSON.stringify(item),
        })),
      },
    },
    select: { id: true },
  });
  return session.id;
}

export async function startPracticeSession(userId: string, selection: Selection, title: string): Promise<StartResult> {
  const corpus = await studentCorpus(userId);
  const inScope = factsInScope([...corpus.facts.values()], selection).map((f) => f.id);
  const items = pickQuestions(corpus.items, inScope, selection.types, selection.count, Math.random);
  if (!items.length) return fail("not-found", "No questions match that choice. Choose more articles or topics.");
  return ok({ sessionId: await storeSession(userId, "practice", title, selection, items) });
}

/** A session of exactly the facts the student has missed and not answered correctly since. */
export async function startRetryMissedSession(userId: string, now = new Date()): Promise<StartResult> {
  const corpus = await studentCorpus(userId);
  const missed = (await missedNewestFirst(userId, corpus, now)).map((m) => m.factId);
  if (!missed.length) return fail("not-found", "Nothing to retry: you have answered every question you missed.");
  const selection: Selection = {
    articles: [],
    topics: [],
    types: [...studyItemTypes],
    count: Math.min(missed.length, MAX_QUESTIONS),
  };
  const items = pickQuestions(corpus.items, missed, selection.types, selection.count, Math.random);
  return ok({ sessionId: await storeSession(userId, "retry-missed", "Retry missed questions", selection, items) });
}

export interface SessionView {
  id: string;
  title: string;
  total: number;
  answered: number;
  finished: boolean;
  /** The first unanswered question, or null when all are answered or the assignment is closed. */
  current: QuestionView | null;
  /** For an attempt at an assignment: its due date and whether it still takes answers. */
  assignment: { dueAt: Date; window: SubmissionWindow } | null;
  /** Every question is answered but the session is not marked finished (answers that raced): finish it after the page. */
  finishPending: boolean;
}

/** A student's own session, or null (someone else's session does not exist for them). */
export async function sessionForStudent(
  userId: string,
  sessionId: string,
  now = new Date(),
): Promise<SessionView | null> {
  const session = await db().quizSession.findFirst({
    where: { id: sessionId, userId },
    include: {
      questions: {
        orderBy: { position: "asc" },
        select: { id: true, position: true, item: true, attempt: { select: { id: true } } },
      },
      assignment: { select: sessionWithAnswers.assignment.select },
    },
  });
  if (!session) return null;
  const total = session.questions.length;
  const next = session.questions.find((q) => !q.attempt);
  const window = session.assignment ? submissionWindow(rulesOf(session.assignment), now) : null;
  return {
    id: session.id,
    title: session.title,
    total,
    answered: total - session.questions.filter((q) => !q.attempt).length,
    finished: !next,
    current:
      next && window !== "closed" ? questionView(storedItem(next.item), next.id, next.position + 1, total) : null,
    assignment: session.assignment && window ? { dueAt: session.assignment.dueAt, window } : null,
    finishPending: !next && !session.finishedAt,
  };
}

export type SubmitResult = Result<Feedback>;

/**
 * Grades an answer on the server and stores one attempt per question. Idempotent: the same answer
 * sent again (a retry, a double click) returns the stored verdict; a different second answer is refused.
 * An assignment's rules apply: no answers after its due date unless late work is allowed, and
 * the verdict and source only when its answer policy shows them.
 */
/**
 * `sessionId`: the caller has only the cookie's claims (the answer route), so the question's query
 * also checks that this browser's session is still active; pages and actions checked it already.
 */
export async function submitAnswer(
  userId: string,
  input: SubmitAnswer,
  now = new Date(),
  sessionId?: string,
): Promise<SubmitResult> {
  const question = await studentQuestion(userId, input.questionId, sessionId);
  if (!question) return fail("not-found", "That question is not part of any of your quizzes.");
  const { rules } = question;
  if (rules && submissionWindow(rules, now) === "closed") {
    return fail(
      "forbidden",
      "The due date of this assignment has passed, so answers are no longer accepted. Your earlier answers are saved.",
    );
  }
  const item = storedItem(question.item);
  const itemResponse = toItemResponse(item, input.response);
  if (!itemResponse) return fail("invalid", "That kind of answer does not fit this question.");
  const responseJson = JSON.stringify(input.response);

  // Graded whether or not it is stored yet: a replayed submission gets the same explanation. The
  // corpus is the fact's own part (and the library), at the versions the question's query read.
  const corpus = await studyCorpus(
    question.factOwnerId ? teacherScope(question.factOwnerId) : libraryScope,
    question.versions,
  );
  const graded = gradeItem(item, itemResponse, corpus.context);
  // An answer the teacher accepted for this question of the assignment counts right (issue 18).
  const accepted =
    !graded.correct &&
    question.assignmentId !== null &&
    "text" in itemResponse &&
    (await db().acceptedAnswer.findUnique({
      where: {
        assignmentId_itemId_normalized: {
          assignmentId: question.assignmentId,
          itemId: question.itemId,
          normalized: normalizeText(itemResponse.text),
        },
      },
      select: { id: true },
    })) !== null;
  const grade: Grade = accepted
    ? { ...graded, verdict: "correct", correct: true, reason: "Accepted by your teacher." }
    : graded;
  const attempt = await storeAttemptOnce(
    {
      userId,
      sessionId: question.sessionId,
      assignmentId: question.assignmentId,
      sessionQuestionId: question.id,
      itemId: question.itemId,
      factId: question.factId,
      response: responseJson,
      verdict: grade.verdict,
      correct: grade.correct,
      override: accepted ? "accepted" : null,
      graderVerdict: accepted ? graded.verdict : null,
      timeTakenMs: input.timeTakenMs,
    },
    now,
  );
  if (attempt.response !== responseJson) {
    return fail("conflict", "You have already answered this question; your first answer stands.");
  }

  // This question is answered now, whether by this call or an earlier copy of it.
  const answered = question.answeredOthers + 1;
  const total = question.total;
  // The last two answers sent at once each read "one to go", so the check runs for both; a rarer
  // race (three at once, only possible from a script) is finished when the quiz is next opened.
  const finished = answered >= total - 1 && ((await finishIfComplete(question.sessionId, now)) || answered === total);

  const yourAnswer = describeResponse(item, input.response);
  const hidden = rules && answersHiddenUntil(rules, finished, now);
  if (hidden) {
    const revealed =
      hidden.when === "after-due"
        ? { when: hidden.when, dueAt: formatInZone(hidden.dueAt, question.timeZone) }
        : hidden;
    return ok({ shown: false, questionId: question.id, yourAnswer, answered, total, finished, revealed });
  }
  return ok({
    shown: true,
    questionId: question.id,
    verdict: verdictSchema.parse(attempt.verdict),
    expected: grade.expected,
    reason: grade.reason,
    yourAnswer,
    sourceAnswer: item.answer,
    citation: (await citationsFor(corpus, [question.factId]))(question.factId),
    answered,
    total,
    finished,
  });
}

type AttemptData = {
  userId: string;
  sessionId: string;
  assignmentId: string | null;
  sessionQuestionId: string;
  itemId: string;
  factId: string;
  response: string;
  verdict: string;
  correct: boolean;
  /** "accepted" when the teacher accepted this answer; the grader's verdict then in graderVerdict. */
  override: string | null;
  graderVerdict: string | null;
  timeTakenMs: number;
};
const storedAnswer = { response: true, verdict: true } as const;

/**
 * Marks the session finished when every question has an answer, in one statement, so answers
 * racing each other cannot leave it unfinished. Returns whether this call finished it.
 */
export async function finishIfComplete(sessionId: string, now = new Date()): Promise<boolean> {
  return db().$transaction(async (tx) => {
    // The assignment's row first, as every writer of its sessions (lockAssignmentOf).
    await lockAssignmentOf(tx, sessionId);
    const updated = await tx.$executeRaw`
      UPDATE "QuizSession" SET "finishedAt" = ${now}
      WHERE "id" = ${sessionId} AND "finishedAt" IS NULL
        AND NOT EXISTS (SELECT 1 FROM "SessionQuestion" q WHERE q."sessionId" = ${sessionId}
          AND NOT EXISTS (SELECT 1 FROM "Attempt" a WHERE a."sessionQuestionId" = q."id"))`;
    if (updated !== 1) return false;
    // "After the attempt": the finish shows its answers, so they count from now on.
    await countSessionIfShown(tx, sessionId, now);
    return true;
  }, progressTransaction);
}

/**
 * Inserts first: the unique key on the question makes the database the judge of "already
 * answered" (a retry, a double click, a second answer, or two copies racing). Returns what is stored.
 * One raw statement on the hot path (the same SQL on both databases); a conflict reads the stored row.
 */
async function storeAttemptOnce(data: AttemptData, now: Date): Promise<{ response: string; verdict: string }> {
  const id = randomUUID();
  const inserted = await db().$transaction(async (tx) => {
    const rows = await tx.$executeRaw`
      INSERT INTO "Attempt" ("id", "userId", "sessionId", "assignmentId", "sessionQuestionId", "itemId", "factId", "response", "verdict", "correct", "override", "graderVerdict", "timeTakenMs", "createdAt")
      VALUES (${id}, ${data.userId}, ${data.sessionId}, ${data.assignmentId}, ${data.sessionQuestionId}, ${data.itemId}, ${data.factId}, ${data.response}, ${data.verdict}, ${data.correct}, ${data.override}, ${data.graderVerdict}, ${data.timeTakenMs}, ${now})
      ON CONFLICT ("sessionQuestionId") DO NOTHING`;
    // Its session's counts, the student's standing and activity move in the same transaction.
    if (rows === 1) await countAnswer(tx, { ...data, id, createdAt: now });
    return rows === 1;
  }, progressTransaction);
  if (inserted) return { response: data.response, verdict: data.verdict };
  return db().attempt.findUniqueOrThrow({ where: { sessionQuestionId: data.sessionQuestionId }, select: storedAnswer });
}

interface StudentQuestion {
  id: string;
  sessionId: string;
  item: string;
  factId: string;
  itemId: string;
  total: number;
  /** Answered questions of the session other than this one. */
  answeredOthers: number;
  assignmentId: string | null;
  /** The student's time zone, for dates in the feedback. */
  timeZone: string;
  /** The assignment's rules when the session is an attempt at one. */
  rules: Pick<AssignmentRules, "opensAt" | "dueAt" | "allowLate" | "answersVisible"> | null;
  /** The teacher whose fact it asks about (null: the library), and the versions of its corpus parts. */
  factOwnerId: string | null;
  versions: Map<PartKey, number>;
}

type StudentQuestionRow = Omit<StudentQuestion, "total" | "answeredOthers" | "rules" | "versions"> & {
  libraryVersion: number | bigint;
  ownerVersion: number | bigint;
  total: number | bigint;
  answeredOthers: number | bigint;
  opensAt: Date | string | null;
  dueAt: Date | string | null;
  allowLate: boolean | number | bigint | null;
  answersVisible: string | null;
};

/**
 * A question of one of this student's sessions, with how many of the session's questions are
 * answered and the assignment's rules, in one round trip (the answer path's hot query; the same
 * SQL on both databases). The join on the user also checks that the account still exists and is
 * still a student, and an assignment's question needs the student still in its class.
 */
async function studentQuestion(
  userId: string,
  questionId: string,
  sessionId?: string,
): Promise<StudentQuestion | null> {
  const activeSession = sessionId
    ? Prisma.sql`AND EXISTS (SELECT 1 FROM "UserSession" us WHERE us."id" = ${sessionId} AND us."userId" = s."userId")`
    : Prisma.empty;
  const rows = await db().$queryRaw<StudentQuestionRow[]>`
    SELECT q."id", q."sessionId", q."item", q."factId", q."itemId", s."assignmentId", s."questionCount" AS "total", u."timeZone",
      (SELECT COUNT(*) FROM "Attempt" a JOIN "SessionQuestion" t ON t."id" = a."sessionQuestionId" WHERE t."sessionId" = q."sessionId" AND t."id" <> q."id") AS "answeredOthers",
      g."opensAt", g."dueAt", g."allowLate", g."answersVisible", f."ownerId" AS "factOwnerId",
      COALESCE((SELECT v."version" FROM "CorpusVersion" v WHERE v."part" = 'library'), 0) AS "libraryVersion",
      COALESCE((SELECT v."version" FROM "CorpusVersion" v WHERE v."part" = 'owner:' || f."ownerId"), 0) AS "ownerVersion"
    FROM "SessionQuestion" q
    JOIN "Fact" f ON f."id" = q."factId"
    JOIN "QuizSession" s ON s."id" = q."sessionId"
    JOIN "User" u ON u."id" = s."userId"
    LEFT JOIN "Assignment" g ON g."id" = s."assignmentId"
    WHERE q."id" = ${questionId} AND s."userId" = ${userId} AND u."role" = 'student' AND u."disabledAt" IS NULL ${activeSession}
      AND (s."assignmentId" IS NULL OR EXISTS (SELECT 1 FROM "Enrollment" e WHERE e."classId" = g."classId" AND e."studentId" = s."userId"))`;
  const row = rows[0];
  if (!row) return null;
  const { opensAt, dueAt, allowLate, answersVisible, libraryVersion, ownerVersion, ...question } = row;
  const versions = new Map<PartKey, number>([[libraryPart, Number(libraryVersion)]]);
  if (question.factOwnerId) versions.set(ownerPart(question.factOwnerId), Number(ownerVersion));
  const rules =
    opensAt !== null && dueAt !== null && answersVisible !== null
      ? {
          opensAt: new Date(opensAt),
          dueAt: new Date(dueAt),
          allowLate: Number(allowLate) === 1,
          answersVisible: answerPolicyOf(answersVisible),
        }
      : null;
  return { ...question, total: Number(row.total), answeredOthers: Number(row.answeredOthers), rules, versions };
}

export interface ResultRow {
  position: number;
  kind: QuestionView["kind"];
  stem: string;
  yourAnswer: string | null;
  verdict: Grade["verdict"] | null;
  expected: string;
  sourceAnswer: string;
  timeTakenMs: number | null;
  citation: Citation | null;
  /** The stored answer, once given (the teacher's view marks it by this id). */
  attemptId: string | null;
  /** Set when the teacher, not the grader, decided the verdict. */
  teacherMark: TeacherMark | null;
  /** What the grader said, where the teacher's mark differs from it. */
  graderVerdict: Grade["verdict"] | null;
}

/** An attempt's results; for the student, `sessionResults` adds whether it still takes answers. */
export interface AttemptResults {
  id: string;
  title: string;
  createdAt: Date;
  finishedAt: Date | null;
  total: number;
  /** Null while an assignment's policy hides which answers were right. */
  correct: number | null;
  totalTimeMs: number;
  rows: ResultRow[];
  /** Set while an assignment's policy hides answers: when they appear. */
  hiddenUntil: HiddenUntil | null;
}

export interface SessionResults extends AttemptResults {
  /** False for an assignment past its due date that takes no late work. */
  acceptsAnswers: boolean;
}

/** What a results view loads of a session: questions with answers, and the assignment's rules. */
export const sessionWithAnswers = {
  questions: { orderBy: { position: "asc" }, include: { attempt: true } },
  assignment: {
    select: { opensAt: true, dueAt: true, maxAttempts: true, scoring: true, answersVisible: true, allowLate: true },
  },
} as const satisfies Prisma.QuizSessionInclude;
type SessionWithAnswers = Prisma.QuizSessionGetPayload<{ include: typeof sessionWithAnswers }>;

/** Every question with the student's answer, the right one and its citation. Unanswered ones keep their answer hidden. */
export async function sessionResults(
  userId: string,
  sessionId: string,
  now = new Date(),
): Promise<SessionResults | null> {
  const session = await db().quizSession.findFirst({ where: { id: sessionId, userId }, include: sessionWithAnswers });
  if (!session) return null;
  const rules = session.assignment ? rulesOf(session.assignment) : null;
  const hiddenUntil = rules && answersHiddenUntil(rules, session.finishedAt !== null, now);
  const acceptsAnswers = !rules || submissionWindow(rules, now) !== "closed";
  const cite = await citationsFor(
    await studentCorpus(userId),
    session.questions.map((q) => q.factId),
  );
  return { ...resultsOf(session, cite, hiddenUntil), acceptsAnswers };
}

/** The results of a loaded session; with `hiddenUntil` set, the student's answers only. */
export function resultsOf(
  session: SessionWithAnswers,
  cite: Cite,
  hiddenUntil: HiddenUntil | null = null,
): AttemptResults {
  const rows = session.questions.map((q): ResultRow => {
    const item = storedItem(q.item);
    const view = questionView(item, q.id, q.position + 1, session.questions.length);
    const base = {
      position: q.position + 1,
      kind: view.kind,
      stem: view.stem,
      yourAnswer: null,
      verdict: null,
      expected: "",
      sourceAnswer: "",
      timeTakenMs: null,
      citation: null,
      attemptId: null,
      teacherMark: null,
      graderVerdict: null,
    };
    if (!q.attempt) return base;
    const response = storedResponse(q.attempt.response);
    if (hiddenUntil)
      return {
        ...base,
        yourAnswer: describeResponse(item, response),
        timeTakenMs: q.attempt.timeTakenMs,
        attemptId: q.attempt.id,
      };
    return {
      position: q.position + 1,
      kind: view.kind,
      stem: view.stem,
      yourAnswer: describeResponse(item, response),
      verdict: verdictSchema.parse(q.attempt.verdict),
      expected: rightAnswer(item, { short: true }),
      sourceAnswer: item.answer,
      timeTakenMs: q.attempt.timeTakenMs,
      citation: cite(q.factId),
      attemptId: q.attempt.id,
      teacherMark: isTeacherMark(q.attempt.override) ? q.attempt.override : null,
      graderVerdict: verdictSchema.nullable().catch(null).parse(q.attempt.graderVerdict),
    };
  });
  return {
    id: session.id,
    title: session.title,
    createdAt: session.createdAt,
    finishedAt: session.finishedAt,
    total: rows.length,
    correct: hiddenUntil ? null : session.questions.filter((q) => q.attempt?.correct).length,
    totalTimeMs: session.questions.reduce((sum, q) => sum + (q.attempt?.timeTakenMs ?? 0), 0),
    rows,
    hiddenUntil,
  };
}

export interface SessionSummary {
  id: string;
  title: string;
  createdAt: Date;
  finishedAt: Date | null;
  total: number;
  answered: number;
  /** Null while an assignment's policy hides which answers were right. */
  correct: number | null;
  isAssignment: boolean;
}

/** The student's sessions, newest first. */
export async function recentSessions(userId: string, take = 10, now = new Date()): Promise<SessionSummary[]> {
  const sessions = await db().quizSession.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    include: { assignment: { select: sessionWithAnswers.assignment.select } },
  });
  return sessions.map((s) => ({
    id: s.id,
    title: s.title,
    createdAt: s.createdAt,
    finishedAt: s.finishedAt,
    total: s.questionCount,
    answered: s.answeredCount,
    isAssignment: s.assignmentId !== null,
    correct: !s.assignment || answersShown(rulesOf(s.assignment), s.finishedAt !== null, now) ? s.correctCount : null,
  }));
}
