import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "./session.server";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("./session.server", () => ({ getCurrentUser: async () => session.user }));

const { defineAction } = await import("./action.server");

const student: CurrentUser = { id: "s1", name: "Student", email: "s@example.test", role: "student", timeZone: "UTC", savedTimeZone: "UTC", sessionId: "test-session" };
const teacher: CurrentUser = { id: "t1", name: "Teacher", email: "t@example.test", role: "teacher", timeZone: "UTC", savedTimeZone: "UTC", sessionId: "test-session" };

function renameClass() {
  const body = vi.fn(async (input: { name: string }, user: CurrentUser | null) => ({ ok: true as const, data: `${user?.id}:${input.name}` }));
  const action = defineAction({ input: z.object({ name: z.string().min(1, { error: "Enter a name" }) }), who: "teacher" }, body);
  return { action, body };
}

describe("defineAction", () => {
  beforeEach(() => {
    session.user = null;
  });

  it("runs the body with parsed input for an allowed caller", async () => {
    session.user = teacher;
    const { action } = renameClass();
    expect(await action({ name: "10B History" })).toEqual({ ok: true, data: "t1:10B History" });
  });

  it("refuses a caller without a session, before looking at the input", async () => {
    const { action, body } = renameClass();
    expect(await action({ name: "x" })).toEqual({ ok: false, error: "Your session has ended. Sign in again." });
    expect(body).not.toHaveBeenCalled();
  });

  it("refuses the wrong role", async () => {
    session.user = student;
    const { action, body } = renameClass();
    expect(await action({ name: "x" })).toEqual({ ok: false, error: "Only a teacher can do this." });
    expect(body).not.toHaveBeenCalled();
  });

  it("answers malformed input with field messages and runs nothing", async () => {
    session.user = teacher;
    const { action, body } = renameClass();
    for (const bad of [undefined, null, "text", 42, [], { name: "" }, { name: 7 }]) {
      const result = await action(bad);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.error).toBe("Please correct the highlighted fields.");
    }
    expect(await action({ name: "" })).toMatchObject({ fieldErrors: { name: "Enter a name" } });
    expect(body).not.toHaveBeenCalled();
  });

  it("lets anyone call a public action without a session", async () => {
    const body = vi.fn(async () => ({ ok: true as const, data: 1 }));
    const action = defineAction({ input: z.object({}), who: "anyone" }, body);
    expect(await action({})).toEqual({ ok: true, data: 1 });
  });
});
