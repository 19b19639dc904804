import { describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createDb } from "@/lib/db/client.server";
import { createAccount } from "@/lib/accounts/create-account.server";
import { limitKey, limits } from "@/lib/security/rate-limit";
import { authenticate } from "./authenticate.server";

const db = testDb();
const password = "a long enough password";
const pairMax = limits.signInPair.max;

async function newStudent() {
  const email = uniqueEmail("auth");
  const created = await createAccount(db, { name: "Test Student", email, password, role: "student" });
  expect(created.ok).toBe(true);
  return email;
}

/** An address no other test uses, so address-wide counts start at zero. */
const freshAddress = () =>
  `10.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

describe("authenticate", () => {
  it("signs in with the right password and returns id and role", async () => {
    const email = await newStudent();
    const result = await authenticate(db, { email: email.toUpperCase(), password }, freshAddress());
    expect(result).toMatchObject({ ok: true, data: { email, role: "student" } });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const email = await newStudent();
    const address = freshAddress();
    const wrongPassword = await authenticate(db, { email, password: "not the password" }, address);
    const unknownEmail = await authenticate(db, { email: uniqueEmail("nobody"), password }, address);
    expect(wrongPassword).toEqual({
      ok: false,
      code: "unauthenticated",
      error: "That email and password do not match an account.",
    });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("rejects malformed input without counting anything", async () => {
    const before = await db.rateLimit.count();
    expect(await authenticate(db, { email: "not-an-email", password: 42 }, freshAddress())).toEqual({
      ok: false,
      code: "unauthenticated",
      error: "That email and password do not match an account.",
    });
    expect(await db.rateLimit.count()).toBe(before);
  });

  it(`locks an account from one address after ${pairMax} failures, even for the right password, until the window passes`, async () => {
    const email = await newStudent();
    const address = freshAddress();
    const start = new Date();
    const results = [];
    for (let i = 0; i < pairMax; i++) {
      results.push(
        await authenticate(db, { email, password: "wrong password" }, address, new Date(start.getTime() + i * 1000)),
      );
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.code === "unauthenticated")).toBe(true);
    const retryAt = new Date(start.getTime() + limits.signInPair.windowMs);
    expect(results.at(-1)).toEqual({
      ok: false,
      code: "rate-limited",
      error: "Too many failed sign-in attempts.",
      retryAt,
    });

    const meanwhile = new Date(start.getTime() + 60_000);
    expect(await authenticate(db, { email, password }, address, meanwhile)).toEqual({
      ok: false,
      code: "rate-limited",
      error: "Too many failed sign-in attempts.",
      retryAt,
    });

    const later = new Date(retryAt.getTime() + 1000);
    expect(await authenticate(db, { email, password }, address, later)).toMatchObject({ ok: true });
  });

  it(`verifies at most ${pairMax} of 40 parallel wrong passwords for one account`, async () => {
    const email = await newStudent();
    const address = freshAddress();
    const results = await Promise.all(
      Array.from({ length: 40 }, () => authenticate(db, { email, password: "wrong password" }, address)),
    );
    // Every verified wrong password but the last answers "invalid"; the rest were refused unverified.
    expect(results.filter((r) => !r.ok && r.code === "unauthenticated")).toHaveLength(pairMax - 1);
    expect(results.filter((r) => !r.ok && r.code === "rate-limited")).toHaveLength(40 - (pairMax - 1));
    const counter = await db.rateLimit.findUniqueOrThrow({
      where: { key: limitKey({ rule: "signInPair", subject: `${email}|${address}` }) },
    });
    expect(counter.count).toBe(pairMax);
  });

  it("a stranger's wrong passwords do not lock the owner out on their own address", async () => {
    const email = await newStudent();
    for (let i = 0; i < pairMax + 2; i++) await authenticate(db, { email, password: "guess" }, "203.0.113.66");
    expect(await authenticate(db, { email, password }, "203.0.113.66")).toMatchObject({
      ok: false,
      code: "rate-limited",
    });
    expect(await authenticate(db, { email, password }, freshAddress())).toMatchObject({ ok: true });
  });

  it("locks the account everywhere once failures from many addresses pass the account-wide ceiling", async () => {
    const email = await newStudent();
    const start = new Date();
    const perAddress = pairMax - 1;
    const addresses = Math.ceil(limits.signInAccount.max / perAddress);
    for (let a = 0; a < addresses; a++) {
      const address = `198.18.${a}.${Math.floor(Math.random() * 250)}`;
      await Promise.all(
        Array.from({ length: perAddress }, () => authenticate(db, { email, password: "spray" }, address, start)),
      );
    }
    const counter = await db.rateLimit.findUniqueOrThrow({
      where: { key: limitKey({ rule: "signInAccount", subject: email }) },
    });
    expect(counter.count).toBe(limits.signInAccount.max);
    expect(await authenticate(db, { email, password }, freshAddress(), start)).toEqual({
      ok: false,
      code: "rate-limited",
      error: "Too many failed sign-in attempts.",
      retryAt: new Date(start.getTime() + limits.signInAccount.windowMs),
    });
  });

  it("holds the limit across two app instances sharing the database", async () => {
    const email = await newStudent();
    const address = freshAddress();
    const otherInstance = createDb(process.env.DATABASE_URL!);
    try {
      const results = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          authenticate(i % 2 ? db : otherInstance, { email, password: "wrong password" }, address),
        ),
      );
      expect(results.filter((r) => !r.ok && r.code === "unauthenticated")).toHaveLength(pairMax - 1);
      expect(await authenticate(db, { email, password }, address)).toMatchObject({ ok: false, code: "rate-limited" });
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it("limits one address across many accounts", async () => {
    const address = freshAddress();
    const emails = Array.from({ length: limits.signInAddress.max }, () => uniqueEmail("spray"));
    await Promise.all(emails.map((email) => authenticate(db, { email, password: "wrong password" }, address)));
    const email = await newStudent();
    expect(await authenticate(db, { email, password }, address)).toMatchObject({ ok: false, code: "rate-limited" });
    expect(await authenticate(db, { email, password }, freshAddress())).toMatchObject({ ok: true });
  });

  it("refuses a disabled account with the usual message", async () => {
    const email = await newStudent();
    await db.user.update({ where: { email }, data: { disabledAt: new Date() } });
    expect(await authenticate(db, { email, password }, freshAddress())).toEqual({
      ok: false,
      code: "unauthenticated",
      error: "That email and password do not match an account.",
    });
  });
});
