/**
 * Sends the ratings a device keeps (offline-store.ts) to POST /api/flashcards/reviews, oldest
 * first, in turns of at most MAX_SYNC_REVIEWS, and forgets each one the server has answered for.
 * One sender at a time per browser (Web Locks, where there are), so two tabs do not send the same
 * ratings at once; if they did, the server would still count each once (its id).
 */
import { MAX_SYNC_REVIEWS, type SyncOutcome } from "@/lib/scheduling/offline";
import { forgetReviews, markAttempted, queuedReviews } from "./offline-store";

/** "other-account": the ratings belong to an account that is not the one signed in here now. */
export type SyncState = "saved" | "waiting" | "offline" | "signed-out" | "other-account" | "refused";

export interface SyncReport {
  state: SyncState;
  /** Ratings still on the device. */
  waiting: number;
  /** Ratings applied by this call. */
  applied: number;
  /** Ratings of cards no longer in the student's reading list (dropped). */
  gone: number;
}

async function sendAll(userId: string): Promise<SyncReport> {
  let applied = 0;
  let gone = 0;
  for (;;) {
    const queued = await queuedReviews(userId);
    if (!queued.length) return { state: "saved", waiting: 0, applied, gone };
    const batch = queued.slice(0, MAX_SYNC_REVIEWS);
    // From here the server may have them even if its answer is lost: an undo must ask it.
    await markAttempted(batch.map((r) => r.reviewId));
    let response: Response;
    try {
      response = await fetch("/api/flashcards/reviews", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          // Whose they are (the server refuses another account's) and the device's clock now,
          // so the server can correct the ratings' times for a clock that is off.
          userId,
          sentAt: new Date().toISOString(),
          reviews: batch.map(({ reviewId, factId, grade, reviewedAt }) => ({ reviewId, factId, grade, reviewedAt })),
        }),
      });
    } catch {
      return { state: "offline", waiting: queued.length, applied, gone };
    }
    if (response.status === 401 || response.status === 403)
      return { state: "signed-out", waiting: queued.length, applied, gone };
    if (response.status === 409) return { state: "other-account", waiting: queued.length, applied, gone };
    // Not our JSON (a Wi-Fi sign-in page answering 200): as if offline, tried again later.
    const outcome = response.ok ? ((await response.json().catch(() => null)) as SyncOutcome | null) : null;
    if (!outcome?.applied) return { state: "refused", waiting: queued.length, applied, gone };
    await forgetReviews([...outcome.applied, ...outcome.repeated, ...outcome.gone], Date.parse(outcome.storedAt));
    applied += outcome.applied.length;
    gone += outcome.gone.length;
    // Nothing answered for (a server that took none): stop rather than send the same turn forever.
    if (outcome.applied.length + outcome.repeated.length + outcome.gone.length === 0)
      return { state: "refused", waiting: queued.length, applied, gone };
  }
}

/** Runs `work` while no other tab or call sends this account's ratings (Web Locks, where there are). */
export function withReviewLock<T>(userId: string, work: () => Promise<T>): Promise<T> {
  if (typeof navigator !== "undefined" && navigator.locks)
    return navigator.locks.request(`sourcebound-reviews-${userId}`, work) as Promise<T>;
  return work();
}

export async function sendQueuedReviews(userId: string): Promise<SyncReport> {
  if (typeof navigator !== "undefined" && !navigator.onLine)
    return { state: "offline", waiting: (await queuedReviews(userId)).length, applied: 0, gone: 0 };
  return withReviewLock(userId, () => sendAll(userId));
}
