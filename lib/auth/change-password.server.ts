import { db } from "@/lib/db";
import type { Db } from "@/lib/db/client.server";
import { endUserSessions } from "./user-sessions.server";
import { describeRetry, signInChecks } from "@/lib/security/rate-limit";
import { fail, fieldFailure, ok, type Result } from "@/lib/result";
import { reserve } from "@/lib/security/rate-limit.server";
import { hashPassword, verifyPassword } from "@/lib/accounts/password.server";
import { weakPasswordReason } from "@/lib/accounts/password-strength.server";
import type { ChangePasswordInput } from "@/lib/accounts/schemas";

/** How many other sessions the change ended. */
export type ChangePasswordResult = Result<{ endedSessions: number }>;
const notChanged = "The password was not changed.";

interface Changer {
  id: string;
  name: string;
  email: string;
  sessionId: string;
  /** For "try again at …". */
  timeZone: string;
}

/**
 * A signed-in user sets a new password, proving the current one first. Guessing the current one
 * counts against the same limits as signing in (a borrowed, signed-in browser is no shortcut);
 * a new password ends every other session, so a stolen cookie stops working with the old password.
 */
export async function changePassword(
  db: Db,
  user: Changer,
  input: ChangePasswordInput,
  address: string,
  now = new Date(),
): Promise<ChangePasswordResult> {
  const weak = weakPasswordReason(input.newPassword, [user.name, user.email]);
  if (weak) return fieldFailure("newPassword", weak, "invalid", notChanged);

  const attempt = await reserve(db, signInChecks(user.email, address), now);
  if (!attempt.ok)
    return fail("rate-limited", `Too many wrong passwords. ${describeRetry(attempt.retryAt, now, user.timeZone)}`, {
      retryAt: attempt.retryAt,
    });
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    return fieldFailure("currentPassword", "That is not your current password.", "invalid", notChanged);
  }
  await attempt.release();

  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
  return ok({ endedSessions: await endUserSessions(db, user.id, user.sessionId) });
}

/** changePassword on the app's database. */
export function changeOwnPassword(
  user: Changer,
  input: ChangePasswordInput,
  address: string,
): Promise<ChangePasswordResult> {
  return changePassword(db(), user, input, address);
}
