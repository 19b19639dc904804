import { beforeAll, describe, expect, it } from "vitest";
import { newAccount, testDb } from "@/tests/setup/db";
import { createClass, joinClass } from "@/lib/classes/classes.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { storedItem, submitAnswer } from "@/lib/study/sessions.server";
import { optionKeys } from "@/lib/quiz/view";
import { localValue } from "@/lib/dates";
import { createAssignment, startAssignmentAttempt } from "./assignments.server";
import { deckAnalyticsForTeacher, questionAnalyticsForTeacher } from "./gradebook.server";

const db = testDb();
const DAY = 24 * 3600_000;

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

const account = (role: "student" | "teacher", name: string) => newAccount(db, role, name);

/** Pearson's r from its definition (centred sums), written apart from the code under test. */
function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  const cov = xs.reduce((s, x, i) => s + (x - mx) * (ys[i]! - my), 0);
  const sx = Math.sqrt(xs.reduce((s, x) => s + (x - mx) ** 2, 0));
  const sy = Math.sqrt(ys.reduce((s, y) => s + (y - my) ** 2, 0));
  return cov / (sx * sy);
}

// Six students × four multiple-choice questions (one per fact, in the deck's fact order): 1 right, 0 wrong.
const answers = [
  [1, 1, 1, 1],
  [1, 1, 1, 0],
  [0, 1, 1, 1],
  [1, 0, 1, 0],
  [0, 0, 1, 0],
  [1, 0, 0, 0],
];

describe("item analysis of a small class", () => {
  it("gives facility, discrimination, answers per option and median time as computed by hand", async () => {
    const teacher = await account("teacher", "Analyst");
    const { id: classId } = await createClass(teacher, { name: "Small class", description: null });
    const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: classId } });
    const facts = await db.fact.findMany({
      where: { retiredAt: null, ownerId: null },
      orderBy: { id: "asc" },
      take: 4,
      select: { id: true },
    });
    const deck = await db.deck.create({
      data: {
        teacherId: teacher,
        name: "Four facts",
        factIds: JSON.stringify(facts.map((f) => f.id)),
        itemTypes: JSON.stringify(["multiple-choice"]),
        questionsPerAttempt: 4,
      },
    });
    // Open since yesterday, due tomorrow, one attempt, answers after each question.
    const rules = {
      deckId: deck.id,
      opensAt: localValue(new Date(Date.now() - DAY), "UTC"),
      dueAt: localValue(new Date(Date.now() + DAY), "UTC"),
      timeZone: "UTC",
      attempts: "one" as const,
      scoring: "best" as const,
      answersVisible: "after-question" as const,
      allowLate: false,
    };
    const created = await createAssignment(teacher, { classId, ...rules });
    if (!created.ok) throw new Error(created.error);
    const assignmentId = created.data.assignmentId;

    // Wrong answers pick the wrong options in turn, so each distractor's count is known.
    const picks = new Map<string, Map<string, number>>();
    for (const [s, row] of answers.entries()) {
      const student = await account("student", `Student ${s}`);
      await joinClass(student, joinCode, "192.0.2.1", "UTC");
      const started = await startAssignmentAttempt(student, assignmentId, "UTC", new Date());
      if (!started.ok) throw new Error(started.error);
      const questions = await db.sessionQuestion.findMany({ where: { sessionId: started.data.sessionId } });
      expect(questions).toHaveLength(4);
      for (const q of questions) {
        const item = storedItem(q.item);
        if (item.type !== "multiple-choice") throw new Error("multiple choice only");
        const right = row[facts.findIndex((f) => f.id === q.factId)] === 1;
        const wrong = item.options.filter((o) => o.id !== item.correctOptionId);
        const option = right ? item.options.find((o) => o.id === item.correctOptionId)! : wrong[s % wrong.length]!;
        const counts = picks.get(item.id) ?? new Map<string, number>();
        counts.set(option.text, (counts.get(option.text) ?? 0) + 1);
        picks.set(item.id, counts);
        const submitted = await submitAnswer(student, {
          questionId: q.id,
          response: { kind: "choice", key: optionKeys[item.options.indexOf(option)]! },
          timeTakenMs: (s + 1) * 1000,
        });
        expect(submitted.ok).toBe(true);
      }
    }

    const analysis = (await questionAnalyticsForTeacher(teacher, assignmentId))!;
    expect(analysis.questions).toHaveLength(4);
    const totals = answers.map((row) => row.reduce((a, b) => a + b, 0));
    for (const q of analysis.questions) {
      const fact = facts.findIndex((f) => f.id === q.itemId.split(".")[0]);
      const xs = answers.map((row) => row[fact]!);
      const ys = answers.map((row, s) => totals[s]! - row[fact]!);
      expect(q.share).toBeCloseTo(xs.reduce((a, b) => a + b, 0) / 6, 10);
      const spread = new Set(xs).size > 1 && new Set(ys).size > 1;
      if (spread) expect(q.discrimination.value).toBeCloseTo(pearson(xs, ys), 10);
      else expect(q.discrimination).toMatchObject({ value: null, why: "no-spread" });
      // Every student took 1 s per place in the list: the median of 1–6 s is 3.5 s.
      expect(q.medianTimeMs).toBe(3500);
      const counts = picks.get(q.itemId)!;
      expect(Object.fromEntries(q.options.map((o) => [o.option, o.count]))).toEqual(
        Object.fromEntries(q.options.map((o) => [o.option, counts.get(o.option) ?? 0])),
      );
      expect(q.options.filter((o) => o.correct).map((o) => o.count)).toEqual([xs.filter((x) => x).length]);
    }
    // The third fact: five of six right, missed by a student who did poorly on the rest: a positive index.
    const byFact = (i: number) => analysis.questions.find((q) => q.itemId.startsWith(`${facts[i]!.id}.`))!;
    expect(byFact(2).share).toBeCloseTo(5 / 6, 10);
    expect(byFact(2).discrimination.value).toBeGreaterThan(0);

    // The deck's analysis adds another class's assignment of it; another teacher gets nothing.
    const { id: otherClassId } = await createClass(teacher, { name: "Other class", description: null });
    const { joinCode: otherCode } = await db.class.findUniqueOrThrow({ where: { id: otherClassId } });
    const second = await createAssignment(teacher, { classId: otherClassId, ...rules });
    if (!second.ok) throw new Error(second.error);
    const late = await account("student", "Late joiner");
    await joinClass(late, otherCode, "192.0.2.1", "UTC");
    const started = await startAssignmentAttempt(late, second.data.assignmentId, "UTC", new Date());
    if (!started.ok) throw new Error(started.error);
    for (const q of await db.sessionQuestion.findMany({ where: { sessionId: started.data.sessionId } })) {
      const item = storedItem(q.item);
      if (item.type !== "multiple-choice") throw new Error("multiple choice only");
      const key = optionKeys[item.options.findIndex((o) => o.id === item.correctOptionId)]!;
      await submitAnswer(late, { questionId: q.id, response: { kind: "choice", key }, timeTakenMs: 9000 });
    }
    const deckWide = (await deckAnalyticsForTeacher(teacher, deck.id))!;
    expect(deckWide.assignments).toBe(2);
    for (const q of deckWide.questions) {
      const inClass = analysis.questions.find((p) => p.itemId === q.itemId)!;
      expect(q.answered).toBe(inClass.answered + 1);
      expect(q.correct).toBe(inClass.correct + 1);
    }
    expect(await deckAnalyticsForTeacher(await account("teacher", "Someone else"), deck.id)).toBeNull();
  });
});
