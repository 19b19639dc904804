"use server";

import { defineAction } from "@/lib/auth/action.server";
import { browserTimeZone } from "@/lib/auth/session.server";
import { signUpSchema } from "@/lib/accounts/schemas";
import { signUp as signUpAccount } from "@/lib/accounts/sign-up.server";
import { mapResult } from "@/lib/result";
import { currentAddress } from "@/lib/security/current-address.server";

export const signUp = defineAction.anyone("signUp", signUpSchema, async (input) =>
  mapResult(await signUpAccount(input, await currentAddress(), await browserTimeZone()), () => null),
);
