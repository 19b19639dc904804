import { beforeAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { verifyPassword } from "./password.server";
import { createAccount } from "./create-account.server";
import { authenticate } from "@/lib/auth/authenticate.server";
import { startUserSession } from "@/lib/auth/user-sessions.server";
import { withStartupLock } from "@/lib/db/startup-lock.server";
import { signUpAccount } from "./sign-up.server";
import { limits } from "@/lib/security/rate-limit";
import {
  DEMO_CLASS_NAME,
  demoClassmates,
  demoUsers,
  disableDemoUsers,
  ensureDemoUsers,
} from "@/lib/demo/demo-users.server";
import { DEMO_PAST_ASSIGNMENT, ensureDemoHistory } from "@/lib/demo/demo-history.server";
import { gradebookForTeacher, questionAnalyticsForTeacher } from "@/lib/assignments/gradebook.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";

const db = testDb();

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

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
    expect(results.find((r) => !r.ok)).toEqual({
      ok: false,
      code: "conflict",
      error: "An account with this email already exists.",
      fieldErrors: { email: "An account with this email already exists. Sign in instead." },
    });
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
    const classes = await db.class.findMany({
      where: { name: DEMO_CLASS_NAME },
      include: { teacher: true, enrollments: { include: { student: true } } },
    });
    expect(classes).toHaveLength(1);
    expect(classes[0]!.teacher.email).toBe("teacher@demo.sourcebound.test");
    // The two demo students, and the classmates once the class's history is written.
    const emails = classes[0]!.enrollments.map((e) => e.student.email);
    expect(emails).toEqual(expect.arrayContaining(["aigerim@demo.sourcebound.test", "timur@demo.sourcebound.test"]));
    expect(emails.filter((e) => !e.startsWith("aigerim@") && !e.startsWith("timur@")).sort()).toEqual(
      emails.length > 2 ? demoClassmates.map((c) => c.email).sort() : [],
    );
  });

  it("gives the demo class a past assignment every student finished, once, that the teacher's analysis reads", async () => {
    const { demoClass } = await ensureDemoUsers(db);
    await ensureDemoHistory(db, demoClass!);
    expect(await ensureDemoHistory(db, demoClass!)).toBeNull();
    const past = await db.assignment.findFirstOrThrow({
      where: { title: DEMO_PAST_ASSIGNMENT, class: { name: DEMO_CLASS_NAME } },
      include: { class: { include: { enrollments: true } } },
    });
    expect(past.dueAt.getTime()).toBeLessThan(Date.now());
    const sessions = await db.quizSession.findMany({ where: { assignmentId: past.id } });
    expect(new Set(sessions.map((s) => s.userId))).toEqual(new Set(past.class.enrollments.map((e) => e.studentId)));
    expect(sessions.every((s) => s.finishedAt && s.answeredCount === s.questionCount)).toBe(true);
    for (const demo of demoUsers.filter((u) => u.role === "student")) {
      const user = await db.user.findUniqueOrThrow({ where: { email: demo.email } });
      expect(sessions.filter((s) => s.userId === user.id)).toHaveLength(1);
      expect(
        await db.quizSession.count({ where: { userId: user.id, kind: "practice", finishedAt: { not: null } } }),
      ).toBe(2);
    }
    const analysis = (await questionAnalyticsForTeacher(past.class.teacherId, past.id))!;
    expect(analysis.questions.some((q) => q.flags.length > 0)).toBe(true);
    expect(analysis.questions.some((q) => q.question.kind === "typed" && q.wrongAnswers.length > 0)).toBe(true);
    const gradebook = (await gradebookForTeacher(past.class.teacherId, past.id, { sort: "score", dir: "desc" }))!;
    expect(gradebook.rows.every((r) => r.score !== null && r.finishedAttempts >= 1)).toBe(true);
  });
});

describe("DEMO_USERS=0", () => {
  it("stops the published demo logins and ends their sessions; DEMO_USERS=1 brings them back", async () => {
    await ensureDemoUsers(db);
    const [demo] = demoUsers;
    const user = await db.user.findUniqueOrThrow({ where: { email: demo!.email } });
    await startUserSession(db, user.id, "test");
    const address = "192.0.2.200";

    expect((await disableDemoUsers(db)).disabled).toBe(demoUsers.length);
    expect(await authenticate(db, { email: demo!.email, password: demo!.password }, address)).toEqual({
      ok: false,
      code: "unauthenticated",
      error: "That email and password do not match an account.",
    });
    expect(await db.userSession.count({ where: { userId: user.id } })).toBe(0);
    expect((await disableDemoUsers(db)).disabled).toBe(0);

    expect((await ensureDemoUsers(db)).enabled).toBe(demoUsers.length);
    expect(await authenticate(db, { email: demo!.email, password: demo!.password }, "192.0.2.201")).toMatchObject({
      ok: true,
    });
  });
});

describe("withStartupLock", () => {
  it("lets instances starting together take turns", async () => {
    const trace: string[] = [];
    const work = (name: string) => async () => {
      trace.push(`${name} in`);
      await new Promise((resolve) => setTimeout(resolve, 150));
      trace.push(`${name} out`);
    };
    await Promise.all([withStartupLock(db, work("a")), withStartupLock(db, work("b")), withStartupLock(db, work("c"))]);
    for (let i = 0; i < trace.length; i += 2) expect(trace[i + 1]).toBe(trace[i]!.replace(" in", " out"));
    expect(await db.appSetting.count({ where: { key: "startup-lock" } })).toBe(0);
  });

  it("takes over a lease that ran out (a start killed mid-way)", async () => {
    await db.appSetting.create({ data: { key: "startup-lock", value: `${Date.now() - 1000}:killed` } });
    expect(await withStartupLock(db, async () => "ran", { maxWaitMs: 5000 })).toBe("ran");
  });
});

describe("signUpAccount", () => {
  const input = (email: string, password = "kazakh-history-1") => ({
    name: "Aruzhan Bekova",
    email,
    password,
    role: "student" as const,
  });

  it("refuses a common or personal password with the reason, and creates nothing", async () => {
    const email = uniqueEmail("weak");
    for (const weak of ["password12", "aruzhan-2009"]) {
      const result = await signUpAccount(db, input(email, weak), "192.0.2.50");
      expect(result).toMatchObject({ ok: false, code: "invalid", fieldErrors: { password: expect.any(String) } });
    }
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("limits 'this email has an account' answers per address, more tightly than sign-ups", async () => {
    const address = `198.51.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
    const taken = uniqueEmail("taken");
    expect((await signUpAccount(db, input(taken), address)).ok).toBe(true);
    const answers = [];
    for (let i = 0; i < limits.signUpTakenAddress.max + 2; i++)
      answers.push(await signUpAccount(db, input(taken), address));
    expect(answers.filter((a) => !a.ok && a.code === "conflict")).toHaveLength(limits.signUpTakenAddress.max);
    expect(answers.at(-1)).toMatchObject({ ok: false, code: "rate-limited" });
    // Another network is not affected.
    expect(await signUpAccount(db, input(uniqueEmail("other")), "203.0.113.9")).toMatchObject({ ok: true });
  });
});
