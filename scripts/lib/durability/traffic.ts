/** What the record of requests says: errors by kind, deliberate repeats, and the paced load's latency around the kills. */
import { percentile } from "../bench-server";
import type { Sent, StudentLoad, Via } from "./load";
import type { LatencySpread } from "./units";

export type TrafficRecord = ReturnType<typeof readTraffic>;

/** `loadStart` is when the paced load began (a `performance.now()` value). */
export function readTraffic(load: StudentLoad, loadStart: number) {
  const { sent, outages } = load;
  const inOutage = (s: Sent) => outages.some((o) => s.doneAt >= o.from && s.sentAt <= o.to);
  const connectionErrors = sent.filter((s) => s.result === "connection");
  const byVia = (via: Via) => sent.filter((s) => s.via === via).length;
  return {
    sent,
    outages,
    loadStart,
    connectionErrors,
    connectionErrorsWhileUp: connectionErrors.filter((s) => !inOutage(s)),
    refusals: sent.filter((s) => s.result === "refused"),
    serverErrors: sent.filter((s) => s.result === "server-error"),
    doubleClicks: byVia("double"),
    againRetries: byVia("again"),
    retriesAfterFailure: byVia("retry") + byVia("final"),
    latency: pacedLatency(load, loadStart, inOutage),
  };
}

/** Acknowledged requests of the paced load (not the burst): before the first kill, in the 5 s after the last restart, and after those. */
function pacedLatency(load: StudentLoad, loadStart: number, inOutage: (s: Sent) => boolean) {
  const { sent, outages } = load;
  const latencies = (from: number, to: number) =>
    sent
      .filter((s) => s.result === "ack" && s.via !== "burst" && s.sentAt >= from && s.sentAt < to && !inOutage(s))
      .map((s) => s.doneAt - s.sentAt)
      .sort((a, b) => a - b);
  const firstKill = outages[0]?.from ?? Number.POSITIVE_INFINITY;
  const lastBack = outages.at(-1)?.to ?? loadStart;
  return {
    beforeKill: spread(latencies(loadStart, firstKill)),
    firstSecondsAfterRestart: spread(outages.length ? latencies(lastBack, lastBack + 5_000) : []),
    settled: spread(latencies(outages.length ? lastBack + 5_000 : loadStart, Number.POSITIVE_INFINITY)),
  };
}

function spread(sorted: number[]): LatencySpread {
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted.at(-1) ?? 0, n: sorted.length };
}
