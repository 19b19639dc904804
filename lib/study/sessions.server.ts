import "server-only";
import { randomUUID } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Citation } from "@/lib/facts/citation";
import { gradeItem, type Grade } from "@/lib/grading/grade";
import type { QuizItem } from "@/lib/quiz/items";
import { missedFactIds } from "@/lib/progress/mastery";
import { answerResponseSchema, describeResponse, questionView, toItemResponse, type AnswerResponse, type Feedback, type QuestionView, type SubmitAnswer } from "./answers";
import { studyCorpus } from "./corpus.server";
import { factsInScope, MAX_QUESTIONS, pickQuestions, studyItemTypes, type Selection } from "./selection";

const verdictSchema = z.enum(["correct", "close", "incorrect"]);

export type SessionKind = "practice" | "retry-missed";

/** The stored item is our own JSON; parsing it back needs no schema beyond the type. */
export const storedItem = (json: string) => JSON.parse(json) as QuizItem;

export type StartResult = { ok: true; sessionId: string } | { ok: false; error: string };

/** Fixes a quiz's questions on the server and stores them: a resume shows the same quiz. */
async function storeSession(userId: string, kind: SessionKind, title: string, selection: Selection, items: QuizItem[]): Promise<string> {
  const session = await db().quizSession.create({
    data: {
      userId,
      kind,
      title,
      selection: JSON.stringify(selection),
      questions: {
        create: items.map((item, position) => ({ position, itemId: item.id, factId: item.factId, itemType: item.type, item: JSON.stringify(item) })),
      },
    },
    select: { id: true },
  });
  return session.id;
}

export async function startPracticeSession(userId: string, selection: Selection, title: string): Promise<StartResult> {
  const corpus = await studyCorpus();
  const inScope = factsInScope([...corpus.facts.values()], selection).map((f) => f.id);
  const items = pickQuestions(corpus.items, inScope, selection.types, selection.count, Math.random);
  if (!items.length) return { ok: false, error: "No questions match that choice. Choose more articles or topics." };
  return { ok: true, sessionId: await storeSession(userId, "practice", title, selection, items) };
}

/** A session of exactly the facts the student has missed and not answered correctly since. */
export async function startRetryMissedSession(userId: string): Promise<StartResult> {
  const attempts = await db().attempt.findMany({ where: { userId }, select: { factId: true, correct: true, createdAt: true } });
  const corpus = await studyCorpus();
  const missed = missedFactIds(attempts).filter((id) => corpus.facts.has(id));
  if (!missed.length) return { ok: false, error: "Nothing to retry: you have answered every question you missed." };
  const selection: Selection = { articles: [], topics: [], types: [...studyItemTypes], count: Math.min(missed.length, MAX_QUESTIONS) };
  const items = pickQuestions(corpus.items, missed, selection.types, selection.count, Math.random);
  return { ok: true, sessionId: await storeSession(userId, "retry-missed", "Retry missed questions", selection, items) };
}

export interface SessionView {
  id: string;
  title: string;
  total: number;
  answered: number;
  finished: boolean;
  /** The first unanswered question, or null when all are answered. */
  current: QuestionView | null;
}

/** A student's own session, or null (someone else's session does not exist for them). */
export async function sessionForStudent(userId: string, sessionId: string): Promise<SessionView | null> {
  const session = await db().quizSession.findFirst({
    where: { id: sessionId, userId },
    include: { questions: { orderBy: { position: "asc" }, select: { id: true, position: true, item: true, attempt: { select: { id: true } } } } },
  });
  if (!session) return null;
  const total = session.questions.length;
  const next = session.questions.find((q) => !q.attempt);
  return {
    id: session.id,
    title: session.title,
    total,
    answered: total - session.questions.filter((q) => !q.attempt).length,
    finished: !next,
    current: next ? questionView(storedItem(next.item), next.id, next.position + 1, total) : null,
  };
}

export type SubmitResult = { ok: true; feedback: Feedback } | { ok: false; error: string; status: 400 | 404 | 409 };

/**
 * Grades an answer on the server and stores one attempt per question. Idempotent: the same answer
 * sent again (a retry, a double click) returns the stored verdict; a different second answer is refused.
 */
export async function submitAnswer(userId: string, input: SubmitAnswer): Promise<SubmitResult> {
  const question = await studentQuestion(userId, input.questionId);
  if (!question) return { ok: false, status: 404, error: "That question is not part of any of your quizzes." };
  const item = storedItem(question.item);
  const itemResponse = toItemResponse(item, input.response);
  if (!itemResponse) return { ok: false, status: 400, error: "That kind of answer does not fit this question." };
  const responseJson = JSON.stringify(input.response);

  // Graded whether or not it is stored yet: a replayed submission gets the same explanation.
  const corpus = await studyCorpus();
  const grade = gradeItem(item, itemResponse, corpus.context);
  const attempt = await storeAttemptOnce({
    userId,
    sessionQuestionId: question.id,
    itemId: question.itemId,
    factId: question.factId,
    response: responseJson,
    verdict: grade.verdict,
    correct: grade.correct,
    timeTakenMs: input.timeTakenMs,
  });
  if (attempt.response !== responseJson) {
    return { ok: false, status: 409, error: "You have already answered this question; your first answer stands." };
  }

  // This question is answered now, whether by this call or an earlier copy of it.
  const answered = question.answeredOthers + 1;
  const total = question.total;
  if (answered === total) await db().quizSession.updateMany({ where: { id: question.sessionId, finishedAt: null }, data: { finishedAt: new Date() } });

  const citation = corpus.citation(question.factId);
  return {
    ok: true,
    feedback: {
      questionId: question.id,
      verdict: verdictSchema.parse(attempt.verdict),
      expected: grade.expected,
      reason: grade.reason,
      yourAnswer: describeResponse(item, input.response),
      sourceAnswer: item.answer,
      citation,
      answered,
      total,
      finished: answered === total,
    },
  };
}

type AttemptData = { userId: string; sessionQuestionId: string; itemId: string; factId: string; response: string; verdict: string; correct: boolean; timeTakenMs: number };
const storedAnswer = { response: true, verdict: true } as const;

/**
 * Inserts first: the unique key on the question makes the database the judge of "already
 * answered" (a retry, a double click, a second answer, or two copies racing). Returns what is stored.
 * One raw statement on the hot path (the same SQL on both databases); a conflict reads the stored row.
 */
async function storeAttemptOnce(data: AttemptData): Promise<{ response: string; verdict: string }> {
  const inserted = await db().$executeRaw`
    INSERT INTO "Attempt" ("id", "userId", "sessionQuestionId", "itemId", "factId", "response", "verdict", "correct", "timeTakenMs", "createdAt")
    VALUES (${randomUUID()}, ${data.userId}, ${data.sessionQuestionId}, ${data.itemId}, ${data.factId}, ${data.response}, ${data.verdict}, ${data.correct}, ${data.timeTakenMs}, ${new Date()})
    ON CONFLICT ("sessionQuestionId") DO NOTHING`;
  if (inserted === 1) return { response: data.response, verdict: data.verdict };
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
}

/**
 * A question of one of this student's sessions, with how many of the session's questions are
 * answered, in one round trip (the answer path's hot query; the same SQL on both databases).
 * The join on the user also checks that the account still exists and is still a student.
 */
async function studentQuestion(userId: string, questionId: string): Promise<StudentQuestion | null> {
  const rows = await db().$queryRaw<(Omit<StudentQuestion, "total" | "answeredOthers"> & { total: number | bigint; answeredOthers: number | bigint })[]>`
    SELECT q."id", q."sessionId", q."item", q."factId", q."itemId",
      (SELECT COUNT(*) FROM "SessionQuestion" t WHERE t."sessionId" = q."sessionId") AS "total",
      (SELECT COUNT(*) FROM "Attempt" a JOIN "SessionQuestion" t ON t."id" = a."sessionQuestionId" WHERE t."sessionId" = q."sessionId" AND t."id" <> q."id") AS "answeredOthers"
    FROM "SessionQuestion" q
    JOIN "QuizSession" s ON s."id" = q."sessionId"
    JOIN "User" u ON u."id" = s."userId"
    WHERE q."id" = ${questionId} AND s."userId" = ${userId} AND u."role" = 'student'`;
  const row = rows[0];
  return row ? { ...row, total: Number(row.total), answeredOthers: Number(row.answeredOthers) } : null;
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
}

export interface SessionResults {
  id: string;
  title: string;
  createdAt: Date;
  finishedAt: Date | null;
  total: number;
  correct: number;
  totalTimeMs: number;
  rows: ResultRow[];
}

/** Every question with the student's answer, the right one and its citation. Unanswered ones keep their answer hidden. */
export async function sessionResults(userId: string, sessionId: string): Promise<SessionResults | null> {
  const session = await db().quizSession.findFirst({
    where: { id: sessionId, userId },
    include: { questions: { orderBy: { position: "asc" }, include: { attempt: true } } },
  });
  if (!session) return null;
  const corpus = await studyCorpus();
  const rows = session.questions.map((q): ResultRow => {
    const item = storedItem(q.item);
    const view = questionView(item, q.id, q.position + 1, session.questions.length);
    if (!q.attempt) return { position: q.position + 1, kind: view.kind, stem: view.stem, yourAnswer: null, verdict: null, expected: "", sourceAnswer: "", timeTakenMs: null, citation: null };
    const response: AnswerResponse = answerResponseSchema.parse(JSON.parse(q.attempt.response));
    return {
      position: q.position + 1,
      kind: view.kind,
      stem: view.stem,
      yourAnswer: describeResponse(item, response),
      verdict: verdictSchema.parse(q.attempt.verdict),
      expected: item.type === "true-false" ? (item.isTrue ? "True" : "False") : item.answer,
      sourceAnswer: item.answer,
      timeTakenMs: q.attempt.timeTakenMs,
      citation: corpus.citation(q.factId),
    };
  });
  return {
    id: session.id,
    title: session.title,
    createdAt: session.createdAt,
    finishedAt: session.finishedAt,
    total: rows.length,
    correct: session.questions.filter((q) => q.attempt?.correct).length,
    totalTimeMs: session.questions.reduce((sum, q) => sum + (q.attempt?.timeTakenMs ?? 0), 0),
    rows,
  };
}

export interface SessionSummary {
  id: string;
  title: string;
  createdAt: Date;
  finishedAt: Date | null;
  total: number;
  answered: number;
  correct: number;
}

/** The student's sessions, newest first. */
export async function recentSessions(userId: string, take = 10): Promise<SessionSummary[]> {
  const sessions = await db().quizSession.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    take,
    include: { questions: { select: { attempt: { select: { correct: true } } } } },
  });
  return sessions.map((s) => ({
    id: s.id,
    title: s.title,
    createdAt: s.createdAt,
    finishedAt: s.finishedAt,
    total: s.questions.length,
    answered: s.questions.filter((q) => q.attempt).length,
    correct: s.questions.filter((q) => q.attempt?.correct).length,
  }));
}
