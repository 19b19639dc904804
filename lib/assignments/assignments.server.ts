import "server-only";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { shareArticlesOfFacts } from "@/lib/articles/articles.server";
import { storedDeck } from "@/lib/decks/deck";
import { pickQuestions } from "@/lib/study/selection";
import { teacherCorpus } from "@/lib/study/corpus.server";
import { storeSession, type StartResult } from "@/lib/study/sessions.server";
import { progressTransaction, uncountHiddenSessions } from "@/lib/study/standing.server";
import {
  assignmentScore,
  cannotStart,
  maxAttemptsOf,
  studentStatus,
  type AssignmentInput,
  type RescheduleInput,
  type StudentStatus,
} from "./policy";
import { formatInZone, zonedInstant } from "@/lib/dates";
import { answersShown, type AssignmentRules, rulesOf } from "@/lib/study/attempt-rules";
import { done, fail, fieldFailure, ok, type Result } from "@/lib/result";

export type AssignmentChange = Result<{ assignmentId: string }>;
const notYours = () => fail("not-found", "That assignment does not exist or is not yours.");

/** Sets one of the teacher's decks for one of the teacher's classes. */
export async function createAssignment(teacherId: string, input: AssignmentInput): Promise<AssignmentChange> {
  const [owned, deck] = await Promise.all([
    db().class.findFirst({ where: { id: input.classId, teacherId }, select: { id: true } }),
    db().deck.findFirst({ where: { id: input.deckId, teacherId }, select: { id: true, name: true, factIds: true } }),
  ]);
  if (!owned) return fail("not-found", "That class does not exist or is not yours.");
  if (!deck) return fieldFailure("deckId", "Choose one of your decks.");
  const created = await db().$transaction(async (tx) => {
    const assignment = await tx.assignment.create({
      data: {
        classId: owned.id,
        deckId: deck.id,
        title: input.title || deck.name,
        opensAt: zonedInstant(input.opensAt, input.timeZone),
        dueAt: zonedInstant(input.dueAt, input.timeZone),
        timeZone: input.timeZone,
        maxAttempts: maxAttemptsOf(input),
        scoring: input.scoring,
        answersVisible: input.answersVisible,
        allowLate: input.allowLate,
      },
      select: { id: true },
    });
    // The deck's own facts quote the teacher's articles: the class may now read them.
    await shareArticlesOfFacts(tx, teacherId, owned.id, parseJsonColumn(stringList, deck.factIds, "deck factIds"));
    return assignment;
  });
  return ok({ assignmentId: created.id });
}

/**
 * Removes an assignment nobody has started (set by mistake, the wrong deck). Once a student has
 * an attempt it stays: their work is in the gradebook. The delete re-checks in its own condition,
 * so an attempt started a moment earlier is never lost.
 */
export async function deleteAssignment(teacherId: string, assignmentId: string): Promise<Result<{ classId: string }>> {
  const found = await db().assignment.findFirst({
    where: { id: assignmentId, class: { teacherId } },
    select: { classId: true },
  });
  if (!found) return notYours();
  const deleted = await db().assignment.deleteMany({ where: { id: assignmentId, sessions: { none: {} } } });
  if (!deleted.count)
    return fail("conflict", "Students have started this assignment, so it stays: their work is in the gradebook.");
  return ok({ classId: found.classId });
}

/** Moves an assignment's dates (answers already given keep their time; lateness follows the new due date). */
export async function rescheduleAssignment(
  teacherId: string,
  input: RescheduleInput,
  now = new Date(),
): Promise<Result> {
  return db().$transaction(async (tx) => {
    const updated = await tx.assignment.updateMany({
      where: { id: input.assignmentId, class: { teacherId } },
      data: {
        opensAt: zonedInstant(input.opensAt, input.timeZone),
        dueAt: zonedInstant(input.dueAt, input.timeZone),
        allowLate: input.allowLate,
      },
    });
    if (!updated.count) return notYours();
    // A due date moved past now hides answers that its passing had shown: they leave the students' progress.
    await uncountHiddenSessions(tx, input.assignmentId, now);
    return done();
  }, progressTransaction);
}

export interface AssignmentSummary extends AssignmentRules {
  id: string;
  title: string;
  deckId: string;
  deckName: string;
  timeZone: string;
  /** Students of the class with a finished attempt. */
  finishedBy: number;
}

/** The class's assignments for its teacher, soonest due first; null when the class is not theirs. */
export async function assignmentsOfClass(teacherId: string, classId: string): Promise<AssignmentSummary[] | null> {
  const owned = await db().class.findFirst({ where: { id: classId, teacherId }, select: { id: true } });
  if (!owned) return null;
  const [rows, finished] = await Promise.all([
    db().assignment.findMany({
      where: { classId },
      orderBy: { dueAt: "asc" },
      include: { deck: { select: { name: true } } },
    }),
    // Students of the class with a finished attempt, counted in the database (one row per assignment and student).
    db().quizSession.groupBy({
      by: ["assignmentId", "userId"],
      where: { assignment: { classId }, finishedAt: { not: null }, user: { enrollments: { some: { classId } } } },
    }),
  ]);
  const finishedBy = new Map<string, number>();
  for (const row of finished) finishedBy.set(row.assignmentId!, (finishedBy.get(row.assignmentId!) ?? 0) + 1);
  return rows.map((row) => ({
    ...rulesOf(row),
    id: row.id,
    title: row.title,
    deckId: row.deckId,
    deckName: row.deck.name,
    timeZone: row.timeZone,
    finishedBy: finishedBy.get(row.id) ?? 0,
  }));
}

export interface TeacherAssignment extends AssignmentRules {
  id: string;
  title: string;
  timeZone: string;
  classId: string;
  className: string;
  teacherId: string;
  deckId: string;
  deckName: string;
}

/** One assignment for the teacher who owns its class (and in that class, when given); null for anyone else. */
export async function assignmentForTeacher(
  teacherId: string,
  assignmentId: string,
  classId?: string,
): Promise<TeacherAssignment | null> {
  const row = await db().assignment.findFirst({
    // With `classId` (from the address), an assignment shown under another class does not exist.
    where: { id: assignmentId, class: { teacherId }, ...(classId ? { classId } : {}) },
    include: { class: { select: { name: true, teacherId: true } }, deck: { select: { name: true } } },
  });
  if (!row) return null;
  return {
    ...rulesOf(row),
    id: row.id,
    title: row.title,
    timeZone: row.timeZone,
    classId: row.classId,
    className: row.class.name,
    teacherId: row.class.teacherId,
    deckId: row.deckId,
    deckName: row.deck.name,
  };
}

export interface StudentAssignment extends AssignmentRules {
  id: string;
  title: string;
  className: string;
  status: StudentStatus;
  attemptsUsed: number;
  /** The attempt in progress, to continue. */
  openSessionId: string | null;
  /** The latest finished attempt, for its results. */
  lastSessionId: string | null;
  /** Null while the policy hides answers (a score would give them away) or before any answer. */
  score: number | null;
  scoreHidden: boolean;
  /** Why a new attempt cannot start, or null. */
  blocked: string | null;
}

/** The assignments of every class the student belongs to, with where they stand. */
export async function assignmentsForStudent(
  studentId: string,
  timeZone: string,
  now: Date,
): Promise<StudentAssignment[]> {
  const rows = await db().assignment.findMany({
    where: { class: { enrollments: { some: { studentId } } } },
    orderBy: { dueAt: "asc" },
    include: {
      class: { select: { name: true } },
      sessions: {
        where: { userId: studentId },
        orderBy: { createdAt: "asc" },
        select: {
          id: true,
          createdAt: true,
          finishedAt: true,
          questionCount: true,
          answeredCount: true,
          correctCount: true,
        },
      },
    },
  });
  return rows.map((row) => {
    const rules = rulesOf(row);
    const attempts = row.sessions.map((s) => ({
      id: s.id,
      finished: s.finishedAt !== null,
      startedAt: s.createdAt,
      total: s.questionCount,
      // Counted with each answer (decision 0014): no answer rows are read for this page.
      answered: s.answeredCount,
      correct: s.correctCount,
    }));
    const open = attempts.find((a) => !a.finished);
    const finished = attempts.filter((a) => a.finished);
    // A score reveals how many answers were right, so it follows the answer policy.
    const scoreHidden = attempts.some((a) => !answersShown(rules, a.finished, now));
    return {
      ...rules,
      id: row.id,
      title: row.title,
      className: row.class.name,
      status: studentStatus(rules, attempts, now),
      attemptsUsed: attempts.length,
      openSessionId: open?.id ?? null,
      lastSessionId: finished.at(-1)?.id ?? null,
      score: scoreHidden ? null : assignmentScore(attempts, rules.scoring),
      scoreHidden,
      blocked: open ? null : cannotStart(rules, attempts.length, now, (d) => formatInZone(d, timeZone)),
    };
  });
}

/**
 * Starts (or continues) the student's attempt at an assignment of one of their classes: the
 * questions are drawn from the deck now and fixed, like any quiz. A double click cannot use two
 * attempts: attempt numbers are unique per student and assignment.
 */
export async function startAssignmentAttempt(
  studentId: string,
  assignmentId: string,
  timeZone: string,
  now: Date,
): Promise<StartResult> {
  const row = await db().assignment.findFirst({
    where: { id: assignmentId, class: { enrollments: { some: { studentId } } } },
    include: {
      deck: true,
      sessions: { where: { userId: studentId }, select: { id: true, finishedAt: true }, orderBy: { createdAt: "asc" } },
    },
  });
  if (!row) return fail("not-found", "That assignment is not set for any of your classes.");
  const open = row.sessions.find((s) => !s.finishedAt);
  if (open) return ok({ sessionId: open.id });
  const blocked = cannotStart(rulesOf(row), row.sessions.length, now, (d) => formatInZone(d, timeZone));
  if (blocked) return fail("forbidden", blocked);

  // The deck's facts are its teacher's: their corpus makes the questions the teacher previewed.
  const corpus = await teacherCorpus(row.deck.teacherId);
  const deck = storedDeck(row.deck);
  const factIds = deck.factIds.filter((id) => corpus.facts.has(id));
  const items = pickQuestions(corpus.items, factIds, deck.itemTypes, deck.questionsPerAttempt, Math.random);
  if (!items.length) return fail("not-found", "This assignment's deck has no questions any more. Tell your teacher.");
  try {
    const sessionId = await storeSession(studentId, "assignment", row.title, { deckId: row.deckId }, items, {
      assignmentId: row.id,
      assignmentAttempt: row.sessions.length + 1,
      answersVisible: row.answersVisible,
    });
    return ok({ sessionId });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    // The same attempt was started a moment ago (a double click): continue that one.
    const started = await db().quizSession.findFirst({
      where: { assignmentId: row.id, userId: studentId, finishedAt: null },
      select: { id: true },
    });
    return started
      ? ok({ sessionId: started.id })
      : fail("conflict", "This attempt was just started elsewhere. Reload the page.");
  }
}
