/** The durability test's figures: what a child reports to the parent, and how a child prints them. */
import type { Sent, Submission } from "./load";
import type { TrafficRecord } from "./traffic";
import type { CardCheck, SessionCheck, SubmissionCheck } from "./verify";
import { ms, secondsOf, type LatencySpread } from "./units";

export type Database = "sqlite" | "postgresql";
export const databases: Database[] = ["sqlite", "postgresql"];
export const databaseName: Record<Database, string> = { sqlite: "SQLite", postgresql: "PostgreSQL" };

export interface Check {
  ok: boolean;
  label: string;
}

/** What a child process reports to the parent. */
export interface DatabaseReport {
  database: Database;
  ok: boolean;
  error?: string;
  seconds: number;
  figures?: Figures;
  checks: Check[];
}

export interface RestartFigures {
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

export interface Figures {
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
  latency: Record<"beforeKill" | "firstSecondsAfterRestart" | "settled", LatencySpread>;
  restarts: RestartFigures[];
}

/** Everything one database's run found, from which its figures are counted and printed. */
export interface Findings {
  submissions: SubmissionCheck;
  sessions: SessionCheck;
  cards: CardCheck;
  traffic: TrafficRecord;
  restarts: RestartFigures[];
}

export function figuresOf({ submissions, sessions, cards, traffic, restarts }: Findings): Figures {
  return {
    requests: traffic.sent.length,
    submissionsSent: submissions.sentAtAll.length,
    answersSent: submissions.answers.length,
    reviewsSent: submissions.reviews.length,
    acknowledged: submissions.acknowledged.length,
    stored: submissions.stored.length,
    storedUnacknowledged: submissions.stored.filter((s) => !s.acked).length,
    lost: submissions.lost.length,
    duplicates: submissions.duplicates,
    unexpected: submissions.unexpected,
    sessions: sessions.sessions.length,
    mismatchedSessions: sessions.mismatched.length,
    repairedSessions: sessions.repaired,
    cards: cards.cards.length,
    mismatchedCards: cards.mismatched.length,
    connectionErrors: traffic.connectionErrors.length,
    connectionErrorsWhileUp: traffic.connectionErrorsWhileUp.length,
    refusals: traffic.refusals.length,
    serverErrors: traffic.serverErrors.length,
    cutOffByKill: submissions.cutOffByKill,
    committedByKilledServer: submissions.committedByKilledServer,
    doubleClicks: traffic.doubleClicks,
    againRetries: traffic.againRetries,
    retriesAfterFailure: traffic.retriesAfterFailure,
    latency: traffic.latency,
    restarts,
  };
}

export function printFigures(name: string, f: Figures, findings: Findings, loadSeconds: number) {
  const { sessions } = findings;
  console.log(`\n${name} — figures`);
  console.log(
    `  submissions sent      ${f.submissionsSent} (${f.answersSent} answers, ${f.reviewsSent} reviews) in ${f.requests} requests over ${loadSeconds.toFixed(1)} s`,
  );
  console.log(
    `                        deliberate repeats: ${f.doubleClicks} double clicks, ${f.againRetries} re-sends of acknowledged submissions, ${f.retriesAfterFailure} retries after a connection error`,
  );
  console.log(`  acknowledged          ${f.acknowledged}`);
  console.log(
    `  stored                ${f.stored} (${f.storedUnacknowledged} of them never acknowledged: stored, then the answer was lost or never retried)`,
  );
  console.log(`  lost (acked, not stored as sent)  ${f.lost}`);
  console.log(`  duplicates            ${f.duplicates}; stored but never sent: ${f.unexpected}`);
  console.log(
    `  quiz sessions         ${f.sessions} (${sessions.finished} finished, ${sessions.partAnswered} part-answered); mismatched ${f.mismatchedSessions}; complete but unfinished until opened: ${f.repairedSessions}`,
  );
  console.log(`  cards                 ${f.cards}; reps ≠ review logs: ${f.mismatchedCards}`);
  console.log(
    `  connection errors     ${f.connectionErrors} (${f.connectionErrorsWhileUp} while the server was up); cut off by a kill: ${f.cutOffByKill} (${f.committedByKilledServer} committed by the killed server, found by the retry)`,
  );
  console.log(`  HTTP errors           ${f.refusals} refusals (4xx, ok:false); ${f.serverErrors} server errors (5xx)`);
  const spreadLine = (l: LatencySpread) =>
    l.n ? `p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, max ${ms(l.max)} (${l.n})` : "—";
  console.log(
    f.restarts.length
      ? `  latency (paced load)  before the kill ${spreadLine(f.latency.beforeKill)}; 5 s after the restart ${spreadLine(f.latency.firstSecondsAfterRestart)}; after that ${spreadLine(f.latency.settled)}`
      : `  latency (paced load)  ${spreadLine(f.latency.settled)}`,
  );
  for (const [i, r] of f.restarts.entries()) {
    console.log(
      `  restart ${i + 1}             down ${secondsOf(r.downMs)}; first answer ${r.firstAnswerMs === null ? "none" : ms(r.firstAnswerMs)} after accept; ` +
        `${r.burst.sent} concurrent first answers p50 ${ms(r.burst.p50)}, max ${ms(r.burst.max)} (${r.burst.acknowledged} acknowledged)`,
    );
  }
  printExamples(findings);
  console.log("");
}

/** The first few of each kind of problem, so a failed run explains itself. */
function printExamples({ submissions, sessions, cards, traffic }: Findings) {
  const killedAt = traffic.outages[0]?.from ?? traffic.loadStart;
  for (const s of submissions.lost.slice(0, 5)) {
    console.log(`    lost: ${s.kind} ${s.key}: ${historyOf(s, traffic.sent, killedAt)} (times from the first kill)`);
  }
  for (const s of traffic.refusals.slice(0, 5)) console.log(`    refused (${s.via}): ${s.detail}`);
  for (const s of traffic.serverErrors.slice(0, 5)) console.log(`    server error (${s.via}): ${s.detail}`);
  for (const s of traffic.connectionErrorsWhileUp.slice(0, 5)) {
    console.log(
      `    connection error while up: ${s.submission.kind} via ${s.via}, sent at ${secondsOf(s.sentAt - traffic.loadStart)}, failed after ${ms(s.doneAt - s.sentAt)}: ${s.detail}`,
    );
  }
  for (const s of sessions.mismatched.slice(0, 5)) {
    console.log(
      `    session ${s.id}: questionCount ${s.questionCount}, questions ${s.questions.length}, answered ${sessions.answeredOf(s)}, finishedAt ${s.finishedAt?.toISOString() ?? "null"}`,
    );
  }
  for (const c of cards.mismatched.slice(0, 5))
    console.log(`    card ${c.id}: reps ${c.reps}, review logs ${c._count.reviews}`);
}

/** Every request that carried the submission: how it was sent, when, and what came back. */
function historyOf(submission: Submission, sent: Sent[], killedAt: number): string {
  return sent
    .filter((x) => x.submission === submission)
    .map((x) => `${x.via} ${secondsOf(x.sentAt - killedAt)}→${secondsOf(x.doneAt - killedAt)} ${x.result}`)
    .join(", ");
}
