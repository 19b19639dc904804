"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/action.server";
import { undoLastReview } from "@/lib/scheduling/cards.server";
import { saveDailyNewCards } from "@/lib/scheduling/flashcards.server";
import { done } from "@/lib/result";

// Ratings are sent as JSON to POST /api/flashcards/reviews, from the device's queue (decision 0017).

/** Undoes the student's latest rating that has reached the server (one still on the device is undone there). */
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
