import type { Db } from "@/lib/db/client.server";
import { endUserSessions } from "./user-sessions.server";
import { signInChecks } from "@/lib/security/rate-limit";
import { reserve } from "@/lib/security/rate-limit.server";
import { hashPassword, verifyPassword } from "@/lib/accounts/password.server";
import { weakPasswordReason } from "@/lib/accounts/password-strength.server";
import type { ChangePasswordInput } from "@/lib/accounts/schemas";

export type ChangePasswordResult =
  | { ok: true; endedSessions: number }
  | { ok: false; reason: "wrong-password" | "weak-password"; message: string }
  | { ok: false; reason: "rate-limited"; retryAt: Date };

interface Changer {
  id: string;
  name: string;
  email: string;
  sessionId: string;
}

/**
 * A signed-in user sets a new password, proving the current one first. Guessing the current one
 * counts against the same limits as signing in (a borrowed, signed-in browser is no shortcut);
 * a new password ends every other session, so a stolen cookie stops working with the old password.
 */
export async function changePassword(db: Db, user: Changer, input: ChangePasswordInput, address: string, now = new Date()): Promise<ChangePasswordResult> {
  const weak = weakPasswordReason(input.newPassword, [user.name, user.email]);
  if (weak) return { ok: false, reason: "weak-password", message: weak };

  const attempt = await reserve(db, signInChecks(user.email, address), now);
  if (!attempt.ok) return { ok: false, reason: "rate-limited", retryAt: attempt.retryAt };
  const account = await db.user.findUnique({ where: { id: user.id }, select: { passwordHash: true } });
  if (!account || !(await verifyPassword(account.passwordHash, input.currentPassword))) {
    return { ok: false, reason: "wrong-password", message: "That is not your current password." };
  }
  await attempt.release();

  await db.user.update({ where: { id: user.id }, data: { passwordHash: await hashPassword(input.newPassword) } });
  return { ok: true, endedSessions: await endUserSessions(db, user.id, user.sessionId) };
}
