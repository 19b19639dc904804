import "server-only";
import { randomBytes } from "node:crypto";
import type { Db } from "@/lib/db/client.server";
import { hashPassword } from "@/lib/accounts/password.server";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { createAssignment, startAssignmentAttempt } from "@/lib/assignments/assignments.server";
import { seededRank } from "@/lib/quiz/distractors";
import type { QuizItem } from "@/lib/quiz/items";
import { optionKeys, type AnswerResponse } from "@/lib/quiz/view";
import { startPracticeSession, storedItem, submitAnswer } from "@/lib/study/sessions.server";
import { teacherCorpus } from "@/lib/study/corpus.server";
import { localValue } from "@/lib/dates";
import { demoClassmates, type DemoClass } from "./demo-users.server";

/**
 * A past assignment of the demo class with the class's answers, so a teacher's first look shows a
 * gradebook with scores and a question analysis with flags and common wrong answers (issue 18).
 * Every answer goes through the app's own quiz code (start, submit, grade), dated over the past
 * days; classmates are accounts no one can sign in to (random passwords).
 */
export const DEMO_PAST_ASSIGNMENT = "Casualties: who counted what?";
const DEMO_PAST_DECK = "Casualties: who counted what";

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The same "random" numbers on every start: a student's answers do not depend on the run. */
function generator(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1_664_525) + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A wrong answer as students give one: a wrong option, the popular one most often (one option
 * stays almost unpicked); the opposite of a true/false statement; for a typed answer another
 * source's figure or name, or the answer copied with more of the passage (which a teacher may
 * accept).
 */
function wrongResponse(item: QuizItem, wrongAnswers: readonly string[], quote: string, random: () => number) {
  if (item.type === "multiple-choice") {
    const wrong = item.options
      .filter((o) => o.id !== item.correctOptionId)
      .toSorted((a, b) => seededRank(item.id, a.text) - seededRank(item.id, b.text));
    const pick = random() < 0.75 ? wrong[0] : wrong[1];
    return { kind: "choice", key: optionKeys[item.options.indexOf(pick ?? wrong[0]!)]! } satisfies AnswerResponse;
  }
  if (item.type === "true-false") return { kind: "true-false", value: !item.isTrue } satisfies AnswerResponse;
  const at = quote.toLowerCase().indexOf(item.answer.toLowerCase());
  const longer =
    at >= 0
      ? quote
          .slice(at)
          .split(/\s+/)
          .slice(0, item.answer.split(/\s+/).length + 3)
          .join(" ")
      : "";
  const text = wrongAnswers.length && (random() < 0.6 || !longer) ? wrongAnswers[0]! : longer || "I do not know";
  return { kind: "typed", text } satisfies AnswerResponse;
}

function rightResponse(item: QuizItem): AnswerResponse {
  if (item.type === "multiple-choice")
    return { kind: "choice", key: optionKeys[item.options.findIndex((o) => o.id === item.correctOptionId)]! };
  if (item.type === "true-false") return { kind: "true-false", value: item.isTrue };
  return { kind: "typed", text: item.answer };
}

/** Answers every question of a session at `at`, 25–55 s each; a student of `ability` gets each right with that chance. */
async function answerSession(
  db: Db,
  userId: string,
  sessionId: string,
  at: number,
  ability: number,
  random: () => number,
  wrongAnswersOf: (factId: string) => { wrong: string[]; quote: string },
) {
  const questions = await db.sessionQuestion.findMany({ where: { sessionId }, orderBy: { position: "asc" } });
  let clock = at;
  for (const question of questions) {
    const item = storedItem(question.item);
    // Typed answers are harder than picking: a student's chance drops for them.
    const chance = item.type === "typed" ? ability - 0.2 : ability;
    const { wrong, quote } = wrongAnswersOf(item.factId);
    const response = random() < chance ? rightResponse(item) : wrongResponse(item, wrong, quote, random);
    const timeTakenMs = Math.round(25_000 + random() * 30_000);
    clock += timeTakenMs;
    const answered = await submitAnswer(userId, { questionId: question.id, response, timeTakenMs }, new Date(clock));
    if (!answered.ok) throw new Error(`demo history: ${answered.error}`);
  }
  await db.quizSession.update({ where: { id: sessionId }, data: { createdAt: new Date(at) } });
}

/**
 * Once per database: the past assignment, its deck, the classmates, their attempts, and a few
 * practice quizzes of the two demo students. Returns the answers written, or null when the
 * history exists already (or the demo class does not).
 */
export async function ensureDemoHistory(db: Db, demo: DemoClass, now = new Date()): Promise<number | null> {
  if (await db.assignment.findFirst({ where: { classId: demo.classId, title: DEMO_PAST_ASSIGNMENT } })) return null;

  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const dueDay = today - 2 * DAY;
  const dueAt = new Date(dueDay + 17 * HOUR);
  const classmateIds: string[] = [];
  for (const classmate of demoClassmates) {
    const user =
      (await db.user.findUnique({ where: { email: classmate.email }, select: { id: true } })) ??
      (await db.user.create({
        data: {
          ...classmate,
          role: "student",
          passwordHash: await hashPassword(randomBytes(24).toString("base64url")),
        },
        select: { id: true },
      }));
    classmateIds.push(user.id);
  }
  const enrolled = new Set(
    (await db.enrollment.findMany({ where: { classId: demo.classId }, select: { studentId: true } })).map(
      (e) => e.studentId,
    ),
  );
  await db.enrollment.createMany({
    data: classmateIds
      .filter((id) => !enrolled.has(id))
      .map((studentId) => ({ classId: demo.classId, studentId, joinedAt: new Date(dueAt.getTime() - 9 * DAY) })),
  });

  const facts = await db.fact.findMany({
    where: { retiredAt: null, ownerId: null },
    orderBy: { id: "asc" },
    select: { id: true, topics: true },
  });
  const casualties = facts.filter((f) => parseJsonColumn(stringList, f.topics, "fact topics").includes("casualties"));
  if (!casualties.length) return null;
  const deck = await db.deck.create({
    data: {
      teacherId: demo.teacherId,
      name: DEMO_PAST_DECK,
      factIds: JSON.stringify(casualties.map((f) => f.id)),
      itemTypes: JSON.stringify(["multiple-choice", "typed"]),
      questionsPerAttempt: 8,
    },
    select: { id: true },
  });
  const created = await createAssignment(demo.teacherId, {
    classId: demo.classId,
    title: DEMO_PAST_ASSIGNMENT,
    deckId: deck.id,
    opensAt: localValue(new Date(dueAt.getTime() - 8 * DAY), "UTC"),
    dueAt: localValue(dueAt, "UTC"),
    timeZone: "UTC",
    attempts: "several",
    maxAttempts: 2,
    scoring: "best",
    answersVisible: "after-attempt",
    allowLate: false,
  });
  if (!created.ok) throw new Error(`demo history: ${created.error}`);
  const assignmentId = created.data.assignmentId;

  // Wrong typed answers come from each fact's curated wrong answers (another source's figure).
  const corpus = await teacherCorpus(demo.teacherId);
  const wrongAnswersOf = (factId: string) => {
    const fact = corpus.facts.get(factId);
    return { wrong: [...(fact?.distractors ?? [])], quote: fact?.quote ?? "" };
  };

  // The two demo students first (one finished attempt each, so one is left to try), then the class.
  const students = [...demo.studentIds, ...classmateIds];
  const abilities = [0.85, 0.6, 0.95, 0.9, 0.8, 0.75, 0.7, 0.65, 0.55, 0.5, 0.4, 0.3];
  let answers = 0;
  for (const [s, studentId] of students.entries()) {
    const random = generator(1_000 + s);
    const ability = abilities[s % abilities.length]!;
    const attempts = s >= demo.studentIds.length && ability < 0.6 ? 2 : 1;
    for (let attempt = 0; attempt < attempts; attempt++) {
      // School hours on the days before the due date, a few students a day.
      const at = dueDay - (6 - Math.floor(s / 3) - attempt) * DAY + (9 + (s % 3) * 3) * HOUR;
      const started = await startAssignmentAttempt(studentId, assignmentId, "UTC", new Date(at));
      if (!started.ok) throw new Error(`demo history: ${started.error}`);
      await answerSession(db, studentId, started.data.sessionId, at, ability + attempt * 0.1, random, wrongAnswersOf);
      answers += 8;
    }
  }

  // A few practice quizzes of the demo students over the last days.
  for (const [s, studentId] of demo.studentIds.entries()) {
    const random = generator(2_000 + s);
    for (const [q, topic] of ["protests", "russia-kazakhstan"].entries()) {
      const started = await startPracticeSession(
        studentId,
        { articles: [], topics: [topic], types: ["multiple-choice", "true-false", "typed"], count: 6 },
        "Practice quiz",
      );
      if (!started.ok) continue;
      const at = today - (2 - q) * DAY + (16 + s) * HOUR;
      await answerSession(db, studentId, started.data.sessionId, at, 0.75 - s * 0.15, random, wrongAnswersOf);
      answers += 6;
    }
  }
  return answers;
}
