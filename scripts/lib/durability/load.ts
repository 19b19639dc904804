/**
 * The students and what they send: quiz answers (POST /api/answers) and flashcard reviews (POST
 * /api/flashcards/reviews, as the flashcard page's queue sends them), on each student's own clock (an open loop), with double clicks,
 * re-sends of acknowledged submissions and retries of failed ones. Every request is recorded.
 */
import { randomUUID } from "node:crypto";
import type { BenchServer } from "../bench-server";
import { ms } from "./units";

export interface DurabilityOptions {
  kills: number;
  students: number;
  /** Submissions per second, all students together. */
  rate: number;
  /** Load per database. */
  seconds: number;
}

export const QUESTIONS_PER_SESSION = 10;
/** Concurrent answers sent the moment a restarted server accepts connections. */
export const BURST = 40;
const REQUEST_TIMEOUT_MS = 60_000;
/** Every Nth new submission is double-clicked (sent twice at once). */
const DOUBLE_CLICK_EVERY = 8;
/** Every Nth tick a student sends their last acknowledged submission again (a reload re-posting it). */
const AGAIN_EVERY = 10;

type Kind = "answer" | "review";
export type Via = "first" | "double" | "again" | "retry" | "at-kill" | "burst" | "final";

export interface Submission {
  kind: Kind;
  student: Student;
  /** The question id (answers) or the review id the browser made (reviews). */
  key: string;
  body: string;
  /** Answers: the stored response JSON. Reviews: the fact and rating. */
  response?: string;
  factId?: string;
  grade?: number;
  sends: number;
  inFlight: number;
  acked: boolean;
  failures: number;
}

export interface Student {
  index: number;
  userId: string;
  cookie: string;
  questions: { questionId: string; response: unknown }[];
  nextQuestion: number;
  reviews: number;
  created: number;
  ticks: number;
  pending: Submission[];
  lastAcked?: Submission;
}

/** One request. */
export interface Sent {
  submission: Submission;
  via: Via;
  sentAt: number;
  doneAt: number;
  /** ack: 2xx (the action: ok:true); refused: 4xx or ok:false; server-error: 5xx; connection: no answer. */
  result: "ack" | "connection" | "refused" | "server-error";
  detail?: string;
}

/** [kill, accepting again]: connection errors inside these windows are the outage's. */
export interface Outage {
  from: number;
  to: number;
  /** When the port accepted connections again, as wall-clock milliseconds (to compare with stored createdAt). */
  acceptedWall: number;
}

export const sleepUntil = (at: number) =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, at - performance.now())));

/** The students ready to send: each with a session cookie and enough quiz questions for the whole run. */
export async function prepareLoad(server: BenchServer, options: DurabilityOptions): Promise<StudentLoad> {
  const facts = await server
    .db()
    .fact.findMany({ where: { retiredAt: null }, select: { id: true }, orderBy: { id: "asc" } });
  const students = await prepareStudents(server, options);
  return new StudentLoad(
    server,
    students,
    facts.map((f) => f.id),
  );
}

/** Each student answers their questions right, or wrong on purpose (every third, from the first). */
async function prepareStudents(server: BenchServer, options: DurabilityOptions): Promise<Student[]> {
  // Loaded only now: these modules read DATABASE_URL, which startBenchServer has set.
  const { startPracticeSession, storedItem } = await import("../../../lib/study/sessions.server");
  const { responseFor } = await import("../../../lib/study/test-support");
  // Enough questions that no student runs out, whatever the kills add to the run.
  const expectedSeconds = options.seconds + options.kills * 20;
  const ticksPerStudent = Math.ceil((expectedSeconds * options.rate) / options.students);
  const sessionsPerStudent = Math.ceil((ticksPerStudent / 2 + BURST + 10) / QUESTIONS_PER_SESSION);
  console.log(
    `▸ Preparing ${options.students} students with ${sessionsPerStudent} quiz sessions of ${QUESTIONS_PER_SESSION} questions each…`,
  );
  const students: Student[] = [];
  for (let index = 0; index < options.students; index++) {
    const account = await server.newStudent(`Durable Student ${index}`);
    const student: Student = {
      index,
      userId: account.userId,
      cookie: account.cookie,
      questions: [],
      nextQuestion: 0,
      reviews: 0,
      created: 0,
      ticks: 0,
      pending: [],
    };
    for (let s = 0; s < sessionsPerStudent; s++) {
      const session = await startPracticeSession(
        student.userId,
        { articles: [], topics: [], types: ["multiple-choice", "true-false", "typed"], count: QUESTIONS_PER_SESSION },
        "Durability",
      );
      if (!session.ok) throw new Error(session.error);
      const questions = await server
        .db()
        .sessionQuestion.findMany({ where: { sessionId: session.data.sessionId }, orderBy: { position: "asc" } });
      for (const [n, q] of questions.entries())
        student.questions.push({ questionId: q.id, response: responseFor(storedItem(q.item), n % 3 !== 0) });
    }
    students.push(student);
  }
  return students;
}

/** The students' submissions and every request that carried one. */
export class StudentLoad {
  readonly submissions: Submission[] = [];
  readonly sent: Sent[] = [];
  readonly outages: Outage[] = [];
  readonly students: Student[];
  private readonly inFlight = new Set<Promise<Sent>>();
  private readonly base: string;
  /** The facts the students review, twelve cards each. */
  private readonly facts: string[];

  constructor(server: BenchServer, students: Student[], facts: string[]) {
    this.base = server.base;
    this.students = students;
    this.facts = facts;
  }

  /** The student's next quiz question answered, or null when they have none left. */
  nextAnswer(student: Student): Submission | null {
    const question = student.questions[student.nextQuestion];
    if (!question) return null;
    student.nextQuestion++;
    const response = JSON.stringify(question.response);
    const body = JSON.stringify({
      questionId: question.questionId,
      response: question.response,
      timeTakenMs: 1500 + student.nextQuestion * 10,
    });
    return this.add({ kind: "answer", student, key: question.questionId, body, response });
  }

  nextReview(student: Student): Submission {
    const r = student.reviews++;
    // Twelve cards per student, each reviewed a few times, so reps climb past 1.
    const factId = this.facts[(student.index * 5 + (r % 12)) % this.facts.length]!;
    const grade = [3, 3, 1, 3, 4, 3, 2, 3, 3, 1][r % 10]!;
    const reviewId = randomUUID();
    return this.add({
      kind: "review",
      student,
      key: reviewId,
      // As the flashcard page's queue sends it (components/flashcards/review-sync.ts), rated now.
      body: JSON.stringify({
        userId: student.userId,
        sentAt: new Date().toISOString(),
        reviews: [{ reviewId, factId, grade, reviewedAt: new Date().toISOString() }],
      }),
      factId,
      grade,
    });
  }

  private add(
    fields: Pick<Submission, "kind" | "student" | "key" | "body" | "response" | "factId" | "grade">,
  ): Submission {
    const submission: Submission = { ...fields, sends: 0, inFlight: 0, acked: false, failures: 0 };
    this.submissions.push(submission);
    fields.student.created++;
    return submission;
  }

  send(submission: Submission, via: Via): Promise<Sent> {
    const promise = this.post(submission, via);
    this.inFlight.add(promise);
    void promise.finally(() => this.inFlight.delete(promise));
    return promise;
  }

  /** Resolves once no request is in flight. */
  async settle(): Promise<void> {
    while (this.inFlight.size) await Promise.all([...this.inFlight]);
  }

  private async post(submission: Submission, via: Via): Promise<Sent> {
    submission.sends++;
    submission.inFlight++;
    const { student } = submission;
    const sentAt = performance.now();
    const { result, detail } = await this.deliver(submission);
    submission.inFlight--;
    if (result === "ack") {
      submission.acked = true;
      student.lastAcked = submission;
    } else if (result === "connection") {
      submission.failures++;
      if (!student.pending.includes(submission)) student.pending.push(submission);
    }
    student.pending = student.pending.filter((s) => !s.acked);
    const record: Sent = { submission, via, sentAt, doneAt: performance.now(), result, detail };
    this.sent.push(record);
    return record;
  }

  /** One request, as the browser makes it, and what its answer means. */
  private async deliver(submission: Submission): Promise<Pick<Sent, "result" | "detail">> {
    const { cookie } = submission.student;
    try {
      const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
      const response =
        submission.kind === "answer"
          ? await fetch(`${this.base}/api/answers`, {
              method: "POST",
              headers: { "content-type": "application/json", cookie },
              body: submission.body,
              signal,
            })
          : await fetch(`${this.base}/api/flashcards/reviews`, {
              method: "POST",
              headers: { "content-type": "application/json", cookie },
              body: submission.body,
              signal,
            });
      const text = await response.text();
      // Any 2xx; a review must also be counted (applied now or before), not dropped as unknown.
      const ok = response.ok && (submission.kind === "answer" || !text.includes('"gone":["'));
      if (ok) return { result: "ack" };
      return {
        result: response.status >= 500 ? "server-error" : "refused",
        detail: `${submission.kind} ${response.status}: ${text.slice(0, 160).replaceAll("\n", " ")}`,
      };
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      return { result: "connection", detail: cause?.code ?? cause?.message ?? (error as Error).name };
    }
  }

  /** One student's turn: a failed submission again first (as its browser would), else something new. */
  tick(student: Student) {
    const k = student.ticks++;
    const retry = student.pending.find((s) => !s.acked && s.inFlight === 0);
    if (retry) {
      void this.send(retry, "retry");
      return;
    }
    if (k % AGAIN_EVERY === AGAIN_EVERY - 1 && student.lastAcked) {
      void this.send(student.lastAcked, "again");
      return;
    }
    const submission = (k % 2 === 0 && this.nextAnswer(student)) || this.nextReview(student);
    void this.send(submission, "first");
    if (student.created % DOUBLE_CLICK_EVERY === 0) void this.send(submission, "double");
  }

  /** The answers sent at once when a restarted server accepts connections: failed ones first, then new ones. */
  burstOf(count: number): Submission[] {
    const chosen: Submission[] = [];
    for (let round = 0; chosen.length < count; round++) {
      let added = false;
      for (const student of this.students) {
        if (chosen.length >= count) break;
        const retry = student.pending.find(
          (s) => s.kind === "answer" && !s.acked && s.inFlight === 0 && !chosen.includes(s),
        );
        const next = retry ?? this.nextAnswer(student);
        if (next) {
          chosen.push(next);
          added = true;
        }
      }
      if (!added) break;
    }
    return chosen;
  }
}

/**
 * Starts every student ticking at the total rate, staggered evenly, until `stop` (which resolves
 * once every request has come back). `startedAt` is a `performance.now()` value.
 */
export function startPacedLoad(load: StudentLoad, options: DurabilityOptions, name: string) {
  const interval = (1000 * options.students) / options.rate;
  console.log(
    `▸ ${name}: ${options.students} students, ${options.rate} submissions/s (each every ${ms(interval)}), ${options.seconds} s, ${options.kills} kill(s)…`,
  );
  const startedAt = performance.now();
  let stopped = false;
  const loops = load.students.map(async (student, i) => {
    for (let k = 0; ; k++) {
      await sleepUntil(startedAt + (i / load.students.length) * interval + k * interval);
      if (stopped) return;
      load.tick(student);
    }
  });
  async function stop() {
    stopped = true;
    await Promise.all(loops);
    await load.settle();
  }
  return { startedAt, stop };
}
