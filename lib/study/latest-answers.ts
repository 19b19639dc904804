/**
 * A student's standing on each fact, from their answers: the latest answer decides. "Retry missed"
 * and progress both read it, so a fact counts as missed in one exactly when it does in the other.
 */
export interface AttemptRecord {
  factId: string;
  correct: boolean;
  createdAt: Date;
}

/** The latest attempt per fact (attempts in any order). */
export function latestAttempts<A extends AttemptRecord>(attempts: readonly A[]): Map<string, A> {
  const latest = new Map<string, A>();
  for (const attempt of attempts) {
    const current = latest.get(attempt.factId);
    if (!current || attempt.createdAt >= current.createdAt) latest.set(attempt.factId, attempt);
  }
  return latest;
}

/** Facts whose latest answer is wrong: missed and not answered correctly since. */
export function missedFactIds(attempts: readonly AttemptRecord[]): string[] {
  return [...latestAttempts(attempts).values()].filter((a) => !a.correct).map((a) => a.factId);
}
