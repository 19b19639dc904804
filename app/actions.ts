"use server";

import { z } from "zod";
import { timeZoneSchema } from "@/lib/schemas";
import { defineAction } from "@/lib/auth/action.server";
import { saveAccountTimeZone } from "@/lib/auth/session.server";
import { done } from "@/lib/result";

/**
 * Stores the zone the browser reported on the account, for what has no browser at hand
 * (flashcard days, schedules); pages show this browser's zone (lib/accounts/display-zone.ts).
 */
export const saveTimeZone = defineAction.signedIn(
  "saveTimeZone",
  z.object({ timeZone: timeZoneSchema }),
  async (input, user) => {
    await saveAccountTimeZone(user.id, input.timeZone);
    return done();
  },
);
