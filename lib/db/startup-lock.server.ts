/**
 * Start-up steps that write shared rows (the corpus import, demo accounts) run under one lock
 * held in the database, so instances starting at the same moment take turns instead of racing.
 * A lease, not a connection lock: it works alike on SQLite and PostgreSQL, and a start that was
 * killed mid-way leaves a lease that simply runs out.
 */
import { randomUUID } from "node:crypto";
import type { Db } from "./client.server";
import { isUniqueViolation } from "./errors";

const LOCK_KEY = "startup-lock";
const LEASE_MS = 2 * 60_000;
const POLL_MS = 200;

export async function withStartupLock<T>(
  db: Db,
  work: () => Promise<T>,
  { maxWaitMs = 3 * 60_000, onWait }: { maxWaitMs?: number; onWait?: () => void } = {},
): Promise<T> {
  const lease = `${Date.now() + LEASE_MS}:${randomUUID()}`;
  const started = Date.now();
  let announced = false;
  for (;;) {
    try {
      await db.appSetting.create({ data: { key: LOCK_KEY, value: lease } });
      break;
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const held = await db.appSetting.findUnique({ where: { key: LOCK_KEY } });
    if (held && Number(held.value.split(":")[0]) < Date.now()) {
      // The holder's lease ran out (its start was killed): take the lock over.
      await db.appSetting.deleteMany({ where: { key: LOCK_KEY, value: held.value } });
      continue;
    }
    if (Date.now() - started > maxWaitMs)
      throw new Error("Another instance has been preparing the database for minutes; check it, then start again.");
    if (!announced) onWait?.();
    announced = true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  try {
    return await work();
  } finally {
    await db.appSetting.deleteMany({ where: { key: LOCK_KEY, value: lease } });
  }
}
