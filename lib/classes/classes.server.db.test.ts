import { describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import { limits } from "@/lib/security/rate-limit";
import {
  classesOfStudent,
  classesOfTeacher,
  classForTeacher,
  createClass,
  joinClass,
  regenerateJoinCode,
  removeStudent,
  setJoinEnabled,
} from "./classes.server";

/** A refused code: the message shows at the top and beside the code field. */
const wrongCode = (code: string, error: string) => ({ ok: false, code, error, fieldErrors: { code: error } });

const db = testDb();

async function account(role: "student" | "teacher") {
  const result = await createAccount(db, {
    name: `Test ${role}`,
    email: uniqueEmail(role),
    password: "a long enough password",
    role,
  });
  if (!result.ok) throw new Error("could not create the account");
  return result.data.userId;
}

const codeOf = async (classId: string) => (await db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;

describe("classes", () => {
  it("lets a student join with the code, once, and shows the class to its teacher only", async () => {
    const teacher = await account("teacher");
    const otherTeacher = await account("teacher");
    const student = await account("student");
    const { id } = await createClass(teacher, { name: "History 9B", description: null });
    const code = await codeOf(id);

    expect(await joinClass(student, code, "192.0.2.1", "UTC")).toEqual({
      ok: true,
      data: { className: "History 9B", already: false },
    });
    expect(await joinClass(student, code, "192.0.2.1", "UTC")).toEqual({
      ok: true,
      data: { className: "History 9B", already: true },
    });
    expect(await db.enrollment.count({ where: { classId: id } })).toBe(1);
    expect(await classesOfStudent(student)).toEqual([{ id, name: "History 9B", teacher: "Test teacher" }]);

    expect((await classForTeacher(teacher, id))!.roster.map((r) => r.id)).toEqual([student]);
    expect(await classForTeacher(otherTeacher, id)).toBeNull();
    expect(await classForTeacher(student, id)).toBeNull();
    expect((await classesOfTeacher(otherTeacher)).map((c) => c.id)).not.toContain(id);
  });

  it("refuses another teacher's changes and changes nothing", async () => {
    const teacher = await account("teacher");
    const intruder = await account("teacher");
    const student = await account("student");
    const { id } = await createClass(teacher, { name: "Mine", description: null });
    const code = await codeOf(id);
    await joinClass(student, code, "192.0.2.1", "UTC");
    const refused = { ok: false, code: "not-found", error: "That class does not exist or is not yours." };
    expect(await regenerateJoinCode(intruder, id)).toEqual(refused);
    expect(await setJoinEnabled(intruder, id, false)).toEqual(refused);
    expect(await removeStudent(intruder, id, student)).toEqual({
      ok: false,
      code: "not-found",
      error: "That student is not in this class.",
    });
    expect(await codeOf(id)).toBe(code);
    expect(await db.enrollment.count({ where: { classId: id } })).toBe(1);
    expect((await db.class.findUniqueOrThrow({ where: { id } })).joinEnabled).toBe(true);
  });

  it("a new code replaces the old one, a disabled code admits no one, and a removed student is gone", async () => {
    const teacher = await account("teacher");
    const student = await account("student");
    const late = await account("student");
    const { id } = await createClass(teacher, { name: "Codes", description: "Testing codes" });
    const oldCode = await codeOf(id);
    expect(await regenerateJoinCode(teacher, id)).toEqual({ ok: true, data: null });
    const newCode = await codeOf(id);
    expect(newCode).not.toBe(oldCode);
    expect(await joinClass(student, oldCode, "192.0.2.1", "UTC")).toEqual(
      wrongCode("not-found", "No class accepts that code. Check it with your teacher."),
    );
    expect((await joinClass(student, newCode, "192.0.2.1", "UTC")).ok).toBe(true);

    expect(await setJoinEnabled(teacher, id, false)).toEqual({ ok: true, data: null });
    expect(await joinClass(late, newCode, "192.0.2.1", "UTC")).toEqual(
      wrongCode("not-found", "No class accepts that code. Check it with your teacher."),
    );

    expect(await removeStudent(teacher, id, student)).toEqual({ ok: true, data: null });
    expect(await classesOfStudent(student)).toEqual([]);
  });

  it("limits wrong join codes per student, says how long to wait, and still counts nothing for right codes", async () => {
    const teacher = await account("teacher");
    const guesser = await account("student");
    const { id } = await createClass(teacher, { name: "Guarded", description: null });
    const code = await codeOf(id);
    const address = `192.0.2.${100 + Math.floor(Math.random() * 100)}`;
    const start = new Date(Date.UTC(2026, 11, 2, 9, 0));
    // Right codes do not use up tries.
    for (let i = 0; i < limits.joinStudent.max + 1; i++)
      expect((await joinClass(guesser, code, address, "Asia/Almaty", start)).ok).toBe(true);

    const wrong = [];
    for (let i = 0; i < limits.joinStudent.max + 1; i++)
      wrong.push(await joinClass(guesser, "AAAAAA", address, "Asia/Almaty", start));
    expect(wrong.at(-2)).toEqual(
      wrongCode(
        "not-found",
        "No class accepts that code. Check it with your teacher. That was the last try for now: Try again in 15 minutes (at 14:15).",
      ),
    );
    expect(wrong.at(-1)).toEqual(
      wrongCode("rate-limited", "Too many wrong codes. Try again in 15 minutes (at 14:15)."),
    );
    // Even the right code waits now; another student on the same network does not.
    expect(await joinClass(guesser, code, address, "UTC", start)).toMatchObject({
      ok: false,
      code: "rate-limited",
      error: expect.stringMatching(/^Too many wrong codes/),
    });
    expect((await joinClass(await account("student"), code, address, "UTC", start)).ok).toBe(true);
  });
});
