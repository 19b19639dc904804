/** "42 s", "3 min 05 s": how long a quiz took. */
export function formatDuration(ms: number): string {
  const seconds = Math.round(ms / 1000);
  if (seconds < 60) return `${seconds} s`;
  return `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, "0")} s`;
}

/** "73 %": a share between 0 and 1, as the progress pages show it. */
export function formatShare(share: number): string {
  return `${Math.round(share * 100)} %`;
}
