import type { Db } from "@/lib/db/client.server";
import { signInSchema } from "@/lib/accounts/schemas";
import { roleSchema, type Role } from "@/lib/accounts/roles";
import { decoyPasswordHash, verifyPassword } from "@/lib/accounts/password.server";
import { clearSignInFailures, recordSignInFailure, signInBlockedUntil } from "./sign-in-limit.server";

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

export type AuthenticationResult =
  | { ok: true; user: AuthenticatedUser }
  | { ok: false; reason: "invalid-credentials" }
  | { ok: false; reason: "rate-limited"; retryAt: Date };

/**
 * Checks an email and password. Unknown email and wrong password give the same answer and take
 * the same time (the decoy hash), so the form cannot be used to find out who has an account.
 */
export async function authenticate(
  db: Db,
  credentials: unknown,
  ip: string,
  now = new Date(),
): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return { ok: false, reason: "invalid-credentials" };
  const { email, password } = parsed.data;
  const source = { email, ip };

  const blockedUntil = await signInBlockedUntil(db, source, now);
  if (blockedUntil) return { ok: false, reason: "rate-limited", retryAt: blockedUntil };

  const user = await db.user.findUnique({ where: { email } });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !matches) {
    await recordSignInFailure(db, source, now);
    // Tell the user at once when this failure used up the last attempt.
    const lockedNow = await signInBlockedUntil(db, source, now);
    return lockedNow ? { ok: false, reason: "rate-limited", retryAt: lockedNow } : { ok: false, reason: "invalid-credentials" };
  }

  await clearSignInFailures(db, email);
  return { ok: true, user: { id: user.id, name: user.name, email: user.email, role: roleSchema.parse(user.role) } };
}
