/**
 * `npm run bench:answers`: starts the production server the way `npm start` does, on a temporary
 * database, then measures in the same run
 *   (a) the framework's ceiling: an empty route handler (GET /api/health), and
 *   (b) answer submissions (POST /api/answers) from 50 concurrent students, one in ten a retry of
 *       the previous submission (a double click), as fast as the server answers them, and
 *   (c) the same students at a steady 200 answers/s: latency below saturation, where a
 *       closed loop of 50 connections cannot show it (its latency is 50 ÷ throughput),
 * and prints submissions/s, latency percentiles, the ratio (b)/(a), errors and duplicate attempts.
 */
import autocannon from "autocannon";
import { percentile, startBenchServer } from "./lib/bench-server";

const STUDENTS = 50;
const SESSIONS_PER_STUDENT = 4; // × 50 questions = 200 questions per student
const BASELINE_SECONDS = 10;
const RETRY_EVERY = 10;
const targets = { ratio: 0.5, p95Ms: 50 };
// (c): a steady load far above a real class (a student answers every few seconds), below saturation.
const PACED_RATE = 200;
const PACED_SECONDS = 15;

const { base, db, newStudent } = await startBenchServer("bench");
const { startPracticeSession, storedItem } = await import("../lib/study/sessions.server");
const { responseFor } = await import("../lib/study/test-support");
type Response = import("../lib/quiz/view").AnswerResponse;

interface Submission {
  questionId: string;
  response: Response;
}
interface Student {
  cookie: string;
  plan: Submission[];
  next: number;
  last?: string;
}

console.log(`▸ Preparing ${STUDENTS} students with ${SESSIONS_PER_STUDENT * 50} questions each…`);
const students: Student[] = [];
for (let i = 0; i < STUDENTS; i++) {
  const student = await newStudent(`Bench Student ${i}`);
  const plan: Submission[] = [];
  for (let s = 0; s < SESSIONS_PER_STUDENT; s++) {
    const started = await startPracticeSession(
      student.userId,
      { articles: [], topics: [], types: ["multiple-choice", "true-false", "typed"], count: 50 },
      "Bench",
    );
    if (!started.ok) throw new Error(started.error);
    const questions = await db().sessionQuestion.findMany({
      where: { sessionId: started.data.sessionId },
      orderBy: { position: "asc" },
    });
    for (const [n, q] of questions.entries())
      plan.push({ questionId: q.id, response: responseFor(storedItem(q.item), n % 3 !== 0) });
  }
  students.push({ cookie: student.cookie, plan, next: 0 });
}

// Warm both paths (JIT, module and corpus caches) before measuring anything.
await autocannon({ url: `${base}/api/health`, connections: 10, duration: 2 });
const warmUp = students[0]!;
for (let i = 0; i < 20; i++) await submit(warmUp, warmUp.plan[warmUp.next++]!);

console.log(
  `▸ (a) Empty route handler: ${STUDENTS} connections for ${BASELINE_SECONDS} s, GET and a POST shaped like an answer…`,
);
const baselineGet = await measure({ url: `${base}/api/health`, connections: STUDENTS, duration: BASELINE_SECONDS });
const sample = JSON.stringify({ ...students[1]!.plan[0]!, timeTakenMs: 2000 });
const baseline = await measure({
  url: `${base}/api/health`,
  connections: STUDENTS,
  duration: BASELINE_SECONDS,
  method: "POST",
  headers: { "content-type": "application/json", cookie: students[1]!.cookie },
  body: sample,
});

const planned = students.reduce((sum, s) => sum + s.plan.length - s.next, 0);
const saturatedAmount = Math.floor(planned * 0.6);
console.log(
  `▸ (b) Answer submissions: ${STUDENTS} concurrent students as fast as the server answers, ${saturatedAmount} requests…`,
);
let retries = 0;
const answers = await measure(answerRun({ amount: saturatedAmount }));
console.log(
  `▸ (c) The same ${STUDENTS} students, each answering every ${(STUDENTS / PACED_RATE) * 1000} ms (${PACED_RATE} answers/s in all) for ${PACED_SECONDS} s…`,
);
const paced = await measurePaced();

const [attempts, questionsAnswered, duplicates] = await Promise.all([
  db().attempt.count(),
  db().sessionQuestion.count({ where: { attempt: { isNot: null } } }),
  db().attempt.groupBy({
    by: ["sessionQuestionId"],
    _count: { _all: true },
    having: { sessionQuestionId: { _count: { gt: 1 } } },
  }),
]);

const ratio = answers.requestsPerSecond / baseline.requestsPerSecond;
const row = (label: string, r: Measured) =>
  `${label.padEnd(34)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   errors ${r.errors}`;
console.log(`\nAnswer submissions (Node ${process.version}, ${STUDENTS} concurrent connections)\n`);
console.log(row("(a) GET /api/health", baselineGet));
console.log(row("(a) POST /api/health (same shape)", baseline));
console.log(row("(b) POST /api/answers", answers));
console.log(row(`(c) POST /api/answers at ${PACED_RATE}/s`, paced));
console.log(
  `\n(b)/(a) throughput ratio: ${ratio.toFixed(2)} against the same-shape POST (${(answers.requestsPerSecond / baselineGet.requestsPerSecond).toFixed(2)} against GET)`,
);
console.log(
  `Submissions: ${answers.requests + paced.requests} (${retries} deliberate retries); attempts stored: ${attempts} for ${questionsAnswered} questions; duplicate attempts: ${duplicates.length}`,
);

const checks: [boolean, string][] = [
  [ratio >= targets.ratio, `ratio ≥ ${targets.ratio}`],
  [
    answers.p95 < targets.p95Ms,
    `p95 < ${targets.p95Ms} ms at saturation (the empty handler's own p95 here: ${baseline.p95.toFixed(1)} ms)`,
  ],
  [paced.p95 < targets.p95Ms, `p95 < ${targets.p95Ms} ms at ${PACED_RATE} answers/s`],
  [answers.errors === 0 && paced.errors === 0 && baseline.errors === 0 && baselineGet.errors === 0, "0 errors"],
  [duplicates.length === 0 && attempts === questionsAnswered, "0 duplicate attempts"],
];
for (const [ok, label] of checks) console.log(`${ok ? "✔" : "✖"} ${label}`);
await db().$disconnect();
process.exit(checks.every(([ok]) => ok) ? 0 : 1);

interface Measured {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
}

/** Runs autocannon and computes exact percentiles from every response time. */
async function measure(options: autocannon.Options): Promise<Measured> {
  const times: number[] = [];
  let failures = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on("response", (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
      times.push(responseTime);
      if (statusCode >= 400) failures++;
    });
  });
  times.sort((a, b) => a - b);
  const seconds = result.duration;
  return {
    requests: times.length,
    requestsPerSecond: times.length / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    errors: failures + result.errors + result.timeouts,
  };
}

/** Autocannon options for answer submissions: one student per connection, each working through their own questions in order. */
function answerRun(limits: Pick<autocannon.Options, "amount">): autocannon.Options {
  let connections = 0;
  return {
    url: base,
    connections: STUDENTS,
    ...limits,
    requests: [
      {
        method: "POST",
        path: "/api/answers",
        setupRequest: (request, context) => {
          const perConnection = context as { student?: Student };
          const student = (perConnection.student ??= students[connections++ % STUDENTS]!);
          return {
            ...request,
            headers: { "content-type": "application/json", cookie: student.cookie },
            body: nextBody(student),
          };
        },
      },
    ],
  };
}

/** The student's next answer, or every tenth time the previous one again (a double click). */
function nextBody(student: Student): string {
  let body: string;
  if (student.last && (student.next % RETRY_EVERY === 0 || student.next >= student.plan.length)) {
    body = student.last;
    retries++;
    student.next = Math.min(student.next + 1, student.plan.length);
  } else {
    const submission = student.plan[student.next++]!;
    body = JSON.stringify({ ...submission, timeTakenMs: 2000 });
  }
  student.last = body;
  return body;
}

/**
 * An open loop: each student sends on their own clock, staggered, whether or not earlier answers
 * came back (autocannon's rate limit releases each second's requests in one burst).
 */
async function measurePaced(): Promise<Measured> {
  const interval = (STUDENTS / PACED_RATE) * 1000;
  const times: number[] = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    students.map(async (student, i) => {
      for (let k = 0; ; k++) {
        const due = started + (i / STUDENTS) * interval + k * interval;
        if (due - started >= PACED_SECONDS * 1000) return;
        await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
        const sent = performance.now();
        const response = await fetch(`${base}/api/answers`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: student.cookie },
          body: nextBody(student),
        });
        await response.arrayBuffer();
        times.push(performance.now() - sent);
        if (!response.ok) failures++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    requestsPerSecond: times.length / seconds,
    p50: percentile(times, 0.5),
    p95: percentile(times, 0.95),
    p99: percentile(times, 0.99),
    errors: failures,
  };
}

async function submit(student: Student, submission: Submission) {
  const response = await fetch(`${base}/api/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: student.cookie },
    body: JSON.stringify({ ...submission, timeTakenMs: 2000 }),
  });
  if (!response.ok) throw new Error(`warm-up submission failed: ${response.status} ${await response.text()}`);
}
