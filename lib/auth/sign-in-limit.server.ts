import type { Db } from "@/lib/db/client.server";
import { lockedUntil, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP, SIGN_IN_WINDOW_MS } from "./sign-in-limit";

export interface SignInSource {
  email: string;
  ip: string;
}

/** The moment sign-in reopens for this email or address, or null when it is open now. */
export async function signInBlockedUntil(db: Db, { email, ip }: SignInSource, now = new Date()): Promise<Date | null> {
  const since = new Date(now.getTime() - SIGN_IN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.signInFailure.findMany({ where: { email, createdAt: { gt: since } }, select: { createdAt: true } }),
    db.signInFailure.findMany({ where: { ip, createdAt: { gt: since } }, select: { createdAt: true } }),
  ]);
  const locks = [
    lockedUntil(byEmail.map((f) => f.createdAt), MAX_FAILURES_PER_EMAIL),
    lockedUntil(byIp.map((f) => f.createdAt), MAX_FAILURES_PER_IP),
  ].filter((until): until is Date => until !== null && until > now);
  return locks.length ? new Date(Math.max(...locks.map((d) => d.getTime()))) : null;
}

export async function recordSignInFailure(db: Db, source: SignInSource, now = new Date()): Promise<void> {
  await db.signInFailure.create({ data: { ...source, createdAt: now } });
  // Rows older than the window no longer count; dropping them keeps the table small.
  await db.signInFailure.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - SIGN_IN_WINDOW_MS) } } });
}

/** A correct password clears that account's failures (the address keeps its count). */
export async function clearSignInFailures(db: Db, email: string): Promise<void> {
  await db.signInFailure.deleteMany({ where: { email } });
}
