/**
 * Signing out of this browser takes what the device keeps with it (decision 0017): unsent
 * flashcard ratings are sent first, the student is asked before any that cannot be sent are
 * deleted, the session ends on the server, and only then are the saved cards, ratings and pages
 * deleted. Loaded on demand, so pages do not ship it.
 */
import { endSession } from "@/lib/auth/auth-client";

/** Sends what waits; false when ratings could not be sent and the student chose to stay. */
export async function readyToLeave(userId: string): Promise<boolean> {
  try {
    const [{ sendQueuedReviews }, { unsentReviewCount }] = await Promise.all([
      import("@/components/flashcards/review-sync"),
      import("@/components/flashcards/offline-store"),
    ]);
    await sendQueuedReviews(userId).catch(() => null);
    const unsent = await unsentReviewCount();
    return (
      !unsent ||
      window.confirm(
        `${unsent} flashcard rating${unsent === 1 ? " has" : "s have"} not been sent yet (no connection). Signing out deletes ${unsent === 1 ? "it" : "them"} from this device. Sign out anyway?`,
      )
    );
  } catch {
    // No storage in this browser (private mode): nothing was kept.
    return true;
  }
}

/** Ends the session, then forgets the device's data and opens `callbackUrl`; the sentence to show when it could not. */
export async function leaveDevice(callbackUrl: string): Promise<string | null> {
  let next: string;
  try {
    next = await endSession(callbackUrl);
  } catch {
    return "Signing out needs a connection. Nothing was deleted; try again when you are online.";
  }
  try {
    const { forgetOfflineData } = await import("@/components/flashcards/offline-store");
    await forgetOfflineData();
  } catch {
    // Nothing kept, or storage unavailable.
  }
  window.location.href = next;
  return null;
}
