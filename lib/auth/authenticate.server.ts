import type { Db } from "@/lib/db/client.server";
import { signInSchema } from "@/lib/accounts/schemas";
import type { Role } from "@/lib/accounts/roles";
import { roleSchema } from "@/lib/accounts/schemas";
import { decoyPasswordHash, verifyPassword } from "@/lib/accounts/password.server";
import { signInChecks } from "@/lib/security/rate-limit";
import { clearLimit, reserve } from "@/lib/security/rate-limit.server";
import { fail, ok, type Result } from "@/lib/result";

export interface AuthenticatedUser {
  id: string;
  name: string;
  email: string;
  role: Role;
}

/** A failure is "unauthenticated" (wrong email or password) or "rate-limited" with its `retryAt`. */
export type AuthenticationResult = Result<AuthenticatedUser>;
const noMatch = () => fail("unauthenticated", "That email and password do not match an account.");
const tooMany = (retryAt: Date) => fail("rate-limited", "Too many failed sign-in attempts.", { retryAt });

/**
 * Checks an email and password. Unknown email and wrong password give the same answer and take
 * the same time (the decoy hash), so the form cannot be used to find out who has an account.
 * The attempt is counted before the password is verified (decision 0011): a burst of parallel
 * guesses gets exactly as many verifications as the limit allows, and no more.
 */
export async function authenticate(
  db: Db,
  credentials: unknown,
  address: string,
  now = new Date(),
): Promise<AuthenticationResult> {
  const parsed = signInSchema.safeParse(credentials);
  if (!parsed.success) return noMatch();
  const { email, password } = parsed.data;
  const checks = signInChecks(email, address);

  const reservation = await reserve(db, checks, now);
  if (!reservation.ok) return tooMany(reservation.retryAt);

  const user = await db.user.findUnique({ where: { email } });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  // A disabled account (demo accounts with DEMO_USERS=0) answers like a wrong password.
  if (!user || !matches || user.disabledAt) {
    // The failure keeps its reservation; say at once when it used up the last attempt.
    return reservation.exhaustedUntil ? tooMany(reservation.exhaustedUntil) : noMatch();
  }

  await reservation.release();
  await clearLimit(db, checks[0]!);
  return ok({ id: user.id, name: user.name, email: user.email, role: roleSchema.parse(user.role) });
}
