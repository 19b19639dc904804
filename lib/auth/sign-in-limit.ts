/**
 * Sign-in throttling, decided from the failures recorded in the database (see
 * sign-in-limit.server.ts), so it holds across restarts and across app instances.
 */

export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;
/** Per account: 5 wrong passwords in 15 minutes locks that email for the rest of the window. */
export const MAX_FAILURES_PER_EMAIL = 5;
/** Per address: higher, because a whole classroom often shares one public IP. */
export const MAX_FAILURES_PER_IP = 20;

/**
 * When sign-in reopens, given the failure times inside the window (any order),
 * or null when fewer than `maxFailures` remain. It reopens once enough of the oldest have aged out.
 */
export function lockedUntil(failureTimes: readonly Date[], maxFailures: number, windowMs = SIGN_IN_WINDOW_MS): Date | null {
  if (failureTimes.length < maxFailures) return null;
  const sorted = [...failureTimes].sort((a, b) => a.getTime() - b.getTime());
  const expiringFirst = sorted[sorted.length - maxFailures]!;
  return new Date(expiringFirst.getTime() + windowMs);
}

/** Error text passed from the server's authorize() to the sign-in page. */
const RATE_LIMITED_PREFIX = "rate-limited:";

export function rateLimitedError(retryAt: Date): string {
  return RATE_LIMITED_PREFIX + retryAt.toISOString();
}

export function parseRateLimitedError(error: string | null | undefined): Date | null {
  if (!error?.startsWith(RATE_LIMITED_PREFIX)) return null;
  const retryAt = new Date(error.slice(RATE_LIMITED_PREFIX.length));
  return Number.isNaN(retryAt.getTime()) ? null : retryAt;
}

/** "Try again in 14 minutes (at 10:42)." */
export function describeRetry(retryAt: Date, now: Date, timeZone?: string): string {
  const minutes = Math.max(1, Math.ceil((retryAt.getTime() - now.getTime()) / 60_000));
  const clock = retryAt.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone });
  return `Try again in ${minutes} minute${minutes === 1 ? "" : "s"} (at ${clock}).`;
}
