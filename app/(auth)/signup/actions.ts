"use server";

import { db } from "@/lib/db";
import { defineAction } from "@/lib/auth/action.server";
import { createAccount } from "@/lib/accounts/create-account.server";
import { signUpSchema } from "@/lib/accounts/schemas";

export const signUp = defineAction({ input: signUpSchema, who: "anyone" }, async (input) => {
  const result = await createAccount(db(), input);
  if (!result.ok) {
    return {
      ok: false,
      error: "An account with this email already exists.",
      fieldErrors: { email: "An account with this email already exists. Sign in instead." },
    };
  }
  return { ok: true, data: null };
});
