"use server";

import { z } from "zod";
import { slugId } from "@/lib/schemas";
import { defineAction } from "@/lib/auth/action.server";
import { applyReview, undoLastReview } from "@/lib/scheduling/cards.server";
import { cardBack, saveDailyNewCards } from "@/lib/scheduling/flashcards.server";
import { Rating, type Grade } from "@/lib/scheduling/fsrs";
import { done, fail, mapResult, ok } from "@/lib/result";

const factId = slugId("Unknown card.");

export const flipCard = defineAction.student("flipCard", z.object({ factId }), async (input, user) => {
  const back = await cardBack(user.id, input.factId, new Date());
  return back ? ok(back) : fail("not-found", "That card is no longer in the reading list.");
});

export const rateCard = defineAction.student(
  "rateCard",
  z.object({
    factId,
    /** Made by the browser once per rating, so a retried request changes the card once. */
    reviewId: z.uuid({ error: "Malformed review." }),
    grade: z.union([z.literal(Rating.Again), z.literal(Rating.Hard), z.literal(Rating.Good), z.literal(Rating.Easy)], {
      error: "Rate with 1, 2, 3 or 4.",
    }),
  }),
  async (input, user) => {
    const review = {
      userId: user.id,
      factId: input.factId,
      reviewId: `card:${user.id}:${input.reviewId}`,
      grade: input.grade as Grade,
      now: new Date(),
      source: "flashcard" as const,
    };
    return mapResult(await applyReview(review), () => null);
  },
);

export const undoLastRating = defineAction.student("undoLastRating", z.object({}).strict(), async (_input, user) =>
  undoLastReview(user.id),
);

export const saveFlashcardSettings = defineAction.student(
  "saveFlashcardSettings",
  z.object({
    dailyNewCards: z.coerce
      .number()
      .int()
      .min(0, { error: "At least 0 new cards a day." })
      .max(200, { error: "At most 200 new cards a day." }),
  }),
  async (input, user) => {
    await saveDailyNewCards(user.id, input.dailyNewCards);
    return done();
  },
);
