import { z } from "zod";
import { defineRoute } from "@/lib/auth/route.server";
import { fail, ok } from "@/lib/result";
import { syncFlashcardReviews } from "@/lib/scheduling/cards.server";
import { MAX_SYNC_BYTES } from "@/lib/scheduling/offline";
import { syncInputSchema } from "@/lib/scheduling/offline-input";

/**
 * POST a device's flashcard reviews as JSON ({ reviews: [{ reviewId, factId, grade, reviewedAt }] }),
 * online or after being offline (decision 0017). Answers which were applied now, which had been
 * before, and which are for cards the student no longer has; the device then forgets them all.
 */
export const POST = defineRoute(
  {
    name: "flashcard-reviews",
    who: "student",
    params: z.unknown(),
    body: { schema: syncInputSchema, maxBytes: MAX_SYNC_BYTES },
  },
  async ({ user, input }) =>
    // A device's queue belongs to the account that made it: never apply it to whoever is signed in now.
    input.userId !== user.id
      ? fail("conflict", "These ratings were made while another account was signed in on this device.")
      : ok(await syncFlashcardReviews(user.id, input.reviews, new Date(), input.sentAt)),
);
