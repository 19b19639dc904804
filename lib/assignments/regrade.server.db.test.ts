import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { newAccount, testDb } from "@/tests/setup/db";
import { createClass, joinClass } from "@/lib/classes/classes.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { startPracticeSession, storedItem, submitAnswer } from "@/lib/study/sessions.server";
import { quickQuiz } from "@/lib/study/selection";
import { derivedProgressOf, maintainedProgressOf } from "@/lib/study/standing.server";
import { localValue } from "@/lib/dates";
import { createAssignment, startAssignmentAttempt } from "./assignments.server";
import { answersForTeacher, gradebookForTeacher, teacherChangesIn } from "./gradebook.server";
import { answersCsv, gradebookCsv } from "./csv";
import { acceptAnswer, markAnswer, unacceptAnswer } from "./regrade.server";

const db = testDb();
const DAY = 24 * 3600_000;

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

const account = (role: "student" | "teacher", name: string) => newAccount(db, role, name);

/** A class answering a two-fact typed assignment; `answers[s]` is what student s types for the first fact. */
async function typedClass() {
  const teacher = await account("teacher", "Regrader");
  const { id: classId } = await createClass(teacher, { name: "Regrade class", description: null });
  const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: classId } });
  const facts = await db.fact.findMany({
    where: { retiredAt: null, ownerId: null, answerType: "person" },
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true },
  });
  const deck = await db.deck.create({
    data: {
      teacherId: teacher,
      name: "Typed pair",
      factIds: JSON.stringify(facts.map((f) => f.id)),
      itemTypes: JSON.stringify(["typed"]),
      questionsPerAttempt: 2,
    },
  });
  const created = await createAssignment(teacher, {
    classId,
    deckId: deck.id,
    opensAt: localValue(new Date(Date.now() - DAY), "UTC"),
    dueAt: localValue(new Date(Date.now() + DAY), "UTC"),
    timeZone: "UTC",
    attempts: "one",
    scoring: "best",
    answersVisible: "after-question",
    allowLate: false,
  });
  if (!created.ok) throw new Error(created.error);
  const assignmentId = created.data.assignmentId;

  /** A new student answers: the first fact with `first` (null: its right answer), the second one right. */
  const student = async (name: string, first: string | null) => {
    const id = await account("student", name);
    await joinClass(id, joinCode, "192.0.2.1", "UTC");
    const started = await startAssignmentAttempt(id, assignmentId, "UTC", new Date());
    if (!started.ok) throw new Error(started.error);
    for (const q of await db.sessionQuestion.findMany({ where: { sessionId: started.data.sessionId } })) {
      const item = storedItem(q.item);
      const text = q.factId === facts[0]!.id && first !== null ? first : item.answer;
      const answered = await submitAnswer(id, {
        questionId: q.id,
        response: { kind: "typed", text },
        timeTakenMs: 4000,
      });
      if (!answered.ok) throw new Error(answered.error);
    }
    return id;
  };
  /** The first fact's typed question, once a student has been asked it. */
  const itemId = async () =>
    (await db.sessionQuestion.findFirstOrThrow({ where: { factId: facts[0]!.id, session: { assignmentId } } })).itemId;
  return { teacher, assignmentId, itemId, student, firstFact: facts[0]!.id };
}

/** Scores by student name, from the gradebook rows and from its CSV, which must agree. */
async function scores(teacher: string, assignmentId: string) {
  const gradebook = (await gradebookForTeacher(teacher, assignmentId, { sort: "name", dir: "asc" }))!;
  const rows = Object.fromEntries(gradebook.rows.map((r) => [r.name, r.score]));
  const changes = await teacherChangesIn(assignmentId);
  const csv = parse(gradebookCsv(gradebook.rows, "UTC", changes), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  expect(Object.fromEntries(csv.map((r) => [r.Student, Number(r["Score (%)"]) / 100]))).toEqual(rows);
  return rows;
}

/** Every student's maintained sums equal those derived from their stored answers. */
async function sumsAgree(students: string[]) {
  for (const id of students)
    expect(await maintainedProgressOf(db, id, new Date())).toEqual(await derivedProgressOf(db, id, new Date()));
}

describe("accepting a typed answer", () => {
  it("regrades every matching attempt with the sums it feeds, once; new answers count; undo restores the grader's verdicts", async () => {
    const w = await typedClass();
    const near = await w.student("Near One", "  Quite Wrong Answer ");
    const other = await w.student("Near Two", "quite wrong answer");
    const different = await w.student("Different", "another wrong answer");
    const before = await scores(w.teacher, w.assignmentId);
    expect(before).toEqual({ Different: 0.5, "Near One": 0.5, "Near Two": 0.5 });

    const itemId = await w.itemId();
    const input = { assignmentId: w.assignmentId, itemId, answer: "Quite wrong answer" };
    expect(await acceptAnswer(w.teacher, input)).toEqual({ ok: true, data: { changed: 2 } });
    expect(await scores(w.teacher, w.assignmentId)).toEqual({ Different: 0.5, "Near One": 1, "Near Two": 1 });
    const regraded = await db.attempt.findMany({ where: { itemId, userId: { in: [near, other] } } });
    expect(regraded.map((a) => [a.correct, a.verdict, a.override, a.graderVerdict])).toEqual([
      [true, "correct", "accepted", "incorrect"],
      [true, "correct", "accepted", "incorrect"],
    ]);
    const sessions = await db.quizSession.findMany({ where: { userId: { in: [near, other] } } });
    expect(sessions.map((s) => s.correctCount)).toEqual([2, 2]);
    expect((await db.factStanding.findFirstOrThrow({ where: { userId: near, factId: w.firstFact } })).correct).toBe(1);
    await sumsAgree([near, other, different]);

    // Again: nothing changes; the log has both.
    expect(await acceptAnswer(w.teacher, input)).toEqual({ ok: true, data: { changed: 0 } });
    expect(await db.regradeLog.count({ where: { assignmentId: w.assignmentId, action: "accept" } })).toBe(2);

    // A student answering it later is right, marked as accepted.
    const later = await w.student("Later", "quite wrong answer!");
    const laterAttempt = await db.attempt.findFirstOrThrow({ where: { userId: later, itemId } });
    expect([laterAttempt.correct, laterAttempt.override]).toEqual([true, "accepted"]);

    // Undo: every accepted attempt back to the grader's verdict, scores and sums with it.
    expect(await unacceptAnswer(w.teacher, input)).toEqual({ ok: true, data: { changed: 3 } });
    expect(await scores(w.teacher, w.assignmentId)).toEqual({
      Different: 0.5,
      Later: 0.5,
      "Near One": 0.5,
      "Near Two": 0.5,
    });
    expect(await db.attempt.count({ where: { itemId, override: { not: null } } })).toBe(0);
    await sumsAgree([near, other, different, later]);
    expect(await db.acceptedAnswer.count({ where: { assignmentId: w.assignmentId } })).toBe(0);
  });

  it("is refused for another teacher, an unknown question and an empty answer, changing nothing", async () => {
    const w = await typedClass();
    await w.student("Only", "quite wrong answer");
    const stranger = await account("teacher", "Stranger");
    const itemId = await w.itemId();
    const input = { assignmentId: w.assignmentId, itemId, answer: "quite wrong answer" };
    expect(await acceptAnswer(stranger, input)).toMatchObject({ ok: false, code: "not-found" });
    expect(await acceptAnswer(w.teacher, { ...input, itemId: "no-such-item" })).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(await acceptAnswer(w.teacher, { ...input, answer: "  ?! " })).toMatchObject({ ok: false, code: "invalid" });
    expect(await db.attempt.count({ where: { assignmentId: w.assignmentId, correct: true, itemId } })).toBe(0);
    expect(await db.acceptedAnswer.count({ where: { assignmentId: w.assignmentId } })).toBe(0);
  });
});

describe("marking one student's answer", () => {
  /** The stored answer of `userId` at the first fact. */
  const answerOf = (userId: string, itemId: string) =>
    db.attempt.findFirstOrThrow({ where: { userId, itemId }, select: { id: true, correct: true, override: true } });

  it("marks right or wrong with the sums it feeds, once; wins over accepting; undo gives the grader's (or the accepted) verdict; exports say who decided", async () => {
    const w = await typedClass();
    const marked = await w.student("Marked", "quite wrong answer");
    const alike = await w.student("Alike", "quite wrong answer");
    const right = await w.student("Right", null);
    const itemId = await w.itemId();
    expect(await scores(w.teacher, w.assignmentId)).toEqual({ Alike: 0.5, Marked: 0.5, Right: 1 });

    const markedAnswer = await answerOf(marked, itemId);
    expect(await markAnswer(w.teacher, { attemptId: markedAnswer.id, mark: "right" })).toEqual({
      ok: true,
      data: { changed: 1 },
    });
    expect(await scores(w.teacher, w.assignmentId)).toEqual({ Alike: 0.5, Marked: 1, Right: 1 });
    expect(await db.attempt.findUniqueOrThrow({ where: { id: markedAnswer.id } })).toMatchObject({
      correct: true,
      verdict: "correct",
      override: "marked-right",
      graderVerdict: "incorrect",
    });
    await sumsAgree([marked, alike, right]);
    // Again: nothing changes, nothing logged twice.
    expect(await markAnswer(w.teacher, { attemptId: markedAnswer.id, mark: "right" })).toEqual({
      ok: true,
      data: { changed: 0 },
    });
    expect(await db.regradeLog.findMany({ where: { attemptId: markedAnswer.id } })).toMatchObject([
      { action: "mark-right", teacherId: w.teacher, answer: "quite wrong answer", attemptsChanged: 1 },
    ]);

    // Accepting the same spelling leaves the marked answer alone; marking an accepted answer wrong wins over it.
    expect(
      await acceptAnswer(w.teacher, { assignmentId: w.assignmentId, itemId, answer: "quite wrong answer" }),
    ).toEqual({ ok: true, data: { changed: 1 } });
    const alikeAnswer = await answerOf(alike, itemId);
    expect(alikeAnswer.override).toBe("accepted");
    expect(await scores(w.teacher, w.assignmentId)).toEqual({ Alike: 1, Marked: 1, Right: 1 });
    await markAnswer(w.teacher, { attemptId: alikeAnswer.id, mark: "wrong" });
    expect(await scores(w.teacher, w.assignmentId)).toEqual({ Alike: 0.5, Marked: 1, Right: 1 });
    // Taking that mark back gives the accepted verdict, as the spelling is still accepted.
    await markAnswer(w.teacher, { attemptId: alikeAnswer.id, mark: "grader" });
    expect(await answerOf(alike, itemId)).toMatchObject({ correct: true, override: "accepted" });

    // A right answer marked wrong.
    const rightAnswer = await db.attempt.findFirstOrThrow({ where: { userId: right, itemId, correct: true } });
    await markAnswer(w.teacher, { attemptId: rightAnswer.id, mark: "wrong" });
    expect(await scores(w.teacher, w.assignmentId)).toEqual({ Alike: 1, Marked: 1, Right: 0.5 });
    await sumsAgree([marked, alike, right]);

    // The exports say who decided.
    const changes = await teacherChangesIn(w.assignmentId);
    expect(Object.fromEntries(changes)).toEqual({
      [marked]: { "marked-right": 1 },
      [alike]: { accepted: 1 },
      [right]: { "marked-wrong": 1 },
    });
    const answers = (await answersForTeacher(w.teacher, w.assignmentId))!;
    const csv = parse(answersCsv(answers.rows, "UTC"), { bom: true, columns: true }) as Record<string, string>[];
    const decided = csv.filter((r) => r["Decided by"] !== "Automatic grading");
    expect(decided.map((r) => [r.Student, r.Result, r["Decided by"], r["Automatic grading said"]])).toEqual([
      ["Alike", "Correct", "Correct: accepted by the teacher", "Wrong"],
      ["Marked", "Correct", "Correct: marked right by the teacher", "Wrong"],
      ["Right", "Wrong", "Wrong: marked wrong by the teacher", "Correct"],
    ]);
    expect(csv).toHaveLength(6);

    // Undo every mark: the grader's verdicts (and the accepted spelling's), scores and sums with them.
    await markAnswer(w.teacher, { attemptId: markedAnswer.id, mark: "grader" });
    await markAnswer(w.teacher, { attemptId: rightAnswer.id, mark: "grader" });
    expect(await answerOf(marked, itemId)).toMatchObject({ correct: true, override: "accepted" });
    await unacceptAnswer(w.teacher, { assignmentId: w.assignmentId, itemId, answer: "quite wrong answer" });
    expect(await scores(w.teacher, w.assignmentId)).toEqual({ Alike: 0.5, Marked: 0.5, Right: 1 });
    expect(await db.attempt.count({ where: { assignmentId: w.assignmentId, override: { not: null } } })).toBe(0);
    await sumsAgree([marked, alike, right]);
  });

  it("is refused for another teacher's answers, a practice answer and an unknown id, changing nothing", async () => {
    const w = await typedClass();
    const student = await w.student("Only", "quite wrong answer");
    const itemId = await w.itemId();
    const answer = await answerOf(student, itemId);
    const stranger = await account("teacher", "Stranger");
    expect(await markAnswer(stranger, { attemptId: answer.id, mark: "right" })).toMatchObject({
      ok: false,
      code: "not-found",
    });
    const practice = await startPracticeSession(student, { ...quickQuiz, count: 1 }, "Practice");
    if (!practice.ok) throw new Error(practice.error);
    const [question] = await db.sessionQuestion.findMany({ where: { sessionId: practice.data.sessionId } });
    const practiceItem = storedItem(question!.item);
    const response =
      practiceItem.type === "multiple-choice"
        ? { kind: "choice" as const, key: "a" as const }
        : practiceItem.type === "true-false"
          ? { kind: "true-false" as const, value: true }
          : { kind: "typed" as const, text: "no idea" };
    const submitted = await submitAnswer(student, { questionId: question!.id, response, timeTakenMs: 1000 });
    if (!submitted.ok) throw new Error(submitted.error);
    const practiceAnswer = await db.attempt.findFirstOrThrow({ where: { sessionQuestionId: question!.id } });
    expect(await markAnswer(w.teacher, { attemptId: practiceAnswer.id, mark: "right" })).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(await markAnswer(w.teacher, { attemptId: "no-such-answer", mark: "right" })).toMatchObject({
      ok: false,
      code: "not-found",
    });
    expect(await db.attempt.count({ where: { userId: student, override: { not: null } } })).toBe(0);
    expect(await db.regradeLog.count({ where: { attemptId: { in: [answer.id, practiceAnswer.id] } } })).toBe(0);
  });
});
