import type { Db } from "@/lib/db/client.server";
import { hashPassword } from "./password.server";
import type { SignUpInput } from "./schemas";
import { isUniqueViolation } from "@/lib/db/errors";

export type CreateAccountResult = { ok: true; userId: string } | { ok: false; reason: "email-taken" };

/** Creates an account from already validated input (see signUpSchema). */
export async function createAccount(db: Db, { name, email, password, role }: SignUpInput): Promise<CreateAccountResult> {
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.user.create({ data: { name, email, role, passwordHash } });
    return { ok: true, userId: user.id };
  } catch (error) {
    // The unique index decides, so two simultaneous sign-ups with one email cannot both win.
    if (isUniqueViolation(error)) return { ok: false, reason: "email-taken" };
    throw error;
  }
}
