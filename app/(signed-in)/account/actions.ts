"use server";

import { z } from "zod";
import { db } from "@/lib/db";
import { defineAction } from "@/lib/auth/action.server";
import { endUserSessions } from "@/lib/auth/user-sessions.server";
import { changePassword } from "@/lib/auth/change-password.server";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { describeRetry } from "@/lib/security/rate-limit";
import { currentAddress } from "@/lib/security/current-address.server";

export const changePasswordAction = defineAction({ input: changePasswordSchema, who: "signed-in" }, async (input, user) => {
  const result = await changePassword(db(), user!, input, await currentAddress());
  if (result.ok) return { ok: true, data: { endedSessions: result.endedSessions } };
  if (result.reason === "rate-limited") return { ok: false, error: `Too many wrong passwords. ${describeRetry(result.retryAt, new Date(), user!.timeZone)}` };
  const field = result.reason === "wrong-password" ? "currentPassword" : "newPassword";
  return { ok: false, error: "The password was not changed.", fieldErrors: { [field]: result.message } };
});

/** Ends every session of the account, this browser's included; the page then clears its cookie. */
export const signOutEverywhere = defineAction({ input: z.object({}).strict(), who: "signed-in" }, async (_input, user) => {
  return { ok: true, data: { ended: await endUserSessions(db(), user!.id) } };
});
