/**
 * `npm run test:durability`: an acknowledged submission survives a crash of the server.
 *
 * On SQLite (a temporary data folder), then on PostgreSQL (a throw-away cluster), it starts the
 * production server the way `npm start` does and lets N students (default 20) send quiz answers
 * (POST /api/answers) and flashcard reviews (the real rateCard server action, as the flashcards
 * page calls it) at a steady total rate (default 40/s; an open loop: each student sends on their
 * own clock whether or not earlier requests came back), with double clicks (the same submission
 * twice at once) and retries of acknowledged submissions. Mid-run it kills the server with SIGKILL
 * (its whole process group, as a crash would) while one submission per student is in flight, and
 * starts it again on the same data; the students keep going. Requests during the outage fail and
 * are not counted as acknowledged; the students send them again, as a browser would: the moment
 * the port accepts connections, 40 answers (the failed ones first), the failed reviews, a review
 * acknowledged before the kill and a double-clicked review arrive together.
 *
 * Then it checks, per database:
 *  - every acknowledged submission is stored as it was sent (Attempt by question, ReviewLog by review id);
 *  - nothing is stored twice, and nothing is stored that was never sent;
 *  - every quiz session agrees with its answers: `questionCount` is its number of questions, and
 *    `finishedAt` is set exactly when every question has an attempt (a session a crash left complete
 *    but unfinished must be finished by opening the quiz, as sessionForStudent promises);
 *  - every card's `reps` equals its ReviewLog rows (ts-fsrs adds one rep per review; an undo deletes
 *    the row and rolls the rep back);
 *  - no submission or repeat of one is refused (4xx, or the action's ok:false); a 5xx is not
 *    acknowledged, so it puts nothing at risk: counted and shown, not failed (an overloaded machine);
 * and prints after each restart the time from "the port accepts connections" to the first
 * acknowledged answer, and the latency of 40 concurrent first answers (p50/max): measured, not checked.
 *
 * Flags: --kills N (per database, default 1), --students N (20), --rate N (submissions/s, 40),
 * --seconds N (load per database, 32), --database sqlite|postgresql (default both).
 */
import { spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { percentile, serverActionId, startBenchServer, type BenchServer } from "./lib/bench-server";
import { buildIfChanged } from "./lib/build";
import { startPostgresCluster, type PostgresCluster } from "./lib/postgres-cluster";
import { bin, toolEnv } from "./lib/run";
import { ensurePostgres } from "./lib/system-packages";

type Database = "sqlite" | "postgresql";
const databases: Database[] = ["sqlite", "postgresql"];
const databaseName: Record<Database, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

const QUESTIONS_PER_SESSION = 10;
/** Concurrent answers sent the moment a restarted server accepts connections. */
const BURST = 40;
/** Load after each restart before the next kill (or the end). */
const AFTER_RESTART_MS = 8_000;
const REQUEST_TIMEOUT_MS = 60_000;
/** Every Nth new submission is double-clicked (sent twice at once). */
const DOUBLE_CLICK_EVERY = 8;
/** Every Nth tick a student sends their last acknowledged submission again (a reload re-posting it). */
const AGAIN_EVERY = 10;

const { values: flags } = parseArgs({
  options: {
    kills: { type: "string", default: "1" },
    students: { type: "string", default: "20" },
    rate: { type: "string", default: "40" },
    seconds: { type: "string", default: "32" },
    database: { type: "string" },
    child: { type: "string" },
    result: { type: "string" },
  },
  strict: true,
});

function positive(name: string, value: string | undefined, min: number): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < min) {
    console.error(`✖ --${name} must be a whole number of at least ${min} (got ${value})`);
    process.exit(2);
  }
  return number;
}

const options = {
  kills: positive("kills", flags.kills, 0),
  students: positive("students", flags.students, 1),
  rate: positive("rate", flags.rate, 1),
  seconds: positive("seconds", flags.seconds, 5),
};

/** What a child process reports to the parent. */
interface DatabaseReport {
  database: Database;
  ok: boolean;
  error?: string;
  seconds: number;
  figures?: Figures;
  checks: { ok: boolean; label: string }[];
}

interface RestartFigures {
  downMs: number;
  startMs: number;
  portFreeAfterMs: number;
  failedDuringOutage: number;
  firstAnswerMs: number | null;
  burst: { sent: number; acknowledged: number; p50: number; max: number };
  rebuilt: boolean;
  /** What `npm start`'s path reported before serving (its ✔ lines). */
  steps: string[];
}

interface Figures {
  requests: number;
  submissionsSent: number;
  answersSent: number;
  reviewsSent: number;
  acknowledged: number;
  stored: number;
  storedUnacknowledged: number;
  lost: number;
  duplicates: number;
  unexpected: number;
  sessions: number;
  mismatchedSessions: number;
  repairedSessions: number;
  cards: number;
  mismatchedCards: number;
  connectionErrors: number;
  connectionErrorsWhileUp: number;
  refusals: number;
  serverErrors: number;
  /** Requests in flight when a kill came, and how many of them the killed server had committed. */
  cutOffByKill: number;
  committedByKilledServer: number;
  doubleClicks: number;
  againRetries: number;
  retriesAfterFailure: number;
  /** Acknowledged requests of the paced load (not the burst): before the first kill, in the 5 s after the last restart, and after those. */
  latency: Record<"beforeKill" | "firstSecondsAfterRestart" | "settled", { p50: number; p95: number; max: number; n: number }>;
  restarts: RestartFigures[];
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const secondsOf = (value: number) => `${(value / 1000).toFixed(1)} s`;

if (flags.child) {
  const database = flags.child as Database;
  if (!databases.includes(database) || !flags.result) throw new Error("--child needs sqlite|postgresql and --result");
  await runChild(database, flags.result);
} else {
  await runParent();
}

// ── The parent: one child process per database (lib/db keeps one client per process) ──────

async function runParent() {
  const started = performance.now();
  const chosen = flags.database ? [flags.database as Database] : databases;
  if (!chosen.every((d) => databases.includes(d))) {
    console.error(`✖ --database must be sqlite or postgresql`);
    process.exit(2);
  }
  if (!existsSync(".next/BUILD_ID")) {
    try {
      console.log(`✔ Build ${await buildIfChanged()}`);
    } catch (error) {
      console.error(`✖ ${(error as Error).message}`);
      process.exit(1);
    }
  }
  console.log(
    `Durability: ${options.students} students, ${options.rate} submissions/s for ${options.seconds} s per database, ` +
      `${options.kills} SIGKILL${options.kills === 1 ? "" : "s"} per database (Node ${process.version})`,
  );

  const folder = mkdtempSync(path.join(tmpdir(), "sourcebound-durability-"));
  const reports: DatabaseReport[] = [];
  try {
    for (const database of chosen) {
      const resultFile = path.join(folder, `${database}.json`);
      const args = ["--conditions=react-server", fileURLToPath(import.meta.url), "--child", database, "--result", resultFile];
      for (const [name, value] of Object.entries(options)) args.push(`--${name}`, String(value));
      console.log(`\n━━ ${databaseName[database]} ━━`);
      const code = await new Promise<number>((resolve) => {
        const child = spawn(bin("tsx"), args, { stdio: "inherit", env: { ...process.env, ...toolEnv } });
        child.on("exit", (exitCode, signal) => resolve(exitCode ?? (signal ? 128 : 1)));
      });
      const report: DatabaseReport = existsSync(resultFile)
        ? (JSON.parse(readFileSync(resultFile, "utf8")) as DatabaseReport)
        : { database, ok: false, error: `the run ended without a result (exit code ${code})`, seconds: 0, checks: [] };
      if (code !== 0) report.ok = false;
      reports.push(report);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  console.log(`\nDurability summary (${options.kills} kill${options.kills === 1 ? "" : "s"} per database)\n`);
  for (const report of reports) {
    const f = report.figures;
    const name = databaseName[report.database].padEnd(10);
    if (!f) {
      console.log(`✖ ${name} ${report.error ?? "failed"}`);
      continue;
    }
    const restarts = f.restarts
      .map((r, i) => `restart ${i + 1}: first answer ${r.firstAnswerMs === null ? "none" : ms(r.firstAnswerMs)}, ${r.burst.sent} concurrent first answers p50 ${ms(r.burst.p50)} / max ${ms(r.burst.max)}`)
      .join("; ");
    console.log(
      `${report.ok ? "✔" : "✖"} ${name} sent ${f.submissionsSent} (${f.requests} requests) · acknowledged ${f.acknowledged} · stored ${f.stored} · lost ${f.lost} · ` +
        `duplicates ${f.duplicates} · mismatched sessions ${f.mismatchedSessions} · mismatched cards ${f.mismatchedCards}${f.serverErrors ? ` · 5xx ${f.serverErrors}` : ""}${restarts ? ` · ${restarts}` : ""} · ${report.seconds.toFixed(1)} s`,
    );
    for (const check of report.checks.filter((c) => !c.ok)) console.log(`    ✖ ${check.label}`);
  }
  const ok = reports.length === chosen.length && reports.every((r) => r.ok);
  console.log(`\n${ok ? "✔" : "✖"} Durability ${ok ? "holds" : "FAILED"} on ${chosen.map((d) => databaseName[d]).join(" and ")} (total ${secondsOf(performance.now() - started)})`);
  process.exit(ok ? 0 : 1);
}

// ── A child: one database ─────────────────────────────────────────────────────────────────

type Kind = "answer" | "review";
type Via = "first" | "double" | "again" | "retry" | "at-kill" | "burst" | "final";

interface Submission {
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

interface Student {
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

interface Sent {
  submission: Submission;
  via: Via;
  sentAt: number;
  doneAt: number;
  /** ack: 2xx (the action: ok:true); refused: 4xx or ok:false; server-error: 5xx; connection: no answer. */
  result: "ack" | "connection" | "refused" | "server-error";
  detail?: string;
}

async function runChild(database: Database, resultFile: string) {
  const started = performance.now();
  const report: DatabaseReport = { database, ok: false, seconds: 0, checks: [] };
  const finish = (code: number) => {
    report.seconds = (performance.now() - started) / 1000;
    writeFileSync(resultFile, JSON.stringify(report));
    process.exit(code);
  };
  let cluster: PostgresCluster | undefined;
  let server: BenchServer | undefined;
  try {
    let databaseUrl: string | undefined;
    if (database === "postgresql") {
      console.log("▸ Starting a throw-away PostgreSQL cluster…");
      cluster = await startPostgresCluster(await ensurePostgres());
      process.on("exit", () => cluster?.stop());
      cluster.createDatabase("sourcebound_durability");
      databaseUrl = cluster.url("sourcebound_durability");
    }
    server = await startBenchServer(`durability-${database}`, { databaseUrl });
    const figures = await durabilityRun(server, database, report);
    report.figures = figures;
    const stopped = await server.stop();
    report.checks.push({ ok: stopped.clean, label: `the server stopped cleanly at the end (SIGTERM → exit code ${stopped.exitCode})` });
    await server.db().$disconnect();
    cluster?.stop();
    for (const check of report.checks) console.log(`${check.ok ? "✔" : "✖"} ${databaseName[database]}: ${check.label}`);
    report.ok = report.checks.every((c) => c.ok);
    finish(report.ok ? 0 : 1);
  } catch (error) {
    report.error = (error as Error).message.split("\n")[0];
    console.error(`✖ ${databaseName[database]}: ${(error as Error).stack ?? (error as Error).message}`);
    finish(1);
  }
}

async function durabilityRun(server: BenchServer, database: Database, report: DatabaseReport): Promise<Figures> {
  const { base, db } = server;
  const name = databaseName[database];
  const { startPracticeSession, storedItem } = await import("../lib/study/sessions.server");
  const { responseFor } = await import("../lib/study/test-support");
  const rateCardId = serverActionId("rateCard", "app/(student)/flashcards/page");
  const facts = (await db().fact.findMany({ where: { retiredAt: null }, select: { id: true }, orderBy: { id: "asc" } })).map((f) => f.id);

  // Enough questions that no student runs out, whatever the kills add to the run.
  const expectedSeconds = options.seconds + options.kills * 20;
  const ticksPerStudent = Math.ceil((expectedSeconds * options.rate) / options.students);
  const sessionsPerStudent = Math.ceil((ticksPerStudent / 2 + BURST + 10) / QUESTIONS_PER_SESSION);
  console.log(`▸ Preparing ${options.students} students with ${sessionsPerStudent} quiz sessions of ${QUESTIONS_PER_SESSION} questions each…`);
  const students: Student[] = [];
  for (let index = 0; index < options.students; index++) {
    const account = await server.newStudent(`Durable Student ${index}`);
    const student: Student = { index, userId: account.userId, cookie: account.cookie, questions: [], nextQuestion: 0, reviews: 0, created: 0, ticks: 0, pending: [] };
    for (let s = 0; s < sessionsPerStudent; s++) {
      const session = await startPracticeSession(student.userId, { articles: [], topics: [], types: ["multiple-choice", "true-false", "typed"], count: QUESTIONS_PER_SESSION }, "Durability");
      if (!session.ok) throw new Error(session.error);
      const questions = await db().sessionQuestion.findMany({ where: { sessionId: session.sessionId }, orderBy: { position: "asc" } });
      for (const [n, q] of questions.entries()) student.questions.push({ questionId: q.id, response: responseFor(storedItem(q.item), n % 3 !== 0) });
    }
    students.push(student);
  }

  const submissions: Submission[] = [];
  const sent: Sent[] = [];
  const inFlight = new Set<Promise<Sent>>();
  /** [kill, accepting again]: connection errors inside these windows are the outage's. */
  const outages: { from: number; to: number; acceptedWall: number }[] = [];

  function nextAnswer(student: Student): Submission | null {
    const question = student.questions[student.nextQuestion];
    if (!question) return null;
    student.nextQuestion++;
    const response = JSON.stringify(question.response);
    const body = JSON.stringify({ questionId: question.questionId, response: question.response, timeTakenMs: 1500 + student.nextQuestion * 10 });
    return add({ kind: "answer", student, key: question.questionId, body, response });
  }

  function nextReview(student: Student): Submission {
    const r = student.reviews++;
    // Twelve cards per student, each reviewed a few times, so reps climb past 1.
    const factId = facts[(student.index * 5 + (r % 12)) % facts.length]!;
    const grade = [3, 3, 1, 3, 4, 3, 2, 3, 3, 1][r % 10]!;
    const reviewId = randomUUID();
    return add({ kind: "review", student, key: reviewId, body: JSON.stringify([{ factId, reviewId, grade }]), factId, grade });
  }

  function add(fields: Pick<Submission, "kind" | "student" | "key" | "body" | "response" | "factId" | "grade">): Submission {
    const submission: Submission = { ...fields, sends: 0, inFlight: 0, acked: false, failures: 0 };
    submissions.push(submission);
    fields.student.created++;
    return submission;
  }

  function send(submission: Submission, via: Via): Promise<Sent> {
    const promise = post(submission, via);
    inFlight.add(promise);
    void promise.finally(() => inFlight.delete(promise));
    return promise;
  }

  async function post(submission: Submission, via: Via): Promise<Sent> {
    submission.sends++;
    submission.inFlight++;
    const { student } = submission;
    const sentAt = performance.now();
    let result: Sent["result"];
    let detail: string | undefined;
    try {
      const signal = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
      const response =
        submission.kind === "answer"
          ? await fetch(`${base}/api/answers`, { method: "POST", headers: { "content-type": "application/json", cookie: student.cookie }, body: submission.body, signal })
          : await fetch(`${base}/flashcards`, {
              method: "POST",
              headers: { "next-action": rateCardId, "content-type": "text/plain;charset=UTF-8", accept: "text/x-component", cookie: student.cookie },
              body: submission.body,
              signal,
            });
      const text = await response.text();
      // An answer: any 2xx. A server action answers 200 even when it refuses: its body must say ok.
      const ok = response.ok && (submission.kind === "answer" || text.includes('"ok":true'));
      result = ok ? "ack" : response.status >= 500 ? "server-error" : "refused";
      if (!ok) detail = `${submission.kind} ${response.status}: ${text.slice(0, 160).replaceAll("\n", " ")}`;
    } catch (error) {
      result = "connection";
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      detail = cause?.code ?? cause?.message ?? (error as Error).name;
    }
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
    sent.push(record);
    return record;
  }

  /** One student's turn: a failed submission again first (as its browser would), else something new. */
  function tick(student: Student) {
    const k = student.ticks++;
    const retry = student.pending.find((s) => !s.acked && s.inFlight === 0);
    if (retry) {
      void send(retry, "retry");
      return;
    }
    if (k % AGAIN_EVERY === AGAIN_EVERY - 1 && student.lastAcked) {
      void send(student.lastAcked, "again");
      return;
    }
    const submission = (k % 2 === 0 && nextAnswer(student)) || nextReview(student);
    void send(submission, "first");
    if (student.created % DOUBLE_CLICK_EVERY === 0) void send(submission, "double");
  }

  /** The answers sent at once when a restarted server accepts connections: failed ones first, then new ones. */
  function burstOf(count: number): Submission[] {
    const chosen: Submission[] = [];
    for (let round = 0; chosen.length < count; round++) {
      let added = false;
      for (const student of students) {
        if (chosen.length >= count) break;
        const retry = student.pending.find((s) => s.kind === "answer" && !s.acked && s.inFlight === 0 && !chosen.includes(s));
        const next = retry ?? nextAnswer(student);
        if (next) {
          chosen.push(next);
          added = true;
        }
      }
      if (!added) break;
    }
    return chosen;
  }

  async function crashAndRestart(n: number): Promise<RestartFigures> {
    // The kill lands in the middle of work: one new submission per student sent at once, and
    // SIGKILL as soon as the first of them is answered, while the server is busy with the rest.
    const atKill = students.map((student) => (student.index % 2 === 0 && nextAnswer(student)) || nextReview(student)).map((s) => send(s, "at-kill"));
    await Promise.race([Promise.race(atKill), new Promise((resolve) => setTimeout(resolve, 2_000))]);
    const outage = { from: performance.now(), to: Number.POSITIVE_INFINITY, acceptedWall: Number.POSITIVE_INFINITY };
    outages.push(outage);
    console.log(`▸ ${name}: SIGKILL ${n} to the server's process group at ${secondsOf(outage.from - loadStart)} into the load…`);
    const { portFreeAfterMs } = await server.kill();
    const { spawnedAt, acceptedAt } = await server.start();
    outage.to = acceptedAt;
    outage.acceptedWall = Date.now() - (performance.now() - acceptedAt);
    // Every browser tries again at once: a review acknowledged before the kill sent again (a
    // reload re-posting it), one review double-clicked, the reviews that failed (the killed server
    // may have stored some), and 40 answers (the failed ones first).
    const storedReview = sent.findLast((s) => s.submission.kind === "review" && s.result === "ack")?.submission;
    const doubled = nextReview(students[0]!);
    const failedReviews = students.flatMap((st) => st.pending.filter((s) => s.kind === "review" && !s.acked && s.inFlight === 0));
    const [, , , burst] = await Promise.all([
      storedReview ? send(storedReview, "again") : undefined,
      Promise.all([send(doubled, "first"), send(doubled, "double")]),
      Promise.all(failedReviews.map((s) => send(s, "retry"))),
      Promise.all(burstOf(BURST).map((s) => send(s, "burst"))),
    ]);
    const acked = burst.filter((s) => s.result === "ack").map((s) => s.doneAt - s.sentAt).sort((a, b) => a - b);
    const firstAck = sent.filter((s) => s.submission.kind === "answer" && s.result === "ack" && s.doneAt >= acceptedAt).reduce((min, s) => Math.min(min, s.doneAt), Number.POSITIVE_INFINITY);
    const figures: RestartFigures = {
      downMs: acceptedAt - outage.from,
      startMs: acceptedAt - spawnedAt,
      portFreeAfterMs,
      failedDuringOutage: sent.filter((s) => s.result === "connection" && s.doneAt >= outage.from && s.sentAt <= acceptedAt).length,
      firstAnswerMs: Number.isFinite(firstAck) ? firstAck - acceptedAt : null,
      burst: { sent: burst.length, acknowledged: acked.length, p50: percentile(acked, 0.5), max: acked.at(-1) ?? 0 },
      rebuilt: /Build built/.test(server.stdout()),
      steps: server
        .stdout()
        .split("\n")
        .filter((line) => line.startsWith("✔"))
        .map((line) => line.slice(2)),
    };
    console.log(
      `  restart ${n}: process group gone and port free ${ms(portFreeAfterMs)} after the kill; accepting connections again ${secondsOf(figures.startMs)} after \`npm start\`'s path was spawned` +
        ` (down ${secondsOf(figures.downMs)}${figures.rebuilt ? ", REBUILT: a source file changed meanwhile" : ""}; ${figures.failedDuringOutage} requests failed meanwhile)`,
    );
    console.log(`  restart ${n}: start-up steps: ${figures.steps.join("; ")}`);
    console.log(
      `  restart ${n}: first answer acknowledged ${figures.firstAnswerMs === null ? "— none" : ms(figures.firstAnswerMs)} after the port accepted connections; ` +
        `${burst.length} concurrent first answers: p50 ${ms(figures.burst.p50)}, max ${ms(figures.burst.max)} (${acked.length}/${burst.length} acknowledged)`,
    );
    return figures;
  }

  // The script lets go of the database during the load, so only the server holds it when it
  // restarts (on SQLite, `prisma migrate deploy` sets locking_mode=EXCLUSIVE and fails with
  // SQLITE_BUSY while another process has the file open). The checks afterwards connect again.
  await db().$disconnect();

  // ── The load ──
  const interval = (1000 * options.students) / options.rate;
  console.log(`▸ ${name}: ${options.students} students, ${options.rate} submissions/s (each every ${ms(interval)}), ${options.seconds} s, ${options.kills} kill(s)…`);
  const loadStart = performance.now();
  let stopLoad = false;
  const loops = students.map(async (student, i) => {
    for (let k = 0; ; k++) {
      const due = loadStart + (i / students.length) * interval + k * interval;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      if (stopLoad) return;
      tick(student);
    }
  });

  const restarts: RestartFigures[] = [];
  let nextKillAt = loadStart + options.seconds * 1000 * 0.35;
  let endAt = loadStart + options.seconds * 1000;
  for (let n = 1; n <= options.kills; n++) {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, nextKillAt - performance.now())));
    restarts.push(await crashAndRestart(n));
    nextKillAt = performance.now() + AFTER_RESTART_MS;
    endAt = Math.max(endAt, nextKillAt);
  }
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, endAt - performance.now())));
  stopLoad = true;
  await Promise.all(loops);
  while (inFlight.size) await Promise.all([...inFlight]);
  const loadSeconds = (performance.now() - loadStart) / 1000;

  // Whatever still failed is sent once more, as a student clicking again would.
  const unacknowledged = submissions.filter((s) => !s.acked && s.failures > 0);
  await Promise.all(unacknowledged.map((s) => send(s, "final")));
  console.log(`▸ ${name}: load done in ${loadSeconds.toFixed(1)} s; ${unacknowledged.length} submission(s) that had failed sent once more at the end`);

  // ── What the database holds ──
  const userIds = students.map((s) => s.userId);
  const sentAtAll = submissions.filter((s) => s.sends > 0);
  const answers = sentAtAll.filter((s) => s.kind === "answer");
  const reviews = sentAtAll.filter((s) => s.kind === "review");
  const reviewLogId = (s: Submission) => `card:${s.student.userId}:${s.key}`;

  const [attempts, logs, attemptGroups, logGroups] = await Promise.all([
    db().attempt.findMany({ where: { userId: { in: userIds } }, select: { sessionQuestionId: true, response: true, createdAt: true } }),
    db().reviewLog.findMany({ where: { userId: { in: userIds } }, select: { id: true, rating: true, source: true, createdAt: true, card: { select: { factId: true } } } }),
    db().attempt.groupBy({ by: ["sessionQuestionId"], where: { userId: { in: userIds } }, _count: { _all: true }, having: { sessionQuestionId: { _count: { gt: 1 } } } }),
    db().reviewLog.groupBy({ by: ["id"], where: { userId: { in: userIds } }, _count: { _all: true }, having: { id: { _count: { gt: 1 } } } }),
  ]);
  const attemptByQuestion = new Map(attempts.map((a) => [a.sessionQuestionId, a]));
  const logById = new Map(logs.map((l) => [l.id, l]));
  const isStored = (s: Submission) =>
    s.kind === "answer" ? attemptByQuestion.has(s.key) : logById.has(reviewLogId(s));
  const storedAsSent = (s: Submission) => {
    if (s.kind === "answer") return attemptByQuestion.get(s.key)?.response === s.response;
    const log = logById.get(reviewLogId(s));
    return log !== undefined && log.rating === s.grade && log.card.factId === s.factId;
  };
  const acknowledged = sentAtAll.filter((s) => s.acked);
  const lost = acknowledged.filter((s) => !storedAsSent(s));
  const stored = sentAtAll.filter(isStored);
  const sentQuestions = new Set(answers.map((s) => s.key));
  const sentReviewIds = new Set(reviews.map(reviewLogId));
  const unexpected = attempts.filter((a) => !sentQuestions.has(a.sessionQuestionId)).length + logs.filter((l) => !sentReviewIds.has(l.id)).length;
  const duplicates = attemptGroups.length + logGroups.length;

  // Requests the kill cut off: did the killed server commit them (the retry then found them stored)?
  const cutOff = outages.flatMap((o) =>
    sent.filter((s) => s.result === "connection" && s.sentAt < o.from && s.doneAt >= o.from).map((s) => ({ submission: s.submission, acceptedWall: o.acceptedWall })),
  );
  const storedAt = (s: Submission) => (s.kind === "answer" ? attemptByQuestion.get(s.key)?.createdAt : logById.get(reviewLogId(s))?.createdAt);
  const committedByKilled = cutOff.filter((c) => (storedAt(c.submission)?.getTime() ?? Number.POSITIVE_INFINITY) < c.acceptedWall).length;

  // Sessions: a session a crash left complete but unfinished is finished when its quiz is opened.
  const loadSessions = () =>
    db().quizSession.findMany({
      where: { userId: { in: userIds } },
      select: { id: true, userId: true, questionCount: true, finishedAt: true, questions: { select: { id: true, attempt: { select: { sessionId: true, userId: true } } } } },
    });
  const answeredOf = (s: Awaited<ReturnType<typeof loadSessions>>[number]) => s.questions.filter((q) => q.attempt).length;
  let sessions = await loadSessions();
  const unfinished = sessions.filter((s) => !s.finishedAt && s.questions.length > 0 && answeredOf(s) === s.questions.length);
  for (const session of unfinished) {
    const cookie = students.find((s) => s.userId === session.userId)!.cookie;
    const response = await fetch(`${base}/study/${session.id}`, { headers: { cookie }, redirect: "manual" });
    await response.arrayBuffer();
  }
  if (unfinished.length) sessions = await loadSessions();
  const mismatchedSessions = sessions.filter((s) => {
    const answered = answeredOf(s);
    const copiesAgree = s.questions.every((q) => !q.attempt || (q.attempt.sessionId === s.id && q.attempt.userId === s.userId));
    return s.questionCount !== s.questions.length || !copiesAgree || (s.finishedAt !== null) !== (answered === s.questions.length);
  });

  const cards = await db().card.findMany({ where: { userId: { in: userIds } }, select: { id: true, reps: true, _count: { select: { reviews: true } } } });
  const mismatchedCards = cards.filter((c) => c.reps !== c._count.reviews);

  const inOutage = (s: Sent) => outages.some((o) => s.doneAt >= o.from && s.sentAt <= o.to);
  const connectionErrors = sent.filter((s) => s.result === "connection");
  const connectionErrorsWhileUp = connectionErrors.filter((s) => !inOutage(s));
  const refusals = sent.filter((s) => s.result === "refused");
  const serverErrors = sent.filter((s) => s.result === "server-error");
  const latencies = (from: number, to: number) =>
    sent.filter((s) => s.result === "ack" && s.via !== "burst" && s.sentAt >= from && s.sentAt < to && !inOutage(s)).map((s) => s.doneAt - s.sentAt).sort((a, b) => a - b);
  const firstKill = outages[0]?.from ?? Number.POSITIVE_INFINITY;
  const lastBack = outages.at(-1)?.to ?? loadStart;
  const before = latencies(loadStart, firstKill);
  const afterRestart = outages.length ? latencies(lastBack, lastBack + 5_000) : [];
  const settled = latencies(outages.length ? lastBack + 5_000 : loadStart, Number.POSITIVE_INFINITY);
  const spread = (list: number[]) => ({ p50: percentile(list, 0.5), p95: percentile(list, 0.95), max: list.at(-1) ?? 0, n: list.length });
  const byVia = (via: Via) => sent.filter((s) => s.via === via).length;
  const finished = sessions.filter((s) => s.finishedAt).length;
  const partAnswered = sessions.filter((s) => !s.finishedAt && answeredOf(s) > 0).length;

  const figures: Figures = {
    requests: sent.length,
    submissionsSent: sentAtAll.length,
    answersSent: answers.length,
    reviewsSent: reviews.length,
    acknowledged: acknowledged.length,
    stored: stored.length,
    storedUnacknowledged: stored.filter((s) => !s.acked).length,
    lost: lost.length,
    duplicates,
    unexpected,
    sessions: sessions.length,
    mismatchedSessions: mismatchedSessions.length,
    repairedSessions: unfinished.length,
    cards: cards.length,
    mismatchedCards: mismatchedCards.length,
    connectionErrors: connectionErrors.length,
    connectionErrorsWhileUp: connectionErrorsWhileUp.length,
    refusals: refusals.length,
    serverErrors: serverErrors.length,
    cutOffByKill: cutOff.length,
    committedByKilledServer: committedByKilled,
    doubleClicks: byVia("double"),
    againRetries: byVia("again"),
    retriesAfterFailure: byVia("retry") + byVia("final"),
    latency: { beforeKill: spread(before), firstSecondsAfterRestart: spread(afterRestart), settled: spread(settled) },
    restarts,
  };

  const f = figures;
  console.log(`\n${name} — figures`);
  console.log(`  submissions sent      ${f.submissionsSent} (${f.answersSent} answers, ${f.reviewsSent} reviews) in ${f.requests} requests over ${loadSeconds.toFixed(1)} s`);
  console.log(`                        deliberate repeats: ${f.doubleClicks} double clicks, ${f.againRetries} re-sends of acknowledged submissions, ${f.retriesAfterFailure} retries after a connection error`);
  console.log(`  acknowledged          ${f.acknowledged}`);
  console.log(`  stored                ${f.stored} (${f.storedUnacknowledged} of them never acknowledged: stored, then the answer was lost or never retried)`);
  console.log(`  lost (acked, not stored as sent)  ${f.lost}`);
  console.log(`  duplicates            ${f.duplicates}; stored but never sent: ${f.unexpected}`);
  console.log(`  quiz sessions         ${f.sessions} (${finished} finished, ${partAnswered} part-answered); mismatched ${f.mismatchedSessions}; complete but unfinished until opened: ${f.repairedSessions}`);
  console.log(`  cards                 ${f.cards}; reps ≠ review logs: ${f.mismatchedCards}`);
  console.log(`  connection errors     ${f.connectionErrors} (${f.connectionErrorsWhileUp} while the server was up); cut off by a kill: ${f.cutOffByKill} (${f.committedByKilledServer} committed by the killed server, found by the retry)`);
  console.log(`  HTTP errors           ${f.refusals} refusals (4xx, ok:false); ${f.serverErrors} server errors (5xx)`);
  const spreadLine = (l: Figures["latency"]["settled"]) => (l.n ? `p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, max ${ms(l.max)} (${l.n})` : "—");
  console.log(
    restarts.length
      ? `  latency (paced load)  before the kill ${spreadLine(f.latency.beforeKill)}; 5 s after the restart ${spreadLine(f.latency.firstSecondsAfterRestart)}; after that ${spreadLine(f.latency.settled)}`
      : `  latency (paced load)  ${spreadLine(f.latency.settled)}`,
  );
  for (const [i, r] of restarts.entries()) {
    console.log(
      `  restart ${i + 1}             down ${secondsOf(r.downMs)}; first answer ${r.firstAnswerMs === null ? "none" : ms(r.firstAnswerMs)} after accept; ` +
        `${r.burst.sent} concurrent first answers p50 ${ms(r.burst.p50)}, max ${ms(r.burst.max)} (${r.burst.acknowledged} acknowledged)`,
    );
  }
  const killedAt = outages[0]?.from ?? loadStart;
  for (const s of lost.slice(0, 5)) {
    const history = sent
      .filter((x) => x.submission === s)
      .map((x) => `${x.via} ${secondsOf(x.sentAt - killedAt)}→${secondsOf(x.doneAt - killedAt)} ${x.result}`)
      .join(", ");
    console.log(`    lost: ${s.kind} ${s.key}: ${history} (times from the first kill)`);
  }
  for (const s of refusals.slice(0, 5)) console.log(`    refused (${s.via}): ${s.detail}`);
  for (const s of serverErrors.slice(0, 5)) console.log(`    server error (${s.via}): ${s.detail}`);
  for (const s of connectionErrorsWhileUp.slice(0, 5)) {
    console.log(`    connection error while up: ${s.submission.kind} via ${s.via}, sent at ${secondsOf(s.sentAt - loadStart)}, failed after ${ms(s.doneAt - s.sentAt)}: ${s.detail}`);
  }
  for (const s of mismatchedSessions.slice(0, 5)) console.log(`    session ${s.id}: questionCount ${s.questionCount}, questions ${s.questions.length}, answered ${answeredOf(s)}, finishedAt ${s.finishedAt?.toISOString() ?? "null"}`);
  for (const c of mismatchedCards.slice(0, 5)) console.log(`    card ${c.id}: reps ${c.reps}, review logs ${c._count.reviews}`);
  console.log("");

  const restartedOk = restarts.length === options.kills && restarts.every((r) => r.burst.acknowledged > 0);
  if (options.kills) report.checks.push({ ok: restartedOk, label: `killed with SIGKILL ${options.kills}× (process group gone, port free) and started again on the same data, answering again` });
  report.checks.push(
    { ok: lost.length === 0 && acknowledged.length > 0, label: `every acknowledged submission is stored as sent (${acknowledged.length} acknowledged, ${lost.length} lost)` },
    { ok: duplicates === 0 && unexpected === 0, label: `nothing stored twice, nothing stored that was not sent (${duplicates} duplicates, ${unexpected} unexpected)` },
    { ok: mismatchedSessions.length === 0, label: `every quiz session's questionCount and finishedAt agree with its stored answers (${sessions.length} sessions, ${mismatchedSessions.length} mismatched)` },
    { ok: mismatchedCards.length === 0, label: `every card's reps equals its review log rows (${cards.length} cards, ${mismatchedCards.length} mismatched)` },
    { ok: refusals.length === 0, label: `no submission or repeat was refused (${refusals.length} 4xx or ok:false)` },
  );
  // A 5xx is not acknowledged, so it cannot lose data; on a busy machine (PostgreSQL's pool waits at
  // most 2 s to start rateCard's transaction) it is overload, reported rather than failed.
  if (serverErrors.length) console.log(`⚠ ${name}: ${serverErrors.length} server errors (5xx), not acknowledged and not counted; first: ${serverErrors[0]!.detail}`);
  return figures;
}
