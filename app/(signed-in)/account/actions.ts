"use server";

import { z } from "zod";
import { defineAction } from "@/lib/auth/action.server";
import { signOutEverywhere as endAllSessions } from "@/lib/auth/session.server";
import { changeOwnPassword } from "@/lib/auth/change-password.server";
import { changePasswordSchema } from "@/lib/accounts/schemas";
import { ok } from "@/lib/result";
import { currentAddress } from "@/lib/security/current-address.server";

export const changePasswordAction = defineAction.signedIn("changePassword", changePasswordSchema, async (input, user) =>
  changeOwnPassword(user, input, await currentAddress()),
);

/** Ends every session of the account, this browser's included; the page then clears its cookie. */
export const signOutEverywhere = defineAction.signedIn(
  "signOutEverywhere",
  z.object({}).strict(),
  async (_input, user) => ok({ ended: await endAllSessions(user.id) }),
);
