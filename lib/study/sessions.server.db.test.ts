import { beforeAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { studentCorpus } from "./corpus.server";
import { progressForStudent, reviewForStudent } from "@/lib/progress/queries.server";
import { quickQuiz } from "./selection";
import {
  sessionForStudent,
  sessionResults,
  startPracticeSession,
  startRetryMissedSession,
  storedItem,
  submitAnswer,
} from "./sessions.server";
import { responseFor as responseForItem } from "./test-support";
import type { AnswerResponse } from "@/lib/quiz/view";

// Runs against the real corpus (the db project runs its files one at a time; see vitest.config.ts).
const db = testDb();

async function newStudent(label = "study") {
  const result = await createAccount(db, {
    name: "Test Student",
    email: uniqueEmail(label),
    password: "a long enough password",
    role: "student",
  });
  if (!result.ok) throw new Error("could not create the test student");
  return result.data.userId;
}

/** A right (or deliberately wrong) response to a question, from its stored item. */
async function responseFor(questionId: string, right: boolean): Promise<AnswerResponse> {
  return responseForItem(await storedItemOf(questionId), right);
}

/** The stored item of a question, as only the server sees it. */
async function storedItemOf(questionId: string) {
  return storedItem((await db.sessionQuestion.findUniqueOrThrow({ where: { id: questionId } })).item);
}

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

describe("quiz sessions", () => {
  it("fixes the questions on the server and shows the browser no answer, fact id or passage", async () => {
    const student = await newStudent();
    const started = await startPracticeSession(student, quickQuiz, "Quick quiz");
    if (!started.ok) throw new Error(started.error);
    const view = await sessionForStudent(student, started.data.sessionId);
    expect(view).toMatchObject({ total: 10, answered: 0, finished: false });
    const item = await storedItemOf(view!.current!.questionId);
    const json = JSON.stringify(view);
    expect(json).not.toContain(item.factId);
    expect(json).not.toContain(item.id);
    expect(json).not.toMatch(/"(passage|citation|quote|answer|accepted)"/);
    // A true/false statement may word the claim as its passage does; outside the stem the passage never appears.
    const withoutStem = JSON.stringify({ ...view, current: { ...view!.current, stem: "" } });
    expect(withoutStem).not.toContain(item.passage.quote);
    if (item.type !== "multiple-choice") expect(json.toLowerCase()).not.toContain(`"${item.answer.toLowerCase()}"`);
    // A resume shows the same question.
    expect((await sessionForStudent(student, started.data.sessionId))!.current).toEqual(view!.current);
  });

  it("grades on the server, once: a repeated submission returns the same verdict and stores one attempt", async () => {
    const student = await newStudent();
    const started = await startPracticeSession(student, { ...quickQuiz, count: 5 }, "Five");
    if (!started.ok) throw new Error(started.error);
    const questionId = (await sessionForStudent(student, started.data.sessionId))!.current!.questionId;
    const response = await responseFor(questionId, true);
    const [first, second] = await Promise.all([
      submitAnswer(student, { questionId, response, timeTakenMs: 1200 }),
      submitAnswer(student, { questionId, response, timeTakenMs: 1300 }),
    ]);
    expect(first.ok && first.data.shown && first.data.verdict).toBe("correct");
    expect(second).toEqual(first);
    const stored = await db.attempt.findUniqueOrThrow({ where: { sessionQuestionId: questionId } });
    expect(stored).toMatchObject({ userId: student, verdict: "correct", correct: true });
    expect(Math.abs(stored.createdAt.getTime() - Date.now())).toBeLessThan(60_000); // stored as the ORM stores dates
    expect(first.ok && first.data.shown && first.data.citation?.passage.quote).toBe(
      (await storedItemOf(questionId)).passage.quote,
    );

    const other = await submitAnswer(student, {
      questionId,
      response: await responseFor(questionId, false),
      timeTakenMs: 10,
    });
    expect(other).toEqual({
      ok: false,
      code: "conflict",
      error: "You have already answered this question; your first answer stands.",
    });
    expect(await db.attempt.count({ where: { sessionQuestionId: questionId } })).toBe(1);
  });

  it("refuses another student's session and question, and changes nothing", async () => {
    const owner = await newStudent("owner");
    const intruder = await newStudent("intruder");
    const started = await startPracticeSession(owner, { ...quickQuiz, count: 5 }, "Mine");
    if (!started.ok) throw new Error(started.error);
    const questionId = (await sessionForStudent(owner, started.data.sessionId))!.current!.questionId;
    expect(await sessionForStudent(intruder, started.data.sessionId)).toBeNull();
    expect(await sessionResults(intruder, started.data.sessionId)).toBeNull();
    const attempt = await submitAnswer(intruder, {
      questionId,
      response: await responseFor(questionId, true),
      timeTakenMs: 5,
    });
    expect(attempt).toEqual({
      ok: false,
      code: "not-found",
      error: "That question is not part of any of your quizzes.",
    });
    expect(await db.attempt.count({ where: { sessionQuestionId: questionId } })).toBe(0);
  });

  it("refuses an answer of the wrong kind without storing it", async () => {
    const student = await newStudent();
    const started = await startPracticeSession(
      student,
      { articles: [], topics: [], types: ["typed"], count: 5 },
      "Typed",
    );
    if (!started.ok) throw new Error(started.error);
    const questionId = (await sessionForStudent(student, started.data.sessionId))!.current!.questionId;
    expect(
      await submitAnswer(student, { questionId, response: { kind: "choice", key: "a" }, timeTakenMs: 5 }),
    ).toMatchObject({ ok: false, code: "invalid" });
    expect(await db.attempt.count({ where: { sessionQuestionId: questionId } })).toBe(0);
  });

  it("finishes a session, lists what was missed for review, retries exactly those, and clears one answered right", async () => {
    const student = await newStudent();
    const started = await startPracticeSession(student, { ...quickQuiz, count: 5 }, "Five");
    if (!started.ok) throw new Error(started.error);
    const answers = [false, true, false, true, true];
    for (const right of answers) {
      const questionId = (await sessionForStudent(student, started.data.sessionId))!.current!.questionId;
      const result = await submitAnswer(student, {
        questionId,
        response: await responseFor(questionId, right),
        timeTakenMs: 1000,
      });
      expect(result.ok).toBe(true);
    }
    const view = await sessionForStudent(student, started.data.sessionId);
    expect(view).toMatchObject({ finished: true, answered: 5, current: null });
    const results = await sessionResults(student, started.data.sessionId);
    expect(results).toMatchObject({ total: 5, correct: 3, totalTimeMs: 5000 });
    expect(results!.rows.every((r) => r.citation !== null)).toBe(true);

    const missedFacts = results!.rows
      .filter((r) => r.verdict !== "correct")
      .map((r) => r.citation!.factId)
      .sort();
    const review = await reviewForStudent(student);
    expect(review.groups.flatMap((g) => g.questions.map((q) => q.factId)).sort()).toEqual(missedFacts);

    const retry = await startRetryMissedSession(student);
    if (!retry.ok) throw new Error(retry.error);
    const retryView = await sessionForStudent(student, retry.data.sessionId);
    expect(retryView!.total).toBe(2);
    const retried = await db.sessionQuestion.findMany({ where: { sessionId: retry.data.sessionId } });
    expect(retried.map((q) => q.factId).sort()).toEqual(missedFacts);

    const questionId = retryView!.current!.questionId;
    const clearedFact = retried.find((q) => q.id === questionId)!.factId;
    await submitAnswer(student, { questionId, response: await responseFor(questionId, true), timeTakenMs: 800 });
    const after = (await reviewForStudent(student)).groups.flatMap((g) => g.questions.map((q) => q.factId));
    expect(after).toEqual(missedFacts.filter((id) => id !== clearedFact));

    const progress = await progressForStudent(student, "UTC");
    expect(progress).toMatchObject({ answered: 6, correct: 4 });
    expect(progress.byArticle.reduce((sum, r) => sum + r.mastered, 0)).toBe(4);
    expect(progress.byArticle.reduce((sum, r) => sum + r.facts, 0)).toBe((await studentCorpus(student)).facts.size);
  });

  it("says so when there is nothing to retry", async () => {
    expect(await startRetryMissedSession(await newStudent())).toEqual({
      ok: false,
      code: "not-found",
      error: "Nothing to retry: you have answered every question you missed.",
    });
  });
});
