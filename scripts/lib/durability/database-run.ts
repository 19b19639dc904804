/** One database's durability run, on a started server: the load with its crashes, then the checks. */
import type { BenchServer } from "../bench-server";
import { prepareLoad, startPacedLoad, type DurabilityOptions, type StudentLoad } from "./load";
import {
  databaseName,
  figuresOf,
  printFigures,
  type Check,
  type Database,
  type Figures,
  type Findings,
} from "./report";
import { crashDuringLoad } from "./restart";
import { readTraffic } from "./traffic";
import { checkCards, checkProgressSums, checkSessions, checkSubmissions } from "./verify";

export async function durabilityRun(
  server: BenchServer,
  database: Database,
  options: DurabilityOptions,
): Promise<{ figures: Figures; checks: Check[] }> {
  const name = databaseName[database];
  const load = await prepareLoad(server, options);

  // The script lets go of the database during the load, so only the server holds it when it
  // restarts (on SQLite, `prisma migrate deploy` sets locking_mode=EXCLUSIVE and fails with
  // SQLITE_BUSY while another process has the file open). The checks afterwards connect again.
  await server.db().$disconnect();

  const paced = startPacedLoad(load, options, name);
  const restarts = await crashDuringLoad({ load, server, name, loadStart: paced.startedAt }, options);
  await paced.stop();
  const loadSeconds = (performance.now() - paced.startedAt) / 1000;
  await sendFailedOnceMore(load, name, loadSeconds);

  const db = server.db();
  const findings: Findings = {
    submissions: await checkSubmissions(db, load),
    sessions: await checkSessions(server, load.students),
    cards: await checkCards(db, load.students),
    traffic: readTraffic(load, paced.startedAt),
    restarts,
  };
  const figures = figuresOf(findings);
  printFigures(name, figures, findings, loadSeconds);
  const checks = checksOf(findings, options);
  const sums = await checkProgressSums(db, load.students);
  checks.push({
    ok: sums.mismatched.length === 0,
    label: `every student's progress sums equal those derived from their stored answers and reviews (${sums.students} students, ${sums.mismatched.length} mismatched)`,
  });
  // A 5xx is not acknowledged, so it cannot lose data; on a busy machine (PostgreSQL's pool waits at
  // most 2 s to start a review's transaction) it is overload, reported rather than failed.
  const { serverErrors } = findings.traffic;
  if (serverErrors.length)
    console.log(
      `⚠ ${name}: ${serverErrors.length} server errors (5xx), not acknowledged and not counted; first: ${serverErrors[0]!.detail}`,
    );
  return { figures, checks };
}

/** Whatever still failed is sent once more, as a student clicking again would. */
async function sendFailedOnceMore(load: StudentLoad, name: string, loadSeconds: number) {
  const unacknowledged = load.submissions.filter((s) => !s.acked && s.failures > 0);
  await Promise.all(unacknowledged.map((s) => load.send(s, "final")));
  console.log(
    `▸ ${name}: load done in ${loadSeconds.toFixed(1)} s; ${unacknowledged.length} submission(s) that had failed sent once more at the end`,
  );
}

function checksOf({ submissions, sessions, cards, traffic, restarts }: Findings, options: DurabilityOptions): Check[] {
  const { acknowledged, lost, duplicates, unexpected } = submissions;
  const checks: Check[] = [];
  const restartedOk = restarts.length === options.kills && restarts.every((r) => r.burst.acknowledged > 0);
  if (options.kills)
    checks.push({
      ok: restartedOk,
      label: `killed with SIGKILL ${options.kills}× (process group gone, port free) and started again on the same data, answering again`,
    });
  checks.push(
    {
      ok: lost.length === 0 && acknowledged.length > 0,
      label: `every acknowledged submission is stored as sent (${acknowledged.length} acknowledged, ${lost.length} lost)`,
    },
    {
      ok: duplicates === 0 && unexpected === 0,
      label: `nothing stored twice, nothing stored that was not sent (${duplicates} duplicates, ${unexpected} unexpected)`,
    },
    {
      ok: sessions.mismatched.length === 0,
      label: `every quiz session's questionCount and finishedAt agree with its stored answers (${sessions.sessions.length} sessions, ${sessions.mismatched.length} mismatched)`,
    },
    {
      ok: cards.mismatched.length === 0,
      label: `every card's reps equals its review log rows (${cards.cards.length} cards, ${cards.mismatched.length} mismatched)`,
    },
    {
      ok: traffic.refusals.length === 0,
      label: `no submission or repeat was refused (${traffic.refusals.length} 4xx or ok:false)`,
    },
  );
  return checks;
}
