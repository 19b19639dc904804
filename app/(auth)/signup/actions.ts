"use server";

import { db } from "@/lib/db";
import { defineAction, type ActionResult } from "@/lib/auth/action.server";
import { browserTimeZone } from "@/lib/auth/session.server";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signUpAccount } from "@/lib/accounts/sign-up.server";
import { describeRetry } from "@/lib/security/rate-limit";
import { currentAddress } from "@/lib/security/current-address.server";

export const signUp = defineAction({ input: signUpSchema, who: "anyone" }, async (input): Promise<ActionResult<null>> => {
  const result = await signUpAccount(db(), input, await currentAddress());
  if (result.ok) return { ok: true, data: null };
  switch (result.reason) {
    case "weak-password":
      return { ok: false, error: "Please choose a stronger password.", fieldErrors: { password: result.message } };
    case "email-taken":
      return {
        ok: false,
        error: "An account with this email already exists.",
        fieldErrors: { email: "An account with this email already exists. Sign in instead." },
      };
    case "rate-limited":
      return { ok: false, error: `Too many sign-ups from your network. ${describeRetry(result.retryAt, new Date(), await browserTimeZone())} If you already have an account, sign in.` };
  }
});
