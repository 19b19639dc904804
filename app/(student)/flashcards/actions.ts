"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/action.server";
import { db } from "@/lib/db";
import { applyReview, undoLastReview } from "@/lib/scheduling/cards.server";
import { cardBack } from "@/lib/scheduling/flashcards.server";
import { Rating, type Grade } from "@/lib/scheduling/fsrs";

const factId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Unknown card." }).max(120);

export const flipCard = defineAction({ input: z.object({ factId }), who: "student" }, async (input, user) => {
  const back = await cardBack(user!.id, input.factId, new Date());
  return back ? { ok: true, data: back } : { ok: false, error: "That card is no longer in the reading list." };
});

export const rateCard = defineAction(
  {
    input: z.object({
      factId,
      /** Made by the browser once per rating, so a retried request changes the card once. */
      reviewId: z.uuid({ error: "Malformed review." }),
      grade: z.union([z.literal(Rating.Again), z.literal(Rating.Hard), z.literal(Rating.Good), z.literal(Rating.Easy)], { error: "Rate with 1, 2, 3 or 4." }),
    }),
    who: "student",
  },
  async (input, user) => {
    const result = await applyReview({ userId: user!.id, factId: input.factId, reviewId: `card:${user!.id}:${input.reviewId}`, grade: input.grade as Grade, now: new Date(), source: "flashcard" });
    return result.ok ? { ok: true, data: null } : { ok: false, error: result.error };
  },
);

export const undoLastRating = defineAction({ input: z.object({}).strict(), who: "student" }, async (_input, user) => {
  const result = await undoLastReview(user!.id);
  return result.ok ? { ok: true, data: { factId: result.factId } } : { ok: false, error: result.error };
});

export const saveFlashcardSettings = defineAction(
  {
    input: z.object({
      dailyNewCards: z.coerce.number().int().min(0, { error: "At least 0 new cards a day." }).max(200, { error: "At most 200 new cards a day." }),
    }),
    who: "student",
  },
  async (input, user) => {
    await db().user.update({ where: { id: user!.id }, data: input });
    return { ok: true, data: null };
  },
);
