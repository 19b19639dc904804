import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/setup/db";
import { limitKey, limits, type LimitCheck } from "./rate-limit";
import { pruneRateLimits, reserve } from "./rate-limit.server";

const db = testDb();
const subject = () => `test-${Math.random().toString(36).slice(2)}`;

describe("reserve", () => {
  it("lets exactly max of a parallel burst through, counting none of the refused", async () => {
    const check: LimitCheck = { rule: "joinStudent", subject: subject() };
    const results = await Promise.all(Array.from({ length: 40 }, () => reserve(db, [check])));
    expect(results.filter((r) => r.ok)).toHaveLength(limits.joinStudent.max);
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: limitKey(check) } })).count).toBe(
      limits.joinStudent.max,
    );
  });

  it("refusing on a later counter gives back what earlier counters took", async () => {
    const student: LimitCheck = { rule: "joinStudent", subject: subject() };
    const address: LimitCheck = { rule: "joinAddress", subject: subject() };
    for (let i = 0; i < limits.joinAddress.max; i++) expect((await reserve(db, [address])).ok).toBe(true);
    expect(await reserve(db, [student, address])).toMatchObject({ ok: false });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: limitKey(student) } })).count).toBe(0);
  });

  it("a released reservation frees its place; a new window starts after the old one ends", async () => {
    const check: LimitCheck = { rule: "signInPair", subject: subject() };
    const start = new Date();
    const held = [];
    for (let i = 0; i < limits.signInPair.max; i++) held.push(await reserve(db, [check], start));
    expect(held.at(-1)).toMatchObject({
      ok: true,
      exhaustedUntil: new Date(start.getTime() + limits.signInPair.windowMs),
    });
    expect(await reserve(db, [check], start)).toEqual({
      ok: false,
      retryAt: new Date(start.getTime() + limits.signInPair.windowMs),
    });
    const last = held.at(-1)!;
    if (last.ok) await last.release();
    expect((await reserve(db, [check], start)).ok).toBe(true);

    const afterWindow = new Date(start.getTime() + limits.signInPair.windowMs + 1);
    expect(await reserve(db, [check], afterWindow)).toMatchObject({ ok: true, exhaustedUntil: null });
    expect((await db.rateLimit.findUniqueOrThrow({ where: { key: limitKey(check) } })).count).toBe(1);
    expect(
      await pruneRateLimits(db, new Date(afterWindow.getTime() + limits.signInPair.windowMs)),
    ).toBeGreaterThanOrEqual(1);
  });
});
