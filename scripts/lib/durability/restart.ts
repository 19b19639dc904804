/**
 * The crashes: SIGKILL to the server's process group while submissions are in flight, a start on
 * the same data, and every browser trying again the moment the port accepts connections.
 */
import { percentile, type BenchServer } from "../bench-server";
import { BURST, sleepUntil, type DurabilityOptions, type Outage, type Sent, type StudentLoad } from "./load";
import type { RestartFigures } from "./report";
import { ms, secondsOf } from "./units";

/** Load after each restart before the next kill (or the end). */
const AFTER_RESTART_MS = 8_000;
/** The first kill comes this far into the load. */
const FIRST_KILL_AT = 0.35;

interface Crash {
  load: StudentLoad;
  server: BenchServer;
  /** The database's name, for the log. */
  name: string;
  /** When the paced load began (a `performance.now()` value). */
  loadStart: number;
}

/**
 * Kills and restarts the server `options.kills` times while the load runs; resolves when the load
 * is to end: after its seconds, and never sooner than AFTER_RESTART_MS after the last restart.
 */
export async function crashDuringLoad(crash: Crash, options: DurabilityOptions): Promise<RestartFigures[]> {
  const restarts: RestartFigures[] = [];
  let nextKillAt = crash.loadStart + options.seconds * 1000 * FIRST_KILL_AT;
  let endAt = crash.loadStart + options.seconds * 1000;
  for (let n = 1; n <= options.kills; n++) {
    await sleepUntil(nextKillAt);
    restarts.push(await crashAndRestart(crash, n));
    nextKillAt = performance.now() + AFTER_RESTART_MS;
    endAt = Math.max(endAt, nextKillAt);
  }
  await sleepUntil(endAt);
  return restarts;
}

async function crashAndRestart(crash: Crash, n: number): Promise<RestartFigures> {
  const { load, server } = crash;
  const outage = await killMidWork(load);
  console.log(
    `▸ ${crash.name}: SIGKILL ${n} to the server's process group at ${secondsOf(outage.from - crash.loadStart)} into the load…`,
  );
  const { portFreeAfterMs } = await server.kill();
  const { spawnedAt, acceptedAt } = await server.start();
  outage.to = acceptedAt;
  outage.acceptedWall = Date.now() - (performance.now() - acceptedAt);
  const burst = await sendAgainAtOnce(load);
  const figures = restartFigures(crash, outage, { portFreeAfterMs, spawnedAt }, burst);
  printRestart(n, figures);
  return figures;
}

/**
 * The kill lands in the middle of work: one new submission per student sent at once, and
 * SIGKILL as soon as the first of them is answered, while the server is busy with the rest.
 * Returns the outage it opens (its end is not known yet).
 */
async function killMidWork(load: StudentLoad): Promise<Outage> {
  const atKill = load.students
    .map((student) => (student.index % 2 === 0 && load.nextAnswer(student)) || load.nextReview(student))
    .map((s) => load.send(s, "at-kill"));
  await Promise.race([Promise.race(atKill), new Promise((resolve) => setTimeout(resolve, 2_000))]);
  const outage = { from: performance.now(), to: Number.POSITIVE_INFINITY, acceptedWall: Number.POSITIVE_INFINITY };
  load.outages.push(outage);
  return outage;
}

/**
 * Every browser tries again at once: a review acknowledged before the kill sent again (a reload
 * re-posting it), one review double-clicked, the reviews that failed (the killed server may have
 * stored some), and 40 answers (the failed ones first). Resolves to the 40 answers' requests.
 */
async function sendAgainAtOnce(load: StudentLoad): Promise<Sent[]> {
  const storedReview = load.sent.findLast((s) => s.submission.kind === "review" && s.result === "ack")?.submission;
  const doubled = load.nextReview(load.students[0]!);
  const failedReviews = load.students.flatMap((st) =>
    st.pending.filter((s) => s.kind === "review" && !s.acked && s.inFlight === 0),
  );
  const [, , , burst] = await Promise.all([
    storedReview ? load.send(storedReview, "again") : undefined,
    Promise.all([load.send(doubled, "first"), load.send(doubled, "double")]),
    Promise.all(failedReviews.map((s) => load.send(s, "retry"))),
    Promise.all(load.burstOf(BURST).map((s) => load.send(s, "burst"))),
  ]);
  return burst;
}

function restartFigures(
  { load, server }: Crash,
  outage: Outage,
  times: { portFreeAfterMs: number; spawnedAt: number },
  burst: Sent[],
): RestartFigures {
  const acceptedAt = outage.to;
  const acked = burst
    .filter((s) => s.result === "ack")
    .map((s) => s.doneAt - s.sentAt)
    .sort((a, b) => a - b);
  const firstAck = load.sent
    .filter((s) => s.submission.kind === "answer" && s.result === "ack" && s.doneAt >= acceptedAt)
    .reduce((min, s) => Math.min(min, s.doneAt), Number.POSITIVE_INFINITY);
  return {
    downMs: acceptedAt - outage.from,
    startMs: acceptedAt - times.spawnedAt,
    portFreeAfterMs: times.portFreeAfterMs,
    failedDuringOutage: load.sent.filter(
      (s) => s.result === "connection" && s.doneAt >= outage.from && s.sentAt <= acceptedAt,
    ).length,
    firstAnswerMs: Number.isFinite(firstAck) ? firstAck - acceptedAt : null,
    burst: { sent: burst.length, acknowledged: acked.length, p50: percentile(acked, 0.5), max: acked.at(-1) ?? 0 },
    rebuilt: /Build built/.test(server.stdout()),
    steps: server
      .stdout()
      .split("\n")
      .filter((line) => line.startsWith("✔"))
      .map((line) => line.slice(2)),
  };
}

function printRestart(n: number, figures: RestartFigures) {
  const { burst } = figures;
  console.log(
    `  restart ${n}: process group gone and port free ${ms(figures.portFreeAfterMs)} after the kill; accepting connections again ${secondsOf(figures.startMs)} after \`npm start\`'s path was spawned` +
      ` (down ${secondsOf(figures.downMs)}${figures.rebuilt ? ", REBUILT: a source file changed meanwhile" : ""}; ${figures.failedDuringOutage} requests failed meanwhile)`,
  );
  console.log(`  restart ${n}: start-up steps: ${figures.steps.join("; ")}`);
  console.log(
    `  restart ${n}: first answer acknowledged ${figures.firstAnswerMs === null ? "— none" : ms(figures.firstAnswerMs)} after the port accepted connections; ` +
      `${burst.sent} concurrent first answers: p50 ${ms(burst.p50)}, max ${ms(burst.max)} (${burst.acknowledged}/${burst.sent} acknowledged)`,
  );
}
