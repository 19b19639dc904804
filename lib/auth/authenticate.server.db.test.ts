import { describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createDb } from "@/lib/db/client.server";
import { createAccount } from "@/lib/accounts/create-account.server";
import { authenticate } from "./authenticate.server";
import { MAX_FAILURES_PER_EMAIL, SIGN_IN_WINDOW_MS } from "./sign-in-limit";

const db = testDb();
const password = "a long enough password";

async function newStudent() {
  const email = uniqueEmail("auth");
  const created = await createAccount(db, { name: "Test Student", email, password, role: "student" });
  expect(created.ok).toBe(true);
  return email;
}

describe("authenticate", () => {
  it("signs in with the right password and returns id and role", async () => {
    const email = await newStudent();
    const result = await authenticate(db, { email: email.toUpperCase(), password }, "10.0.0.1");
    expect(result).toMatchObject({ ok: true, user: { email, role: "student" } });
  });

  it("gives the same answer for an unknown email and a wrong password", async () => {
    const email = await newStudent();
    const wrongPassword = await authenticate(db, { email, password: "not the password" }, "10.0.0.2");
    const unknownEmail = await authenticate(db, { email: uniqueEmail("nobody"), password }, "10.0.0.2");
    expect(wrongPassword).toEqual({ ok: false, reason: "invalid-credentials" });
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it("rejects malformed input without touching the failure count", async () => {
    const before = await db.signInFailure.count();
    expect(await authenticate(db, { email: "not-an-email", password: 42 }, "10.0.0.3")).toEqual({ ok: false, reason: "invalid-credentials" });
    expect(await db.signInFailure.count()).toBe(before);
  });

  it(`locks an email after ${MAX_FAILURES_PER_EMAIL} failures, even for the right password, until the window passes`, async () => {
    const email = await newStudent();
    const start = new Date();
    const results = [];
    for (let i = 0; i < MAX_FAILURES_PER_EMAIL; i++) {
      results.push(await authenticate(db, { email, password: "wrong password" }, `10.1.0.${i}`, new Date(start.getTime() + i * 1000)));
    }
    expect(results.slice(0, -1).every((r) => !r.ok && r.reason === "invalid-credentials")).toBe(true);
    const retryAt = new Date(start.getTime() + SIGN_IN_WINDOW_MS);
    expect(results.at(-1)).toEqual({ ok: false, reason: "rate-limited", retryAt });

    const meanwhile = new Date(start.getTime() + 60_000);
    expect(await authenticate(db, { email, password }, "10.9.9.9", meanwhile)).toEqual({ ok: false, reason: "rate-limited", retryAt });

    const later = new Date(retryAt.getTime() + 1000);
    expect(await authenticate(db, { email, password }, "10.9.9.9", later)).toMatchObject({ ok: true });
  });

  it("holds the limit across two app instances sharing the database", async () => {
    const email = await newStudent();
    const otherInstance = createDb(process.env.DATABASE_URL!);
    try {
      for (let i = 0; i < MAX_FAILURES_PER_EMAIL - 1; i++) {
        await authenticate(i % 2 ? db : otherInstance, { email, password: "wrong password" }, "10.2.0.1");
      }
      const last = await authenticate(otherInstance, { email, password: "wrong password" }, "10.2.0.1");
      expect(last).toMatchObject({ ok: false, reason: "rate-limited" });
      expect(await authenticate(db, { email, password }, "10.2.0.1")).toMatchObject({ ok: false, reason: "rate-limited" });
    } finally {
      await otherInstance.$disconnect();
    }
  });

  it("limits one address across many emails", async () => {
    const ip = `10.3.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    let last;
    for (let i = 0; i < 20; i++) last = await authenticate(db, { email: uniqueEmail("spray"), password: "wrong password" }, ip);
    expect(last).toMatchObject({ ok: false, reason: "rate-limited" });
    const email = await newStudent();
    expect(await authenticate(db, { email, password }, ip)).toMatchObject({ ok: false, reason: "rate-limited" });
    expect(await authenticate(db, { email, password }, "10.3.255.1")).toMatchObject({ ok: true });
  });
});
