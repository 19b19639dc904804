"use server";

import { z } from "zod";
import { timeZoneSchema } from "@/lib/schemas";
import { defineAction } from "@/lib/auth/action.server";
import { db } from "@/lib/db";

/**
 * Stores the zone the browser reported on the account, for what has no browser at hand
 * (flashcard days, schedules); pages show this browser's zone (lib/accounts/display-zone.ts).
 */
export const saveTimeZone = defineAction(
  { input: z.object({ timeZone: timeZoneSchema }), who: "signed-in" },
  async (input, user) => {
    await db().user.update({ where: { id: user!.id }, data: { timeZone: input.timeZone } });
    return { ok: true, data: null };
  },
);
