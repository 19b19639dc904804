import type { Db } from "@/lib/db/client.server";
import { limitKey, limits, type LimitCheck } from "./rate-limit";

/**
 * A reservation holds one attempt on every counter it names. Keep it when the attempt counts
 * (a wrong password, a wrong join code); release it when it does not (a right one).
 */
export type Reservation =
  | {
      ok: true;
      /** The earliest moment a counter this attempt filled reopens; null while all have room left. */
      exhaustedUntil: Date | null;
      release(): Promise<void>;
    }
  | { ok: false; retryAt: Date };

interface Held {
  key: string;
  resetAtMs: bigint;
}

/**
 * Takes one attempt from each counter, in order, each in one statement: the insert-or-increment
 * only happens while the counter has room (or its window has passed), so however many requests
 * race, no more than `max` get through per window, on SQLite and PostgreSQL alike. A full counter
 * refuses without counting the refused attempt, and releases what this call took before it.
 */
export async function reserve(db: Db, checks: readonly LimitCheck[], now = new Date()): Promise<Reservation> {
  const held: Held[] = [];
  let exhaustedUntil: number | null = null;
  const release = () => releaseAll(db, held);
  for (const check of checks) {
    const rule = limits[check.rule];
    const key = limitKey(check);
    const nowMs = BigInt(now.getTime());
    const rows = await db.$queryRaw<{ count: number | bigint; resetAtMs: number | bigint }[]>`
      INSERT INTO "RateLimit" ("key", "count", "resetAtMs") VALUES (${key}, 1, ${nowMs + BigInt(rule.windowMs)})
      ON CONFLICT ("key") DO UPDATE SET
        "count" = CASE WHEN "RateLimit"."resetAtMs" <= ${nowMs} THEN 1 ELSE "RateLimit"."count" + 1 END,
        "resetAtMs" = CASE WHEN "RateLimit"."resetAtMs" <= ${nowMs} THEN excluded."resetAtMs" ELSE "RateLimit"."resetAtMs" END
      WHERE "RateLimit"."resetAtMs" <= ${nowMs} OR "RateLimit"."count" < ${rule.max}
      RETURNING "count", "resetAtMs"`;
    const row = rows[0];
    if (!row) {
      await release();
      return { ok: false, retryAt: await reopensAt(db, key, now) };
    }
    const resetAtMs = BigInt(row.resetAtMs);
    held.push({ key, resetAtMs });
    if (Number(row.count) >= rule.max) exhaustedUntil = Math.min(exhaustedUntil ?? Infinity, Number(resetAtMs));
  }
  if (Math.random() < PRUNE_PROBABILITY) await pruneRateLimits(db, now);
  return { ok: true, exhaustedUntil: exhaustedUntil === null ? null : new Date(exhaustedUntil), release };
}

/** Gives back what a reservation took, unless its window has since restarted. */
async function releaseAll(db: Db, held: Held[]) {
  for (const { key, resetAtMs } of held.splice(0)) {
    await db.$executeRaw`UPDATE "RateLimit" SET "count" = "count" - 1 WHERE "key" = ${key} AND "resetAtMs" = ${resetAtMs} AND "count" > 0`;
  }
}

async function reopensAt(db: Db, key: string, now: Date): Promise<Date> {
  const row = await db.rateLimit.findUnique({ where: { key }, select: { resetAtMs: true } });
  // The window can have ended between the two statements: then it is open again now.
  return row ? new Date(Math.max(Number(row.resetAtMs), now.getTime())) : now;
}

/** Forgets a counter: a right password clears that account and address pair. */
export async function clearLimit(db: Db, check: LimitCheck): Promise<void> {
  await db.rateLimit.deleteMany({ where: { key: limitKey(check) } });
}

/** Counters whose window has passed count nothing; dropping them keeps the table small. */
export async function pruneRateLimits(db: Db, now = new Date()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { resetAtMs: { lte: BigInt(now.getTime()) } } });
  return count;
}

const PRUNE_PROBABILITY = 0.01;
