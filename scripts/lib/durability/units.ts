/** How the durability run writes times, and the spread of a set of latencies. */
export interface LatencySpread {
  p50: number;
  p95: number;
  max: number;
  n: number;
}

export const ms = (value: number) => `${value.toFixed(0)} ms`;
export const secondsOf = (value: number) => `${(value / 1000).toFixed(1)} s`;
