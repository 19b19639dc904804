import { beforeAll, describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { newAccount, testDb } from "@/tests/setup/db";
import { createClass, joinClass } from "@/lib/classes/classes.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { storedItem, submitAnswer } from "@/lib/study/sessions.server";
import { derivedProgressOf, maintainedProgressOf } from "@/lib/study/standing.server";
import { localValue } from "@/lib/dates";
import { createAssignment, startAssignmentAttempt } from "./assignments.server";
import { gradebookForTeacher } from "./gradebook.server";
import { gradebookCsv } from "./csv";
import { acceptAnswer, unacceptAnswer } from "./regrade.server";

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

  /** A new student answers: the first fact with `first`, the second one right. */
  const student = async (name: string, first: string) => {
    const id = await account("student", name);
    await joinClass(id, joinCode, "192.0.2.1", "UTC");
    const started = await startAssignmentAttempt(id, assignmentId, "UTC", new Date());
    if (!started.ok) throw new Error(started.error);
    for (const q of await db.sessionQuestion.findMany({ where: { sessionId: started.data.sessionId } })) {
      const item = storedItem(q.item);
      const text = q.factId === facts[0]!.id ? first : item.answer;
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
  const csv = parse(gradebookCsv(gradebook.rows, "UTC"), { bom: true, columns: true }) as Record<string, string>[];
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
