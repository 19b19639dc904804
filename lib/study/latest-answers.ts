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

/** Per-fact standings as the latest answer to each fact (what mastery, review and retry decide on). */
export function latestRecords(
  standings: readonly { factId: string; lastCorrect: boolean; lastAt: Date; lastAttemptId: string }[],
): (AttemptRecord & { attemptId: string })[] {
  return standings.map((s) => ({
    factId: s.factId,
    correct: s.lastCorrect,
    createdAt: s.lastAt,
    attemptId: s.lastAttemptId,
  }));
}
