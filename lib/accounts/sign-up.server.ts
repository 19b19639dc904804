import type { Db } from "@/lib/db/client.server";
import { reserve } from "@/lib/security/rate-limit.server";
import { createAccount } from "./create-account.server";
import { weakPasswordReason } from "./password-strength.server";
import type { SignUpInput } from "./schemas";

export type SignUpResult =
  | { ok: true; userId: string }
  | { ok: false; reason: "weak-password"; message: string }
  | { ok: false; reason: "email-taken" }
  | { ok: false; reason: "rate-limited"; retryAt: Date };

/**
 * A new account from the sign-up form, with the checks a public form needs (decision 0011): an
 * easily guessed password is refused with the reason; sign-ups per address are limited, and
 * "this email has an account" answers more tightly, so the form cannot be used to test a list of
 * addresses. Honest users still learn that they already have an account: there is no email
 * sending to tell them privately.
 */
export async function signUpAccount(db: Db, input: SignUpInput, address: string, now = new Date()): Promise<SignUpResult> {
  const weak = weakPasswordReason(input.password, [input.name, input.email]);
  if (weak) return { ok: false, reason: "weak-password", message: weak };

  const attempt = await reserve(db, [{ rule: "signUpAddress", subject: address }], now);
  if (!attempt.ok) return { ok: false, reason: "rate-limited", retryAt: attempt.retryAt };
  const mayLearnTaken = await reserve(db, [{ rule: "signUpTakenAddress", subject: address }], now);
  if (!mayLearnTaken.ok) {
    await attempt.release();
    return { ok: false, reason: "rate-limited", retryAt: mayLearnTaken.retryAt };
  }

  const created = await createAccount(db, input);
  if (!created.ok) return created;
  await mayLearnTaken.release();
  return created;
}
