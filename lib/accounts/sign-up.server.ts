import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client.server";
import { describeRetry } from "@/lib/security/rate-limit";
import { reserve } from "@/lib/security/rate-limit.server";
import { fail, fieldFailure } from "@/lib/result";
import { createAccount, type CreateAccountResult } from "./create-account.server";
import { weakPasswordReason } from "./password-strength.server";
import type { SignUpInput } from "./schemas";

/**
 * A new account from the sign-up form, with the checks a public form needs (decision 0011): an
 * easily guessed password is refused with the reason; sign-ups per address are limited, and
 * "this email has an account" answers more tightly, so the form cannot be used to test a list of
 * addresses. Honest users still learn that they already have an account: there is no email
 * sending to tell them privately.
 */
export async function signUpAccount(
  db: Db,
  input: SignUpInput,
  address: string,
  timeZone?: string,
  now = new Date(),
): Promise<CreateAccountResult> {
  const weak = weakPasswordReason(input.password, [input.name, input.email]);
  if (weak) return fieldFailure("password", weak, "invalid", "Please choose a stronger password.");

  const tooMany = (retryAt: Date) =>
    fail(
      "rate-limited",
      `Too many sign-ups from your network. ${describeRetry(retryAt, now, timeZone)} If you already have an account, sign in.`,
      { retryAt },
    );
  const attempt = await reserve(db, [{ rule: "signUpAddress", subject: address }], now);
  if (!attempt.ok) return tooMany(attempt.retryAt);
  const mayLearnTaken = await reserve(db, [{ rule: "signUpTakenAddress", subject: address }], now);
  if (!mayLearnTaken.ok) {
    await attempt.release();
    return tooMany(mayLearnTaken.retryAt);
  }

  const created = await createAccount(db, input);
  if (!created.ok) return created;
  await mayLearnTaken.release();
  return created;
}

/** signUpAccount on the app's database. */
export function signUp(
  input: SignUpInput,
  address: string,
  timeZone: string | undefined,
): Promise<CreateAccountResult> {
  return signUpAccount(db(), input, address, timeZone);
}
