"use server";

import { z } from "zod";
import { timeZoneSchema } from "@/lib/schemas";
import { defineAction } from "@/lib/auth/action.server";
import { db } from "@/lib/db";

/** Stores the browser's time zone: flashcard days, due dates and schedules follow it. */
export const saveTimeZone = defineAction(
  { input: z.object({ timeZone: timeZoneSchema }), who: "signed-in" },
  async (input, user) => {
    await db().user.update({ where: { id: user!.id }, data: { timeZone: input.timeZone } });
    return { ok: true, data: null };
  },
);
