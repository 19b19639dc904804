import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "./session.server";
import { signedInUser } from "./test-support";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("./session.server", () => ({ getCurrentUser: async () => session.user }));

const { defineAction } = await import("./action.server");
const { AppError, fail } = await import("@/lib/result");

const student = signedInUser("student");
const teacher = signedInUser("teacher");

function renameClass() {
  const body = vi.fn(async (input: { name: string }, user: CurrentUser) => ({
    ok: true as const,
    data: `${user.id}:${input.name}`,
  }));
  const action = defineAction.teacher(
    "rename class",
    z.object({ name: z.string().min(1, { error: "Enter a name" }) }),
    body,
  );
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
    expect(await action({ name: "x" })).toEqual({
      ok: false,
      code: "unauthenticated",
      error: "Your session has ended. Sign in again.",
    });
    expect(body).not.toHaveBeenCalled();
  });

  it("refuses the wrong role", async () => {
    session.user = student;
    const { action, body } = renameClass();
    expect(await action({ name: "x" })).toEqual({ ok: false, code: "forbidden", error: "Only a teacher can do this." });
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
    const action = defineAction.anyone("count", z.object({}), body);
    expect(await action({})).toEqual({ ok: true, data: 1 });
  });

  it("reads a form posted without JavaScript like the same input sent as an object", async () => {
    session.user = teacher;
    const { action } = renameClass();
    const form = new FormData();
    form.set("name", "10B History");
    form.set("$ACTION_ID_abc", "");
    expect(await action(null, form)).toEqual({ ok: true, data: "t1:10B History" });
    form.set("name", "");
    expect(await action(null, form)).toMatchObject({
      ok: false,
      code: "invalid",
      fieldErrors: { name: "Enter a name" },
    });
  });

  it("answers a thrown error with a reference that is in the server log, and an AppError with its own failure", async () => {
    session.user = teacher;
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = defineAction.teacher("broken", z.object({}), async () => {
      throw new Error("database is down");
    });
    const result = await broken({});
    expect(result).toMatchObject({
      ok: false,
      code: "unexpected",
      error: expect.stringMatching(/^Something went wrong \(ref [0-9a-f]{8}\)/),
    });
    const ref = !result.ok && result.error.match(/ref ([0-9a-f]{8})/)![1];
    expect(logged).toHaveBeenCalledWith(`[${ref}] action broken failed:`, expect.any(Error));
    logged.mockRestore();
    const refusing = defineAction.teacher("refusing", z.object({}), async () => {
      throw new AppError(fail("conflict", "Someone changed this meanwhile."));
    });
    expect(await refusing({})).toEqual({ ok: false, code: "conflict", error: "Someone changed this meanwhile." });
  });
});
