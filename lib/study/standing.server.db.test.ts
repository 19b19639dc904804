import { beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { db as appDb } from "@/lib/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import { createClass, joinClass } from "@/lib/classes/classes.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { createAssignment, rescheduleAssignment, startAssignmentAttempt } from "@/lib/assignments/assignments.server";
import { applyReview, feedQuizAnswers, undoLastReview } from "@/lib/scheduling/cards.server";
import { progressForStudent, reviewForStudent } from "@/lib/progress/queries.server";
import { localValue, QUARTER_MS, sumByLocalDay } from "@/lib/dates";
import type { AnswerPolicy } from "./attempt-rules";
import { quickQuiz } from "./selection";
import { startPracticeSession, startRetryMissedSession, storedItem, submitAnswer } from "./sessions.server";
import {
  countShownSessions,
  derivedProgressOf,
  maintainedProgressOf,
  rebuildStudentProgress,
  studentDays,
  studentQuarters,
} from "./standing.server";
import { responseFor } from "./test-support";

const db = testDb();
const DAY = 24 * 3600_000;
const policies: AnswerPolicy[] = ["after-question", "after-attempt", "after-due"];

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

async function account(role: "student" | "teacher") {
  const result = await createAccount(db, {
    name: `Standing ${role}`,
    email: uniqueEmail(`standing-${role}`),
    password: "a long enough password",
    role,
  });
  if (!result.ok) throw new Error("could not create the account");
  return result.data.userId;
}

/** A student in a teacher's class with one assignment per answer policy, late work accepted. */
async function world(start: number) {
  const teacher = await account("teacher");
  const student = await account("student");
  const { id: classId } = await createClass(teacher, { name: "Standing class", description: null });
  const { joinCode } = await db.class.findUniqueOrThrow({ where: { id: classId } });
  await joinClass(student, joinCode, "192.0.2.1", "UTC");
  const facts = await db.fact.findMany({ where: { retiredAt: null }, orderBy: { id: "asc" }, take: 8 });
  const deck = await db.deck.create({
    data: {
      teacherId: teacher,
      name: "Eight facts",
      factIds: JSON.stringify(facts.map((f) => f.id)),
      itemTypes: JSON.stringify(["multiple-choice", "true-false", "typed"]),
      questionsPerAttempt: 4,
    },
  });
  const assignments = new Map<AnswerPolicy, string>();
  for (const policy of policies) {
    const created = await createAssignment(teacher, {
      classId,
      deckId: deck.id,
      opensAt: localValue(new Date(start - DAY), "UTC"),
      dueAt: localValue(new Date(start + 3 * DAY), "UTC"),
      timeZone: "UTC",
      attempts: "unlimited",
      scoring: "best",
      answersVisible: policy,
      allowLate: true,
    });
    if (!created.ok) throw new Error(created.error);
    assignments.set(policy, created.data.assignmentId);
  }
  return { teacher, student, assignments, factIds: facts.map((f) => f.id) };
}

/** Answers `count` unanswered questions of a session at `at`, each right or wrong as `rights` says. */
async function answer(student: string, sessionId: string, rights: boolean[], at: Date) {
  const questions = await db.sessionQuestion.findMany({
    where: { sessionId, attempt: null },
    orderBy: { position: "asc" },
  });
  for (const [i, right] of rights.entries()) {
    const question = questions[i];
    if (!question) return;
    const result = await submitAnswer(
      student,
      { questionId: question.id, response: responseFor(storedItem(question.item), right), timeTakenMs: 1000 },
      new Date(at.getTime() + i * 1000),
    );
    if (!result.ok) throw new Error(result.error);
  }
}

const step = fc.oneof(
  fc.record({ kind: fc.constant("practice" as const), rights: fc.array(fc.boolean(), { maxLength: 5 }) }),
  fc.record({
    kind: fc.constant("assignment" as const),
    policy: fc.constantFrom(...policies),
    rights: fc.array(fc.boolean(), { maxLength: 4 }),
  }),
  fc.record({ kind: fc.constant("review" as const), fact: fc.nat(7), grade: fc.constantFrom(1, 2, 3, 4) }),
  fc.record({ kind: fc.constant("undo" as const) }),
  fc.record({ kind: fc.constant("feed" as const) }),
  fc.record({ kind: fc.constant("count-shown" as const) }),
  fc.record({
    kind: fc.constant("reschedule" as const),
    policy: fc.constantFrom(...policies),
    dueInDays: fc.integer({ min: -2, max: 4 }),
  }),
  fc.record({ kind: fc.constant("wait" as const), hours: fc.integer({ min: 1, max: 60 }) }),
);

describe("maintained progress", () => {
  it("equals the progress derived from the answers and reviews after any history, and a rebuild writes the same", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 4, maxLength: 14 }), async (steps) => {
        let clock = Date.now();
        const w = await world(clock);
        const at = () => new Date((clock += 60_000));
        for (const s of steps) {
          if (s.kind === "practice") {
            const started = await startPracticeSession(w.student, { ...quickQuiz, count: 5 }, "Practice");
            if (started.ok) await answer(w.student, started.data.sessionId, s.rights, at());
          } else if (s.kind === "assignment") {
            const started = await startAssignmentAttempt(w.student, w.assignments.get(s.policy)!, "UTC", at());
            if (started.ok) await answer(w.student, started.data.sessionId, s.rights, at());
          } else if (s.kind === "review") {
            await applyReview({
              userId: w.student,
              factId: w.factIds[s.fact]!,
              reviewId: `test-${crypto.randomUUID()}`,
              grade: s.grade as 1 | 2 | 3 | 4,
              now: at(),
              source: "flashcard",
            });
          } else if (s.kind === "undo") await undoLastReview(w.student);
          else if (s.kind === "feed") await feedQuizAnswers(w.student, at());
          else if (s.kind === "count-shown") await countShownSessions(w.student, at());
          else if (s.kind === "reschedule") {
            const now = at();
            const result = await rescheduleAssignment(
              w.teacher,
              {
                assignmentId: w.assignments.get(s.policy)!,
                opensAt: localValue(new Date(now.getTime() - 5 * DAY), "UTC"),
                dueAt: localValue(new Date(now.getTime() + s.dueInDays * DAY + 3_600_000), "UTC"),
                timeZone: "UTC",
                allowLate: true,
              },
              now,
            );
            if (!result.ok) throw new Error(result.error);
          } else clock += s.hours * 3_600_000;
          const now = new Date(clock);
          expect(await maintainedProgressOf(db, w.student, now)).toEqual(await derivedProgressOf(db, w.student, now));
        }
        const now = new Date(clock);
        // Days summed in SQL under the zone's offsets equal the same quarters summed in JS.
        for (const zone of ["UTC", "Pacific/Kiritimati", "Pacific/Honolulu", "Asia/Kathmandu"])
          expect(await studentDays(w.student, zone, now)).toEqual(
            sumByLocalDay(await studentQuarters(w.student, now), ["answered", "correct", "reviews", "again"], zone),
          );
        const maintained = await maintainedProgressOf(db, w.student, now);
        await rebuildStudentProgress(db, w.student, now);
        expect(await maintainedProgressOf(db, w.student, now)).toEqual(maintained);
      }),
      { numRuns: 6 },
    );
  }, 180_000);

  it("never counts a hidden answer: a due date moved past now hides answers its passing had shown", async () => {
    const start = Date.now();
    const w = await world(start);
    const started = await startAssignmentAttempt(w.student, w.assignments.get("after-due")!, "UTC", new Date(start));
    if (!started.ok) throw new Error(started.error);
    await answer(w.student, started.data.sessionId, [false, false, false, false], new Date(start));
    const hidden = async (now: Date) => {
      expect((await reviewForStudent(w.student, 1, now)).total).toBe(0);
      expect((await progressForStudent(w.student, "UTC", now)).answered).toBe(0);
      const retry = await startRetryMissedSession(w.student, now);
      expect(retry.ok).toBe(false);
    };
    await hidden(new Date(start + DAY));

    // The due date passes: the four misses are shown (read before and after they are counted).
    const afterDue = new Date(start + 4 * DAY);
    expect((await reviewForStudent(w.student, 1, afterDue)).total).toBe(4);
    expect(await countShownSessions(w.student, afterDue)).toBe(1);
    expect((await progressForStudent(w.student, "UTC", afterDue)).answered).toBe(4);

    // The teacher extends the due date past now: the answers are hidden again, counted or not.
    const extended = await rescheduleAssignment(
      w.teacher,
      {
        assignmentId: w.assignments.get("after-due")!,
        opensAt: localValue(new Date(start - DAY), "UTC"),
        dueAt: localValue(new Date(start + 10 * DAY), "UTC"),
        timeZone: "UTC",
        allowLate: true,
      },
      afterDue,
    );
    expect(extended.ok).toBe(true);
    await hidden(afterDue);
    // Nor do they feed the flashcards: they were hidden when given.
    expect(await feedQuizAnswers(w.student, afterDue)).toBe(0);
    expect(await maintainedProgressOf(db, w.student, afterDue)).toEqual(
      await derivedProgressOf(db, w.student, afterDue),
    );
  });

  it("pages the review list: every missed fact once, newest miss first", async () => {
    const w = await world(Date.now());
    let clock = Date.now();
    for (let round = 0; round < 6; round++) {
      const started = await startPracticeSession(w.student, { ...quickQuiz, count: 10 }, "Practice");
      if (!started.ok) throw new Error(started.error);
      await answer(w.student, started.data.sessionId, Array(10).fill(false), new Date((clock += 60_000)));
    }
    const first = await reviewForStudent(w.student, 1);
    const missed = (await db.factStanding.findMany({ where: { userId: w.student, lastCorrect: false } })).length;
    expect(first.total).toBe(missed);
    expect(first.pages).toBe(Math.ceil(missed / 20));
    const seen: string[] = [];
    for (let page = 1; page <= first.pages; page++) {
      const shown = await reviewForStudent(w.student, page);
      const facts = shown.groups.flatMap((g) => g.questions);
      expect(facts.length).toBeLessThanOrEqual(20);
      seen.push(...facts.map((q) => q.factId));
    }
    expect(new Set(seen).size).toBe(missed);
    expect(seen).toHaveLength(missed);
    // A page past the end shows the last page.
    expect((await reviewForStudent(w.student, 999)).page).toBe(first.pages);
  });

  it("sums a day in SQL across a daylight-saving change, in the reader's zone", async () => {
    const student = await account("student");
    // New York, 8 March 2026: clocks go forward at 07:00 UTC, so the day ends at 04:00 UTC on the 9th.
    const quarter = (iso: string) => Math.floor(new Date(iso).getTime() / QUARTER_MS);
    await db.studyQuarter.createMany({
      data: [
        { userId: student, quarter: quarter("2026-03-08T04:45:00Z"), answered: 1, correct: 1 },
        { userId: student, quarter: quarter("2026-03-08T05:00:00Z"), answered: 2, correct: 0 },
        { userId: student, quarter: quarter("2026-03-09T03:45:00Z"), answered: 4, correct: 4 },
        { userId: student, quarter: quarter("2026-03-09T04:00:00Z"), reviews: 8, again: 1 },
      ],
    });
    expect(await studentDays(student, "America/New_York")).toEqual([
      { day: "2026-03-07", answered: 1, correct: 1, reviews: 0, again: 0 },
      { day: "2026-03-08", answered: 6, correct: 4, reviews: 0, again: 0 },
      { day: "2026-03-09", answered: 0, correct: 0, reviews: 8, again: 1 },
    ]);
    expect((await studentDays(student, "UTC")).map((d) => d.day)).toEqual(["2026-03-08", "2026-03-09"]);
  });

  it("counts a session once when reveals, a rebuild and answers run at the same time", async () => {
    const start = Date.now();
    const w = await world(start);
    const hidden = await startAssignmentAttempt(w.student, w.assignments.get("after-due")!, "UTC", new Date(start));
    if (!hidden.ok) throw new Error(hidden.error);
    await answer(w.student, hidden.data.sessionId, [true, false, true], new Date(start));
    const practice = await startPracticeSession(w.student, { ...quickQuiz, count: 5 }, "Practice");
    if (!practice.ok) throw new Error(practice.error);
    const afterDue = new Date(start + 4 * DAY);
    const questions = await db.sessionQuestion.findMany({ where: { sessionId: practice.data.sessionId } });
    const [reveals] = await Promise.all([
      Promise.all([1, 2, 3, 4].map(() => countShownSessions(w.student, afterDue))),
      // The app's own client: a process has one (a second SQLite connection would wait on the first).
      rebuildStudentProgress(appDb(), w.student, afterDue),
      ...questions.map((q, i) =>
        submitAnswer(
          w.student,
          { questionId: q.id, response: responseFor(storedItem(q.item), i % 2 === 0), timeTakenMs: 900 },
          new Date(afterDue.getTime() + i),
        ),
      ),
    ]);
    // One of the racing calls counted the session (or the rebuild did, and none had to).
    expect(reveals.reduce((sum, n) => sum + n, 0)).toBeLessThanOrEqual(1);
    expect(await maintainedProgressOf(db, w.student, afterDue)).toEqual(
      await derivedProgressOf(db, w.student, afterDue),
    );
    expect((await progressForStudent(w.student, "UTC", afterDue)).answered).toBe(8);
  });
});
