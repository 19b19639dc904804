/**
 * Sends the ratings a device keeps (offline-store.ts) to POST /api/flashcards/reviews, oldest
 * first, in turns of at most MAX_SYNC_REVIEWS, and forgets each one the server has answered for.
 * One sender at a time per browser (Web Locks, where there are), so two tabs do not send the same
 * ratings at once; if they did, the server would still count each once (its id).
 */
import { MAX_SYNC_REVIEWS, type SyncOutcome } from "@/lib/scheduling/offline";
import { forgetReviews, queuedReviews } from "./offline-store";

export type SyncState = "saved" | "waiting" | "offline" | "signed-out" | "refused";

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
    let response: Response;
    try {
      response = await fetch("/api/flashcards/reviews", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({
          reviews: batch.map(({ reviewId, factId, grade, reviewedAt }) => ({ reviewId, factId, grade, reviewedAt })),
        }),
      });
    } catch {
      return { state: "offline", waiting: queued.length, applied, gone };
    }
    if (response.status === 401 || response.status === 403)
      return { state: "signed-out", waiting: queued.length, applied, gone };
    if (!response.ok) return { state: "refused", waiting: queued.length, applied, gone };
    const outcome = (await response.json()) as SyncOutcome;
    await forgetReviews([...outcome.applied, ...outcome.repeated, ...outcome.gone]);
    applied += outcome.applied.length;
    gone += outcome.gone.length;
    // Nothing answered for (a server that took none): stop rather than send the same turn forever.
    if (outcome.applied.length + outcome.repeated.length + outcome.gone.length === 0)
      return { state: "refused", waiting: queued.length, applied, gone };
  }
}

export async function sendQueuedReviews(userId: string): Promise<SyncReport> {
  if (typeof navigator !== "undefined" && !navigator.onLine)
    return { state: "offline", waiting: (await queuedReviews(userId)).length, applied: 0, gone: 0 };
  if (typeof navigator !== "undefined" && navigator.locks)
    return navigator.locks.request(`sourcebound-reviews-${userId}`, () => sendAll(userId));
  return sendAll(userId);
}
