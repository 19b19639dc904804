import "server-only";
import { db } from "@/lib/db";
import type { Citation } from "@/lib/facts/citation";
import { citationsFor, teacherCorpus } from "@/lib/study/corpus.server";
import type { QuizItem } from "@/lib/quiz/items";
import {
  resultsOf,
  sessionWithAnswers,
  storedItem,
  storedResponse,
  type AttemptResults,
} from "@/lib/study/sessions.server";
import { assignmentForTeacher, type TeacherAssignment } from "./assignments.server";
import {
  gradebookRows,
  questionStats,
  sortGradebook,
  type AnswerCount,
  type AttemptAggregate,
  type GradebookRow,
  type GradebookSort,
  type QuestionStats,
} from "./gradebook";
import { describeResponse, questionView, type QuestionView, rightAnswer } from "@/lib/quiz/view";
import { isTeacherMark } from "@/lib/grading/teacher-marks";
import type { AnswerCsvRow, TeacherChanges } from "./csv";
import {
  discriminationIndex,
  itemFlags,
  type Discrimination,
  type DiscriminationSums,
  type ItemFlag,
  type OptionCount,
} from "./item-analysis";

type Count = number | bigint | null;
const count = (value: Count) => Number(value ?? 0);
const dateOrNull = (value: Date | string | null) => (value === null ? null : new Date(value));

/**
 * Every attempt at an assignment, aggregated in the database: answers are summed from one
 * covering index on Attempt (assignmentId, sessionId, correct, time, createdAt), so the cost
 * grows with this assignment's answers only, and no question row is read. The same SQL on both
 * databases; booleans are summed through CASE.
 */
async function attemptAggregates(assignmentId: string): Promise<AttemptAggregate[]> {
  const rows = await db().$queryRaw<
    {
      userId: string;
      startedAt: Date | string;
      finishedAt: Date | string | null;
      total: Count;
      answered: Count;
      correct: Count;
      timeMs: Count;
      lastAnswerAt: Date | string | null;
      lateAnswers: Count;
    }[]
  >`
    SELECT s."userId", s."createdAt" AS "startedAt", s."finishedAt", s."questionCount" AS "total",
      x."answered", x."correct", x."timeMs", x."lastAnswerAt", x."lateAnswers"
    FROM "QuizSession" s
    LEFT JOIN (
      SELECT a."sessionId",
        COUNT(*) AS "answered",
        SUM(CASE WHEN a."correct" THEN 1 ELSE 0 END) AS "correct",
        SUM(a."timeTakenMs") AS "timeMs",
        MAX(a."createdAt") AS "lastAnswerAt",
        SUM(CASE WHEN a."createdAt" > g."dueAt" THEN 1 ELSE 0 END) AS "lateAnswers"
      FROM "Attempt" a JOIN "Assignment" g ON g."id" = a."assignmentId"
      WHERE a."assignmentId" = ${assignmentId}
      GROUP BY a."sessionId"
    ) x ON x."sessionId" = s."id"
    WHERE s."assignmentId" = ${assignmentId}`;
  return rows.map((r) => ({
    userId: r.userId,
    startedAt: new Date(r.startedAt),
    finishedAt: dateOrNull(r.finishedAt),
    total: count(r.total),
    answered: count(r.answered),
    correct: count(r.correct),
    timeMs: count(r.timeMs),
    lastAnswerAt: dateOrNull(r.lastAnswerAt),
    lateAnswers: count(r.lateAnswers),
  }));
}

export interface Gradebook {
  assignment: TeacherAssignment;
  rows: GradebookRow[];
  classSize: number;
}

/** The gradebook of one assignment, for the teacher who owns its class; null for anyone else. */
export async function gradebookForTeacher(
  teacherId: string,
  assignmentId: string,
  sort: GradebookSort,
  classId?: string,
): Promise<Gradebook | null> {
  const assignment = await assignmentForTeacher(teacherId, assignmentId, classId);
  return assignment && gradebookOf(assignment, sort);
}

/** The gradebook of an assignment already loaded for its teacher (assignmentForTeacher). */
export async function gradebookOf(assignment: TeacherAssignment, sort: GradebookSort): Promise<Gradebook> {
  const [enrollments, attempts] = await Promise.all([
    db().enrollment.findMany({
      where: { classId: assignment.classId },
      select: { student: { select: { id: true, name: true, email: true } } },
    }),
    attemptAggregates(assignment.id),
  ]);
  const enrolled = new Set(enrollments.map((e) => e.student.id));
  // A student removed from the class keeps their row while they have attempts: no work disappears.
  const departedIds = [...new Set(attempts.map((a) => a.userId))].filter((id) => !enrolled.has(id));
  const departed = departedIds.length
    ? await db().user.findMany({ where: { id: { in: departedIds } }, select: { id: true, name: true, email: true } })
    : [];
  const students = [
    ...enrollments.map((e) => ({ ...e.student, enrolled: true })),
    ...departed.map((s) => ({ ...s, enrolled: false })),
  ];
  return {
    assignment,
    rows: sortGradebook(gradebookRows(students, attempts, assignment.scoring), sort),
    classSize: enrollments.length,
  };
}

export interface QuestionAnalytics extends QuestionStats {
  question: QuestionView;
  rightAnswer: string;
  citation: Citation | null;
  discrimination: Discrimination;
  /** Multiple choice and true/false: how many picked each option, in the order students saw them. */
  options: OptionCount[];
  medianTimeMs: number | null;
  flags: ItemFlag[];
  /** Typed answers the teacher accepted for this question (one assignment's analysis only). */
  acceptedAnswers: string[];
}

/** Per question of an assignment: share correct, the commonest wrong answers and the passage; worst first. */
export async function questionAnalyticsForTeacher(
  teacherId: string,
  assignmentId: string,
  classId?: string,
): Promise<{ assignment: TeacherAssignment; questions: QuestionAnalytics[] } | null> {
  const assignment = await assignmentForTeacher(teacherId, assignmentId, classId);
  return assignment && { assignment, questions: await questionAnalyticsOf(assignment) };
}

/** The per-question analysis of an assignment already loaded for its teacher, hardest first. */
export function questionAnalyticsOf(assignment: TeacherAssignment): Promise<QuestionAnalytics[]> {
  return analyticsIn({ assignmentId: assignment.id, deckId: null }, assignment.teacherId);
}

/**
 * Which answers an analysis reads: one assignment's, or those of every assignment of one deck
 * (the deck's teacher is checked by the caller). One SQL condition serves both: the other id is null.
 */
type AnalysisScope = { assignmentId: string; deckId: null } | { assignmentId: null; deckId: string };

/** The per-question analysis of the answers in `scope`, hardest first. */
async function analyticsIn(scope: AnalysisScope, teacherId: string): Promise<QuestionAnalytics[]> {
  const [grouped, itemById, corpus, sums, medians, accepted] = await Promise.all([
    // Read from the covering index on Attempt (assignmentId, itemId, correct, response, …).
    db().$queryRaw<{ itemId: string; response: string; correct: boolean | number | bigint; n: Count }[]>`
      SELECT a."itemId", a."response", a."correct", COUNT(*) AS "n"
      FROM "Attempt" a
      WHERE a."assignmentId" IN (SELECT g."id" FROM "Assignment" g WHERE g."id" = ${scope.assignmentId} OR g."deckId" = ${scope.deckId})
      GROUP BY a."itemId", a."correct", a."response"`,
    askedItems(scope),
    teacherCorpus(teacherId),
    discriminationSums(scope),
    medianTimes(scope),
    scope.assignmentId
      ? db().acceptedAnswer.findMany({
          where: { assignmentId: scope.assignmentId },
          select: { itemId: true, text: true },
          orderBy: { acceptedAt: "asc" },
        })
      : [],
  ]);
  const counts: AnswerCount[] = grouped.flatMap((row) => {
    const asked = itemById.get(row.itemId);
    if (!asked) return [];
    return [
      {
        itemId: row.itemId,
        answer: describeResponse(asked.item, storedResponse(row.response)),
        correct: Number(row.correct) === 1 || row.correct === true,
        count: count(row.n),
      },
    ];
  });
  const stats = questionStats(counts);
  const countsByItem = new Map<string, AnswerCount[]>();
  for (const c of counts) {
    const ofItem = countsByItem.get(c.itemId);
    if (ofItem) ofItem.push(c);
    else countsByItem.set(c.itemId, [c]);
  }
  const questions = [...stats.values()].map((s): QuestionAnalytics => {
    const { factId, item } = itemById.get(s.itemId)!;
    const discrimination = discriminationIndex(sums.get(s.itemId) ?? { n: 0, sumX: 0, sumY: 0, sumXY: 0, sumYY: 0 });
    const options = optionCounts(item, countsByItem.get(s.itemId) ?? []);
    return {
      ...s,
      question: questionView(item, s.itemId, 0, 0),
      rightAnswer: rightAnswer(item),
      citation: corpus.citation(factId),
      discrimination,
      options,
      medianTimeMs: medians.get(s.itemId) ?? null,
      flags: itemFlags(s.share, s.answered, discrimination, options),
      acceptedAnswers: accepted.filter((a) => a.itemId === s.itemId).map((a) => a.text),
    };
  });
  return questions.sort((a, b) => a.share - b.share || b.answered - a.answered);
}

/** How a deck's questions did across every assignment that used it, for the deck's teacher; null for anyone else. */
export async function deckAnalyticsForTeacher(
  teacherId: string,
  deckId: string,
): Promise<{ deck: { id: string; name: string }; assignments: number; questions: QuestionAnalytics[] } | null> {
  const deck = await db().deck.findFirst({
    where: { id: deckId, teacherId },
    select: { id: true, name: true, _count: { select: { assignments: true } } },
  });
  if (!deck) return null;
  return {
    deck: { id: deck.id, name: deck.name },
    assignments: deck._count.assignments,
    questions: await analyticsIn({ assignmentId: null, deckId }, teacherId),
  };
}

/** Each option of a multiple-choice or true/false question with how many answers picked it. */
function optionCounts(item: QuizItem, counts: readonly AnswerCount[]): OptionCount[] {
  const picked = (option: string) => counts.filter((c) => c.answer === option).reduce((sum, c) => sum + c.count, 0);
  if (item.type === "multiple-choice")
    return item.options.map((o) => ({ option: o.text, count: picked(o.text), correct: o.id === item.correctOptionId }));
  if (item.type === "true-false")
    return [true, false].map((value) => ({
      option: value ? "True" : "False",
      count: picked(value ? "True" : "False"),
      correct: value === item.isTrue,
    }));
  return [];
}

/**
 * Per question, the sums the discrimination index needs, over the finished attempts in scope: x = 1 when the answer was right, y = the rest of the attempt's right answers. One
 * pass in SQL: the attempts' scores come from the gradebook's covering index.
 */
async function discriminationSums(scope: AnalysisScope): Promise<Map<string, DiscriminationSums>> {
  const rows = await db().$queryRaw<
    { itemId: string; n: Count; sumX: Count; sumY: Count; sumXY: Count; sumYY: Count }[]
  >`
    SELECT r."itemId", COUNT(*) AS "n", SUM(r."x") AS "sumX", SUM(r."y") AS "sumY",
      SUM(r."x" * r."y") AS "sumXY", SUM(r."y" * r."y") AS "sumYY"
    FROM (
      SELECT a."itemId", CASE WHEN a."correct" THEN 1 ELSE 0 END AS "x",
        t."score" - CASE WHEN a."correct" THEN 1 ELSE 0 END AS "y"
      FROM "Attempt" a
      JOIN (
        SELECT b."sessionId", SUM(CASE WHEN b."correct" THEN 1 ELSE 0 END) AS "score"
        FROM "Attempt" b
        WHERE b."assignmentId" IN (SELECT g."id" FROM "Assignment" g WHERE g."id" = ${scope.assignmentId} OR g."deckId" = ${scope.deckId})
        GROUP BY b."sessionId"
      ) t ON t."sessionId" = a."sessionId"
      JOIN "QuizSession" s ON s."id" = a."sessionId" AND s."finishedAt" IS NOT NULL
      WHERE a."assignmentId" IN (SELECT g."id" FROM "Assignment" g WHERE g."id" = ${scope.assignmentId} OR g."deckId" = ${scope.deckId})
    ) r
    GROUP BY r."itemId"`;
  return new Map(
    rows.map((r) => [
      r.itemId,
      { n: count(r.n), sumX: count(r.sumX), sumY: count(r.sumY), sumXY: count(r.sumXY), sumYY: count(r.sumYY) },
    ]),
  );
}

/** Per question, the median time to answer (the middle answer, or the mean of the middle two), by window functions. */
async function medianTimes(scope: AnalysisScope): Promise<Map<string, number>> {
  const rows = await db().$queryRaw<{ itemId: string; median: number | string | null }[]>`
    SELECT r."itemId", AVG(r."timeTakenMs") AS "median"
    FROM (
      SELECT a."itemId", a."timeTakenMs",
        ROW_NUMBER() OVER (PARTITION BY a."itemId" ORDER BY a."timeTakenMs") AS "rank",
        COUNT(*) OVER (PARTITION BY a."itemId") AS "answers"
      FROM "Attempt" a WHERE a."assignmentId" IN (SELECT g."id" FROM "Assignment" g WHERE g."id" = ${scope.assignmentId} OR g."deckId" = ${scope.deckId})
    ) r
    WHERE r."rank" IN ((r."answers" + 1) / 2, (r."answers" + 2) / 2)
    GROUP BY r."itemId"`;
  return new Map(rows.map((r) => [r.itemId, Number(r.median)]));
}

/**
 * The asked items as the students saw them: one stored question per item, picked from the
 * covering index (assignmentId, itemId, …, sessionQuestionId), so one row is read per item.
 */
async function askedItems(scope: AnalysisScope): Promise<Map<string, { factId: string; item: QuizItem }>> {
  const rows = await db().$queryRaw<{ itemId: string; factId: string; item: string }[]>`
    SELECT q."itemId", q."factId", q."item" FROM "SessionQuestion" q
    WHERE q."id" IN (
      SELECT MIN(a."sessionQuestionId") FROM "Attempt" a
      WHERE a."assignmentId" IN (SELECT g."id" FROM "Assignment" g WHERE g."id" = ${scope.assignmentId} OR g."deckId" = ${scope.deckId})
      GROUP BY a."itemId"
    )`;
  return new Map(rows.map((r) => [r.itemId, { factId: r.factId, item: storedItem(r.item) }]));
}

/** One student's attempts at an assignment with every answer and citation, for the class's teacher. */
export async function studentAttemptsForTeacher(
  teacherId: string,
  assignmentId: string,
  studentId: string,
  classId?: string,
): Promise<{
  assignment: TeacherAssignment;
  student: { id: string; name: string; email: string };
  attempts: (AttemptResults & { late: boolean })[];
} | null> {
  const assignment = await assignmentForTeacher(teacherId, assignmentId, classId);
  if (!assignment) return null;
  const [student, sessions, corpus] = await Promise.all([
    db().user.findFirst({
      where: {
        id: studentId,
        OR: [{ enrollments: { some: { classId: assignment.classId } } }, { quizSessions: { some: { assignmentId } } }],
      },
      select: { id: true, name: true, email: true },
    }),
    db().quizSession.findMany({
      where: { assignmentId, userId: studentId },
      orderBy: { createdAt: "asc" },
      include: sessionWithAnswers,
    }),
    teacherCorpus(assignment.teacherId),
  ]);
  if (!student) return null;
  // Late as in the gradebook: any answer given after the due date.
  const cite = await citationsFor(
    corpus,
    sessions.flatMap((s) => s.questions.map((q) => q.factId)),
  );
  const attempts = sessions.map((s) => ({
    ...resultsOf(s, cite),
    late: s.questions.some((q) => q.attempt && q.attempt.createdAt > assignment.dueAt),
  }));
  return { assignment, student, attempts };
}

/** Per student, how many of their answers at an assignment the teacher decided, by kind (the gradebook CSV). */
export async function teacherChangesIn(assignmentId: string): Promise<TeacherChanges> {
  const groups = await db().attempt.groupBy({
    by: ["userId", "override"],
    where: { assignmentId, override: { not: null } },
    _count: { _all: true },
  });
  const changes = new Map<string, Partial<Record<string, number>>>();
  for (const g of groups) {
    if (!isTeacherMark(g.override)) continue;
    changes.set(g.userId, { ...changes.get(g.userId), [g.override]: g._count._all });
  }
  return changes;
}

/** Sessions read per query by the answers export: its memory stays bounded for a class's thousands of attempts. */
const ANSWER_EXPORT_BATCH = 200;

/**
 * Every question of every attempt at an assignment with the answer given (or none), by student
 * name and attempt, for the class's teacher; null for anyone else.
 */
export async function answersForTeacher(
  teacherId: string,
  assignmentId: string,
  classId?: string,
): Promise<{ assignment: TeacherAssignment; rows: AnswerCsvRow[] } | null> {
  const assignment = await assignmentForTeacher(teacherId, assignmentId, classId);
  if (!assignment) return null;
  // The sessions in order first (one read), then their answers in batches: a session started
  // meanwhile is not half in the file, and nothing is read twice.
  const order = await db().quizSession.findMany({
    where: { assignmentId },
    orderBy: [{ user: { name: "asc" } }, { userId: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    select: { id: true },
  });
  const rows: AnswerCsvRow[] = [];
  const attemptsSoFar = new Map<string, number>();
  for (let start = 0; start < order.length; start += ANSWER_EXPORT_BATCH) {
    const ids = order.slice(start, start + ANSWER_EXPORT_BATCH).map((s) => s.id);
    const loaded = await db().quizSession.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        userId: true,
        user: { select: { name: true, email: true } },
        questions: {
          orderBy: { position: "asc" },
          select: {
            id: true,
            position: true,
            item: true,
            attempt: {
              select: {
                response: true,
                verdict: true,
                override: true,
                graderVerdict: true,
                timeTakenMs: true,
                createdAt: true,
              },
            },
          },
        },
      },
    });
    const byId = new Map(loaded.map((session) => [session.id, session]));
    for (const session of ids.map((id) => byId.get(id)!)) {
      const attempt = (attemptsSoFar.get(session.userId) ?? 0) + 1;
      attemptsSoFar.set(session.userId, attempt);
      for (const q of session.questions) {
        const item = storedItem(q.item);
        const answer = q.attempt;
        rows.push({
          student: session.user.name,
          email: session.user.email,
          attempt,
          position: q.position + 1,
          question: questionView(item, q.id, q.position + 1, session.questions.length).stem,
          answer: answer ? describeResponse(item, storedResponse(answer.response)) : null,
          rightAnswer: rightAnswer(item),
          verdict: answer ? verdictOf(answer.verdict) : null,
          teacherMark: answer && isTeacherMark(answer.override) ? answer.override : null,
          graderVerdict: answer?.graderVerdict ? verdictOf(answer.graderVerdict) : null,
          timeMs: answer?.timeTakenMs ?? null,
          answeredAt: answer?.createdAt ?? null,
        });
      }
    }
  }
  return { assignment, rows };
}

const verdictOf = (verdict: string) => (verdict === "correct" || verdict === "close" ? verdict : "incorrect");
