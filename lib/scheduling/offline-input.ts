/** The sync route's input (app/api/flashcards/reviews): what offline.ts describes, checked with zod. */
import { z } from "zod";
import { recordId, slugId } from "@/lib/schemas";
import { MAX_SYNC_REVIEWS, type SyncedReview } from "./offline";

export const syncedReviewSchema = z.object({
  reviewId: z.uuid({ error: "Malformed review." }),
  factId: slugId("Unknown card."),
  grade: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)], { error: "Rate with 1, 2, 3 or 4." }),
  reviewedAt: z.iso.datetime({ offset: true, error: "Malformed review time." }),
}) satisfies z.ZodType<SyncedReview>;

export const syncInputSchema = z.object({
  /** Whose ratings these are: the device's queue is per account; another account's are refused. */
  userId: recordId("Unknown account."),
  /** The device's clock when it sent them, to correct the ratings' times for a clock that is off. */
  sentAt: z.iso.datetime({ offset: true, error: "Malformed send time." }),
  reviews: z
    .array(syncedReviewSchema)
    .min(1, { error: "No reviews to send." })
    .max(MAX_SYNC_REVIEWS, { error: `At most ${MAX_SYNC_REVIEWS} reviews at a time.` }),
});
