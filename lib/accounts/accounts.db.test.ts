import { describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { verifyPassword } from "./password.server";
import { createAccount } from "./create-account.server";
import { DEMO_CLASS_NAME, demoUsers, ensureDemoUsers } from "./demo-users.server";

const db = testDb();

describe("createAccount", () => {
  it("stores the account with an argon2id hash", async () => {
    const email = uniqueEmail("signup");
    const result = await createAccount(db, { name: "Aruzhan", email, password: "ten chars!!", role: "teacher" });
    expect(result.ok).toBe(true);
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    expect(user.role).toBe("teacher");
    expect(user.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user.passwordHash, "ten chars!!")).toBe(true);
  });

  it("refuses a second account with the same email, even when both arrive at once", async () => {
    const email = uniqueEmail("twice");
    const input = { name: "Twice", email, password: "long password", role: "student" as const };
    const results = await Promise.all([createAccount(db, input), createAccount(db, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: "email-taken" });
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});

describe("ensureDemoUsers", () => {
  it("creates the demo accounts once and leaves them alone on the next start", async () => {
    await ensureDemoUsers(db);
    const again = await ensureDemoUsers(db);
    expect(again.created).toBe(0);
    for (const demo of demoUsers) {
      const user = await db.user.findUniqueOrThrow({ where: { email: demo.email } });
      expect(user.role).toBe(demo.role);
      expect(await verifyPassword(user.passwordHash, demo.password)).toBe(true);
    }
    expect(await db.user.count({ where: { email: { in: demoUsers.map((d) => d.email) } } })).toBe(demoUsers.length);
  });

  it("gives the demo teacher one class with both demo students, once", async () => {
    await ensureDemoUsers(db);
    await ensureDemoUsers(db);
    const classes = await db.class.findMany({ where: { name: DEMO_CLASS_NAME }, include: { teacher: true, enrollments: { include: { student: true } } } });
    expect(classes).toHaveLength(1);
    expect(classes[0]!.teacher.email).toBe("teacher@demo.sourcebound.test");
    expect(classes[0]!.enrollments.map((e) => e.student.email).sort()).toEqual(["aigerim@demo.sourcebound.test", "timur@demo.sourcebound.test"]);
  });
});
