/**
 * Flashcard reviews made on a device, offline or not, and sent later (decision 0017). The device
 * keeps each rating with its own id and time; the server applies them in time order, once each.
 * No imports: the browser's sync code uses these too (the input's zod schema is offline-input.ts).
 */

/** The most reviews one sync carries; a device with more sends them in turns. */
export const MAX_SYNC_REVIEWS = 500;
/** Bytes of one sync body: 500 reviews of about 150 bytes, with room to spare. */
export const MAX_SYNC_BYTES = 128 * 1024;
/** How far back a review's time may go: a device offline longer than this has its older reviews dated this far back. */
export const OLDEST_REVIEW_MS = 90 * 24 * 3600_000;

export interface SyncedReview {
  /** Made by the device once per rating: a review sent twice counts once. */
  reviewId: string;
  factId: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  grade: 1 | 2 | 3 | 4;
  /** When the student rated it, by the device's clock (ISO 8601). */
  reviewedAt: string;
}

/**
 * When a review counts as made: the device's time, moved by how far the device's clock was off
 * when it sent the review (`sentAt` against the server's `now`), never in the server's future
 * and never before OLDEST_REVIEW_MS ago.
 */
export function reviewTime(reviewedAt: string, now: Date, sentAt: string = now.toISOString()): Date {
  const clockOff = now.getTime() - new Date(sentAt).getTime();
  const at = new Date(reviewedAt).getTime() + clockOff;
  return new Date(Math.min(now.getTime(), Math.max(now.getTime() - OLDEST_REVIEW_MS, at)));
}

/** What a sync did, by review id: applied now, sent before (the same id), or for a card no longer in the student's reading list. */
export interface SyncOutcome {
  applied: string[];
  repeated: string[];
  gone: string[];
  /** The server's time once they were stored: a deck built before then does not know of them. */
  storedAt: string;
}
