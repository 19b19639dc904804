/**
 * `npm run test:durability`: an acknowledged submission survives a crash of the server.
 *
 * On SQLite (a temporary data folder), then on PostgreSQL (a throw-away cluster), it starts the
 * production server the way `npm start` does and lets N students (default 20) send quiz answers
 * (POST /api/answers) and flashcard reviews (POST /api/flashcards/reviews, as the flashcards
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
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { startBenchServer, type BenchServer } from "./lib/bench-server";
import { buildIfChanged } from "./lib/build";
import { durabilityRun } from "./lib/durability/database-run";
import type { DurabilityOptions } from "./lib/durability/load";
import { databaseName, databases, type Database, type DatabaseReport } from "./lib/durability/report";
import { ms, secondsOf } from "./lib/durability/units";
import { startPostgresCluster, type PostgresCluster } from "./lib/postgres-cluster";
import { bin, toolEnv } from "./lib/run";
import { ensurePostgres } from "./lib/system-packages";

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

const options: DurabilityOptions = {
  kills: positive("kills", flags.kills, 0),
  students: positive("students", flags.students, 1),
  rate: positive("rate", flags.rate, 1),
  seconds: positive("seconds", flags.seconds, 5),
};

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
    for (const database of chosen) reports.push(await runChildProcess(database, path.join(folder, `${database}.json`)));
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  printSummary(reports);
  const ok = reports.length === chosen.length && reports.every((r) => r.ok);
  console.log(
    `\n${ok ? "✔" : "✖"} Durability ${ok ? "holds" : "FAILED"} on ${chosen.map((d) => databaseName[d]).join(" and ")} (total ${secondsOf(performance.now() - started)})`,
  );
  process.exit(ok ? 0 : 1);
}

/** This script again as a child for one database; resolves to what it reported (or why it reported nothing). */
async function runChildProcess(database: Database, resultFile: string): Promise<DatabaseReport> {
  const args = [
    "--conditions=react-server",
    fileURLToPath(import.meta.url),
    "--child",
    database,
    "--result",
    resultFile,
  ];
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
  return report;
}

function printSummary(reports: DatabaseReport[]) {
  console.log(`\nDurability summary (${options.kills} kill${options.kills === 1 ? "" : "s"} per database)\n`);
  for (const report of reports) {
    const f = report.figures;
    const name = databaseName[report.database].padEnd(10);
    if (!f) {
      console.log(`✖ ${name} ${report.error ?? "failed"}`);
      continue;
    }
    const restarts = f.restarts
      .map(
        (r, i) =>
          `restart ${i + 1}: first answer ${r.firstAnswerMs === null ? "none" : ms(r.firstAnswerMs)}, ${r.burst.sent} concurrent first answers p50 ${ms(r.burst.p50)} / max ${ms(r.burst.max)}`,
      )
      .join("; ");
    console.log(
      `${report.ok ? "✔" : "✖"} ${name} sent ${f.submissionsSent} (${f.requests} requests) · acknowledged ${f.acknowledged} · stored ${f.stored} · lost ${f.lost} · ` +
        `duplicates ${f.duplicates} · mismatched sessions ${f.mismatchedSessions} · mismatched cards ${f.mismatchedCards}${f.serverErrors ? ` · 5xx ${f.serverErrors}` : ""}${restarts ? ` · ${restarts}` : ""} · ${report.seconds.toFixed(1)} s`,
    );
    for (const check of report.checks.filter((c) => !c.ok)) console.log(`    ✖ ${check.label}`);
  }
}

// ── A child: one database ─────────────────────────────────────────────────────────────────

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
    const { figures, checks } = await durabilityRun(server, database, options);
    report.figures = figures;
    report.checks.push(...checks);
    const stopped = await server.stop();
    report.checks.push({
      ok: stopped.clean,
      label: `the server stopped cleanly at the end (SIGTERM → exit code ${stopped.exitCode})`,
    });
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
