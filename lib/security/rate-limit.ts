/**
 * What we limit, how much, and how a refusal reads (decision 0011). The counters live in the
 * database (rate-limit.server.ts), so a limit holds across restarts and across app instances.
 */

export interface LimitRule {
  /** Attempts allowed in one window. */
  max: number;
  windowMs: number;
}

const MINUTE = 60_000;

export const limits = {
  /** Wrong passwords for one account from one address: the lock a guesser meets first. */
  signInPair: { max: 5, windowMs: 15 * MINUTE },
  /** Wrong passwords for one account from anywhere: higher, so a stranger cannot lock the owner out cheaply. */
  signInAccount: { max: 100, windowMs: 60 * MINUTE },
  /** Wrong passwords from one address over all accounts: a whole school often shares one address. */
  signInAddress: { max: 50, windowMs: 15 * MINUTE },
  /** Wrong join codes by one student, and from one address (a class joins from one network). */
  joinStudent: { max: 10, windowMs: 15 * MINUTE },
  joinAddress: { max: 50, windowMs: 15 * MINUTE },
  /** Sign-ups from one address: a class signing up together fits; a script creating accounts does not. */
  signUpAddress: { max: 60, windowMs: 60 * MINUTE },
  /** "This email has an account" answers to one address: enough for honest mistakes, too few to probe a list. */
  signUpTakenAddress: { max: 10, windowMs: 60 * MINUTE },
} as const satisfies Record<string, LimitRule>;

export type LimitName = keyof typeof limits;

/** One counter to reserve: which rule, and for whom ("signInPair" + "a@b.test|10.0.0.1"). */
export interface LimitCheck {
  rule: LimitName;
  subject: string;
}

/** The stored key; bounded so a long email or address cannot bloat the table. */
export function limitKey({ rule, subject }: LimitCheck): string {
  return `${rule}:${subject.slice(0, 300)}`;
}

export function signInChecks(email: string, address: string): LimitCheck[] {
  return [
    { rule: "signInPair", subject: `${email}|${address}` },
    { rule: "signInAccount", subject: email },
    { rule: "signInAddress", subject: address },
  ];
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
