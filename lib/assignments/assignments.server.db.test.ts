import { beforeAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import { createClass, joinClass } from "@/lib/classes/classes.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { progressForStudent, reviewForStudent } from "@/lib/progress/queries.server";
import {
  finishIfComplete,
  sessionForStudent,
  sessionResults,
  storedItem,
  submitAnswer,
} from "@/lib/study/sessions.server";
import { responseFor } from "@/lib/study/test-support";
import { feedQuizAnswers } from "@/lib/scheduling/cards.server";
import {
  assignmentForTeacher,
  assignmentsForStudent,
  assignmentsOfClass,
  createAssignment,
  deleteAssignment,
  startAssignmentAttempt,
} from "./assignments.server";
import { gradebookForTeacher, questionAnalyticsForTeacher, studentAttemptsForTeacher } from "./gradebook.server";
import { localValue } from "@/lib/dates";
import type { AnswerPolicy } from "@/lib/study/attempt-rules";

const db = testDb();
const DAY = 24 * 3600_000;

async function account(role: "student" | "teacher", name = `Test ${role}`) {
  const result = await createAccount(db, { name, email: uniqueEmail(role), password: "a long enough password", role });
  if (!result.ok) throw new Error("could not create the account");
  return result.data.userId;
}

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

/** A teacher's class with one student, another class with another student, and a deck. */
async function world(
  policy: AnswerPolicy,
  { allowLate = false, maxAttempts = "one" as "one" | "several" | "unlimited", dueInDays = 7 } = {},
) {
  const teacher = await account("teacher", "Owner");
  const otherTeacher = await account("teacher", "Other teacher");
  const student = await account("student", "Kasim Cömert");
  const outsider = await account("student", "Outsider");
  const { id: classId } = await createClass(teacher, { name: "9B", description: null });
  const { id: otherClassId } = await createClass(otherTeacher, { name: "9C", description: null });
  const codeOf = async (id: string) => (await db.class.findUniqueOrThrow({ where: { id } })).joinCode;
  await joinClass(student, await codeOf(classId), "192.0.2.1", "UTC");
  await joinClass(outsider, await codeOf(otherClassId), "192.0.2.1", "UTC");
  const facts = await db.fact.findMany({
    where: { retiredAt: null },
    orderBy: { id: "asc" },
    take: 6,
    select: { id: true },
  });
  const deck = await db.deck.create({
    data: {
      teacherId: teacher,
      name: "Six facts",
      factIds: JSON.stringify(facts.map((f) => f.id)),
      itemTypes: JSON.stringify(["multiple-choice", "true-false", "typed"]),
      questionsPerAttempt: 4,
    },
  });
  const now = Date.now();
  const created = await createAssignment(teacher, {
    classId,
    deckId: deck.id,
    opensAt: localValue(new Date(now - DAY), "Asia/Almaty"),
    dueAt: localValue(new Date(now + dueInDays * DAY), "Asia/Almaty"),
    timeZone: "Asia/Almaty",
    attempts: maxAttempts,
    maxAttempts: maxAttempts === "several" ? 2 : undefined,
    scoring: "best",
    answersVisible: policy,
    allowLate,
  });
  if (!created.ok) throw new Error(created.error);
  return {
    teacher,
    otherTeacher,
    student,
    outsider,
    classId,
    deckId: deck.id,
    assignmentId: created.data.assignmentId,
  };
}

/** Answers every question of a session, the first one wrong and the rest right. */
async function takeAttempt(student: string, sessionId: string) {
  const questions = await db.sessionQuestion.findMany({ where: { sessionId }, orderBy: { position: "asc" } });
  const feedback = [];
  for (const [i, q] of questions.entries())
    feedback.push(
      await submitAnswer(student, {
        questionId: q.id,
        response: responseFor(storedItem(q.item), i !== 0),
        timeTakenMs: 1000,
      }),
    );
  return feedback;
}

describe("assignments: who may see and do what", () => {
  it("shows the assignment to its class's students and teacher only; others get nothing and change nothing", async () => {
    const w = await world("after-question");
    expect((await assignmentsForStudent(w.student, "UTC", new Date())).map((a) => a.id)).toEqual([w.assignmentId]);
    expect(await assignmentsForStudent(w.outsider, "UTC", new Date())).toEqual([]);
    expect(await startAssignmentAttempt(w.outsider, w.assignmentId, "UTC", new Date())).toEqual({
      ok: false,
      code: "not-found",
      error: "That assignment is not set for any of your classes.",
    });
    expect(await startAssignmentAttempt(w.teacher, w.assignmentId, "UTC", new Date())).toMatchObject({ ok: false });

    expect(await assignmentForTeacher(w.teacher, w.assignmentId)).toMatchObject({
      classId: w.classId,
      title: "Six facts",
    });
    expect(await assignmentForTeacher(w.teacher, w.assignmentId, "someotherclass000000")).toBeNull();
    for (const intruder of [w.otherTeacher, w.student, w.outsider]) {
      expect(await assignmentForTeacher(intruder, w.assignmentId)).toBeNull();
      expect(await assignmentsOfClass(intruder, w.classId)).toBeNull();
      expect(await gradebookForTeacher(intruder, w.assignmentId, { sort: "name", dir: "asc" })).toBeNull();
      expect(await questionAnalyticsForTeacher(intruder, w.assignmentId)).toBeNull();
      expect(await studentAttemptsForTeacher(intruder, w.assignmentId, w.student)).toBeNull();
    }
    // Another teacher cannot assign to this class, nor assign this teacher's deck to their own class.
    const before = await db.assignment.count();
    const input = {
      deckId: w.deckId,
      opensAt: "2026-12-01T09:00",
      dueAt: "2026-12-08T09:00",
      timeZone: "UTC",
      attempts: "one" as const,
      scoring: "best" as const,
      answersVisible: "after-due" as const,
      allowLate: false,
    };
    expect(await createAssignment(w.otherTeacher, { ...input, classId: w.classId })).toEqual({
      ok: false,
      code: "not-found",
      error: "That class does not exist or is not yours.",
    });
    const own = await createClass(w.otherTeacher, { name: "Own", description: null });
    expect(await createAssignment(w.otherTeacher, { ...input, classId: own.id })).toEqual({
      ok: false,
      code: "invalid",
      error: "Choose one of your decks.",
      fieldErrors: { deckId: "Choose one of your decks." },
    });
    expect(await db.assignment.count()).toBe(before);
  });

  it("stores dates chosen in the teacher's time zone as instants", async () => {
    const w = await world("after-due");
    const created = await createAssignment(w.teacher, {
      classId: w.classId,
      deckId: w.deckId,
      opensAt: "2026-12-01T09:00",
      dueAt: "2026-12-08T23:59",
      timeZone: "Asia/Almaty",
      attempts: "unlimited",
      scoring: "latest",
      answersVisible: "after-due",
      allowLate: false,
    });
    const stored = await db.assignment.findUniqueOrThrow({
      where: { id: created.ok ? created.data.assignmentId : "" },
    });
    expect(stored).toMatchObject({
      opensAt: new Date("2026-12-01T04:00:00Z"),
      dueAt: new Date("2026-12-08T18:59:00Z"),
      maxAttempts: null,
      scoring: "latest",
    });
  });
});

describe("answer visibility is enforced on the server", () => {
  it("after the due date: no verdict, source, score, review entry or flashcard before it", async () => {
    const w = await world("after-due");
    const started = await startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date());
    if (!started.ok) throw new Error(started.error);
    const feedback = await takeAttempt(w.student, started.data.sessionId);
    for (const f of feedback) {
      expect(f).toMatchObject({ ok: true, data: { shown: false, revealed: { when: "after-due" } } });
      expect(JSON.stringify(f)).not.toMatch(/verdict|citation|expected|passage/);
    }
    const results = (await sessionResults(w.student, started.data.sessionId))!;
    expect(results.correct).toBeNull();
    expect(
      results.rows.every(
        (r) => r.verdict === null && r.citation === null && r.expected === "" && r.yourAnswer !== null,
      ),
    ).toBe(true);
    expect((await reviewForStudent(w.student)).groups).toEqual([]);
    expect((await progressForStudent(w.student, "UTC")).answered).toBe(0);
    expect(await feedQuizAnswers(w.student, new Date())).toBe(0);
    const [listed] = await assignmentsForStudent(w.student, "UTC", new Date());
    expect(listed).toMatchObject({
      status: "done",
      score: null,
      scoreHidden: true,
      attemptsUsed: 1,
      blocked: "You have used your one attempt.",
    });

    // After the due date everything appears.
    const later = new Date(Date.now() + 8 * DAY);
    const shown = (await sessionResults(w.student, started.data.sessionId, later))!;
    expect(shown.correct).toBe(shown.total - 1);
    expect(shown.rows.every((r) => r.verdict && r.citation)).toBe(true);
    expect((await reviewForStudent(w.student, 1, later)).groups.flatMap((g) => g.questions)).toHaveLength(1);
    const [afterDue] = await assignmentsForStudent(w.student, "UTC", later);
    expect(afterDue!.score).toBeCloseTo(3 / 4);
    // Answers a due date revealed never feed flashcards: they were hidden when given.
    expect(await feedQuizAnswers(w.student, later)).toBe(0);
  });

  it("after the attempt: hidden while answering, shown once the attempt is finished", async () => {
    const w = await world("after-attempt");
    const started = await startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date());
    if (!started.ok) throw new Error(started.error);
    const feedback = await takeAttempt(w.student, started.data.sessionId);
    expect(feedback.slice(0, -1).every((f) => f.ok && !f.data.shown)).toBe(true);
    expect(feedback.at(-1)).toMatchObject({ ok: true, data: { shown: true, finished: true } });
    expect((await sessionResults(w.student, started.data.sessionId))!.correct).toBe(3);
    expect((await reviewForStudent(w.student)).groups.flatMap((g) => g.questions)).toHaveLength(1);
  });

  it("refuses answers after the due date unless late work is allowed, and marks late work", async () => {
    const strict = await world("after-question", { dueInDays: 7 });
    const started = await startAssignmentAttempt(strict.student, strict.assignmentId, "UTC", new Date());
    if (!started.ok) throw new Error(started.error);
    const [question] = await db.sessionQuestion.findMany({
      where: { sessionId: started.data.sessionId },
      orderBy: { position: "asc" },
    });
    const afterDue = new Date(Date.now() + 8 * DAY);
    const refused = await submitAnswer(
      strict.student,
      { questionId: question!.id, response: responseFor(storedItem(question!.item), true), timeTakenMs: 1000 },
      afterDue,
    );
    expect(refused).toEqual({
      ok: false,
      code: "forbidden",
      error: expect.stringMatching(/due date of this assignment has passed/),
    });
    expect(await db.attempt.count({ where: { sessionQuestionId: question!.id } })).toBe(0);
    expect((await sessionForStudent(strict.student, started.data.sessionId, afterDue))!.current).toBeNull();
    expect(await startAssignmentAttempt(strict.student, strict.assignmentId, "UTC", afterDue)).toMatchObject({
      ok: true,
      data: { sessionId: started.data.sessionId },
    });

    const lenient = await world("after-question", { allowLate: true, dueInDays: -1 });
    const late = await startAssignmentAttempt(lenient.student, lenient.assignmentId, "UTC", new Date());
    if (!late.ok) throw new Error(late.error);
    await takeAttempt(lenient.student, late.data.sessionId);
    const gradebook = (await gradebookForTeacher(lenient.teacher, lenient.assignmentId, { sort: "name", dir: "asc" }))!;
    expect(gradebook.rows).toEqual([
      expect.objectContaining({ name: "Kasim Cömert", late: true, attempts: 1, score: 0.75 }),
    ]);
  });

  it("counts attempts: a double click starts one, and the limit holds", async () => {
    const w = await world("after-question", { maxAttempts: "several" });
    const [a, b] = await Promise.all([
      startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date()),
      startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date()),
    ]);
    expect(a).toEqual(b);
    expect(await db.quizSession.count({ where: { assignmentId: w.assignmentId } })).toBe(1);
    await takeAttempt(w.student, a.ok ? a.data.sessionId : "");
    const second = await startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date());
    if (!second.ok) throw new Error(second.error);
    await takeAttempt(w.student, second.data.sessionId);
    expect(await startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date())).toEqual({
      ok: false,
      code: "forbidden",
      error: "You have used all 2 attempts.",
    });
  });
});

describe("finishing and leaving", () => {
  it("finishes an attempt whose last two answers arrive at once", async () => {
    const w = await world("after-attempt");
    const started = await startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date());
    if (!started.ok) throw new Error(started.error);
    const questions = await db.sessionQuestion.findMany({
      where: { sessionId: started.data.sessionId },
      orderBy: { position: "asc" },
    });
    const answer = (q: (typeof questions)[number]) =>
      submitAnswer(w.student, { questionId: q.id, response: responseFor(storedItem(q.item), true), timeTakenMs: 500 });
    for (const q of questions.slice(0, -2)) await answer(q);
    const last = await Promise.all(questions.slice(-2).map(answer));
    expect(last.some((r) => r.ok && r.data.finished && r.data.shown)).toBe(true);
    expect(
      (await db.quizSession.findUniqueOrThrow({ where: { id: started.data.sessionId } })).finishedAt,
    ).not.toBeNull();
    expect((await assignmentsForStudent(w.student, "UTC", new Date()))[0]).toMatchObject({ status: "done", score: 1 });
  });

  it("finishes an attempt whose last three answers raced each other once the quiz is next opened", async () => {
    const w = await world("after-attempt");
    const started = await startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date());
    if (!started.ok) throw new Error(started.error);
    const questions = await db.sessionQuestion.findMany({
      where: { sessionId: started.data.sessionId },
      orderBy: { position: "asc" },
    });
    await submitAnswer(w.student, {
      questionId: questions[0]!.id,
      response: responseFor(storedItem(questions[0]!.item), true),
      timeTakenMs: 500,
    });
    await Promise.all(
      questions.slice(1).map((q) =>
        submitAnswer(w.student, {
          questionId: q.id,
          response: responseFor(storedItem(q.item), true),
          timeTakenMs: 500,
        }),
      ),
    );
    const view = (await sessionForStudent(w.student, started.data.sessionId))!;
    expect(view.current).toBeNull();
    // What the quiz page does after rendering such a session (the render itself only reads).
    if (view.finishPending) await finishIfComplete(started.data.sessionId);
    expect(
      (await db.quizSession.findUniqueOrThrow({ where: { id: started.data.sessionId } })).finishedAt,
    ).not.toBeNull();
    expect((await sessionResults(w.student, started.data.sessionId))!.correct).toBe(4);
  });

  it("stops taking answers from a student removed from the class, and keeps what they did", async () => {
    const w = await world("after-question", { maxAttempts: "unlimited" });
    const first = await startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date());
    if (!first.ok) throw new Error(first.error);
    await takeAttempt(w.student, first.data.sessionId);
    const open = await startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date());
    if (!open.ok) throw new Error(open.error);
    await db.enrollment.deleteMany({ where: { classId: w.classId, studentId: w.student } });
    const [question] = await db.sessionQuestion.findMany({
      where: { sessionId: open.data.sessionId },
      orderBy: { position: "asc" },
    });
    expect(
      await submitAnswer(w.student, {
        questionId: question!.id,
        response: responseFor(storedItem(question!.item), true),
        timeTakenMs: 500,
      }),
    ).toMatchObject({ ok: false, code: "not-found" });
    expect(await db.attempt.count({ where: { sessionId: open.data.sessionId } })).toBe(0);
    // The gradebook keeps their row, marked removed; "finished by" counts the class as it is.
    const gradebook = (await gradebookForTeacher(w.teacher, w.assignmentId, { sort: "name", dir: "asc" }))!;
    expect(gradebook.rows).toEqual([
      expect.objectContaining({ name: "Kasim Cömert", enrolled: false, attempts: 2, finishedAttempts: 1 }),
    ]);
    expect((await assignmentsOfClass(w.teacher, w.classId))![0]!.finishedBy).toBe(0);
  });
});

describe("gradebook and analytics", () => {
  it("shows score, attempts, time and each question's share correct with the wrong answers grouped", async () => {
    const w = await world("after-question");
    const started = await startAssignmentAttempt(w.student, w.assignmentId, "UTC", new Date());
    if (!started.ok) throw new Error(started.error);
    await takeAttempt(w.student, started.data.sessionId);
    const gradebook = (await gradebookForTeacher(w.teacher, w.assignmentId, { sort: "score", dir: "desc" }))!;
    expect(gradebook.rows).toEqual([
      expect.objectContaining({
        name: "Kasim Cömert",
        score: 0.75,
        attempts: 1,
        finishedAttempts: 1,
        timeMs: 4000,
        late: false,
      }),
    ]);
    expect(gradebook.rows[0]!.lastActivity).toBeInstanceOf(Date);
    expect(await assignmentsOfClass(w.teacher, w.classId)).toEqual([
      expect.objectContaining({ id: w.assignmentId, finishedBy: 1, deckName: "Six facts" }),
    ]);

    const analytics = (await questionAnalyticsForTeacher(w.teacher, w.assignmentId))!;
    expect(analytics.questions).toHaveLength(4);
    const [hardest] = analytics.questions;
    expect(hardest).toMatchObject({ answered: 1, correct: 0, share: 0 });
    expect(hardest!.wrongAnswers).toHaveLength(1);
    expect(hardest!.citation?.passage.quote).toBeTruthy();

    // Started work keeps its assignment; another teacher cannot even try.
    expect(await deleteAssignment(w.otherTeacher, w.assignmentId)).toEqual({
      ok: false,
      code: "not-found",
      error: "That assignment does not exist or is not yours.",
    });
    expect(await deleteAssignment(w.teacher, w.assignmentId)).toEqual({
      ok: false,
      code: "conflict",
      error: "Students have started this assignment, so it stays: their work is in the gradebook.",
    });
    expect(await db.assignment.count({ where: { id: w.assignmentId } })).toBe(1);

    const attempts = (await studentAttemptsForTeacher(w.teacher, w.assignmentId, w.student))!;
    expect(attempts.attempts).toHaveLength(1);
    expect(attempts.attempts[0]!.rows.every((r) => r.verdict && r.citation)).toBe(true);
    // A student of another class is not this assignment's student.
    expect(await studentAttemptsForTeacher(w.teacher, w.assignmentId, w.outsider)).toBeNull();
  });
});
