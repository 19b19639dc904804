import type { Db } from "@/lib/db/client.server";
import { hashPassword } from "./password.server";
import type { SignUpInput } from "./schemas";
import { isUniqueViolation } from "@/lib/db/errors";
import { fieldFailure, ok, type Result } from "@/lib/result";

export type CreateAccountResult = Result<{ userId: string }>;

/** Creates an account from already validated input (see signUpSchema). */
export async function createAccount(
  db: Db,
  { name, email, password, role }: SignUpInput,
): Promise<CreateAccountResult> {
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.user.create({ data: { name, email, role, passwordHash } });
    return ok({ userId: user.id });
  } catch (error) {
    // The unique index decides, so two simultaneous sign-ups with one email cannot both win.
    if (isUniqueViolation(error)) {
      return fieldFailure(
        "email",
        "An account with this email already exists. Sign in instead.",
        "conflict",
        "An account with this email already exists.",
      );
    }
    throw error;
  }
}
