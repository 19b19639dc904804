/**
 * `npm run bench:answers`: starts the production server the way `npm start` does, on a temporary
 * database, then measures in the same run
 *   (a) the framework's ceiling: an empty route handler (GET /api/health), and
 *   (b) answer submissions (POST /api/answers) from 50 concurrent students, one in ten a retry of
 *       the previous submission (a double click),
 * and prints submissions/s, latency percentiles, the ratio (b)/(a), errors and duplicate attempts.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { encode } from "next-auth/jwt";
import { bin, freePort, toolEnv } from "./lib/run";

const STUDENTS = 50;
const SESSIONS_PER_STUDENT = 4; // × 50 questions = 200 questions per student
const BASELINE_SECONDS = 10;
const RETRY_EVERY = 10;
const targets = { ratio: 0.5, p95Ms: 50 };

const dataDir = mkdtempSync(path.join(tmpdir(), "sourcebound-bench-"));
const port = await freePort();
const base = `http://127.0.0.1:${port}`;
Object.assign(process.env, toolEnv, {
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "app.db")}`,
  NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
  NEXTAUTH_URL: base,
  PORT: String(port),
  HOST: "127.0.0.1",
  DEMO_USERS: "0",
});

console.log(`▸ Starting the production server on ${base} (temporary database in ${dataDir})…`);
const server = spawn(bin("tsx"), ["--conditions=react-server", "scripts/start.ts"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
const stopServer = () => {
  server.kill("SIGTERM");
  rmSync(dataDir, { recursive: true, force: true });
};
process.on("exit", stopServer);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

await waitForServer();

// Modules that read DATA_DIR/DATABASE_URL are loaded only now, after the environment is set.
const { db } = await import("../lib/db");
const { createAccount } = await import("../lib/accounts/create-account.server");
const { startPracticeSession } = await import("../lib/study/sessions.server");
const { optionKeys } = await import("../lib/study/answers");
type QuizItem = import("../lib/quiz/items").QuizItem;
type Response = import("../lib/study/answers").AnswerResponse;

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
  const created = await createAccount(db(), { name: `Bench Student ${i}`, email: `bench-${i}@bench.sourcebound.test`, password: randomBytes(12).toString("hex"), role: "student" });
  if (!created.ok) throw new Error("could not create a bench student");
  const token = await encode({ token: { sub: created.userId, id: created.userId, role: "student" }, secret: process.env.NEXTAUTH_SECRET! });
  const plan: Submission[] = [];
  for (let s = 0; s < SESSIONS_PER_STUDENT; s++) {
    const started = await startPracticeSession(created.userId, { articles: [], topics: [], types: ["multiple-choice", "true-false", "typed"], count: 50 }, "Bench");
    if (!started.ok) throw new Error(started.error);
    const questions = await db().sessionQuestion.findMany({ where: { sessionId: started.sessionId }, orderBy: { position: "asc" } });
    for (const [n, q] of questions.entries()) plan.push({ questionId: q.id, response: responseFor(JSON.parse(q.item) as QuizItem, n % 3 !== 0) });
  }
  students.push({ cookie: `next-auth.session-token=${token}`, plan, next: 0 });
}

// Warm both paths (JIT, module and corpus caches) before measuring anything.
await autocannon({ url: `${base}/api/health`, connections: 10, duration: 2 });
const warmUp = students[0]!;
for (let i = 0; i < 20; i++) await submit(warmUp, warmUp.plan[warmUp.next++]!);

console.log(`▸ (a) Empty route handler: ${STUDENTS} connections for ${BASELINE_SECONDS} s, GET and a POST shaped like an answer…`);
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
const amount = Math.floor(planned * 0.95);
console.log(`▸ (b) Answer submissions: ${STUDENTS} concurrent students, ${amount} requests…`);
let connections = 0;
let retries = 0;
const answers = await measure({
  url: base,
  connections: STUDENTS,
  amount,
  requests: [
    {
      method: "POST",
      path: "/api/answers",
      setupRequest: (request, context) => {
        // One student per connection, each working through their own questions in order.
        const perConnection = context as { student?: Student };
        const student = (perConnection.student ??= students[connections++ % STUDENTS]!);
        let body: string;
        if (student.last && (student.next % RETRY_EVERY === 0 || student.next >= student.plan.length)) {
          body = student.last; // a double click: the same answer again
          retries++;
          student.next = Math.min(student.next + 1, student.plan.length);
        } else {
          const submission = student.plan[student.next++]!;
          body = JSON.stringify({ ...submission, timeTakenMs: 2000 });
        }
        student.last = body;
        return { ...request, headers: { "content-type": "application/json", cookie: student.cookie }, body };
      },
    },
  ],
});

const [attempts, questionsAnswered, duplicates] = await Promise.all([
  db().attempt.count(),
  db().sessionQuestion.count({ where: { attempt: { isNot: null } } }),
  db().attempt.groupBy({ by: ["sessionQuestionId"], _count: { _all: true }, having: { sessionQuestionId: { _count: { gt: 1 } } } }),
]);

const ratio = answers.requestsPerSecond / baseline.requestsPerSecond;
const row = (label: string, r: Measured) =>
  `${label.padEnd(34)} ${r.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p95 ${r.p95.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   errors ${r.errors}`;
console.log(`\nAnswer submissions (Node ${process.version}, ${STUDENTS} concurrent connections)\n`);
console.log(row("(a) GET /api/health", baselineGet));
console.log(row("(a) POST /api/health (same shape)", baseline));
console.log(row("(b) POST /api/answers", answers));
console.log(`\n(b)/(a) throughput ratio: ${ratio.toFixed(2)} against the same-shape POST (${(answers.requestsPerSecond / baselineGet.requestsPerSecond).toFixed(2)} against GET)`);
console.log(`Submissions: ${answers.requests} (${retries} deliberate retries); attempts stored: ${attempts} for ${questionsAnswered} questions; duplicate attempts: ${duplicates.length}`);

const checks: [boolean, string][] = [
  [ratio >= targets.ratio, `ratio ≥ ${targets.ratio}`],
  [answers.p95 < targets.p95Ms, `p95 < ${targets.p95Ms} ms`],
  [answers.errors === 0 && baseline.errors === 0 && baselineGet.errors === 0, "0 errors"],
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
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? 0;
  const seconds = result.duration;
  return { requests: times.length, requestsPerSecond: times.length / seconds, p50: at(0.5), p95: at(0.95), p99: at(0.99), errors: failures + result.errors + result.timeouts };
}

function responseFor(item: QuizItem, right: boolean): Response {
  if (item.type === "multiple-choice") {
    const index = item.options.findIndex((o) => (o.id === item.correctOptionId) === right);
    return { kind: "choice", key: optionKeys[index]! };
  }
  if (item.type === "true-false") return { kind: "true-false", value: right ? item.isTrue : !item.isTrue };
  return { kind: "typed", text: right ? item.answer : "not the answer" };
}

async function submit(student: Student, submission: Submission) {
  const response = await fetch(`${base}/api/answers`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie: student.cookie },
    body: JSON.stringify({ ...submission, timeTakenMs: 2000 }),
  });
  if (!response.ok) throw new Error(`warm-up submission failed: ${response.status} ${await response.text()}`);
}

async function waitForServer() {
  for (let attempt = 0; attempt < 900; attempt++) {
    if (server.exitCode !== null) throw new Error("the server exited during start-up");
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error("the server did not start within 3 minutes");
}
