import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { CurrentUser } from "./session.server";
import { signedInUser } from "./test-support";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("./session.server", () => ({
  getCurrentUser: async () => session.user,
  sessionClaims: async () =>
    session.user && { id: session.user.id, role: session.user.role, sessionId: session.user.sessionId },
}));

const { defineRoute } = await import("./route.server");
const { fail, ok } = await import("@/lib/result");

const teacher = signedInUser("teacher");
const student = signedInUser("student");

const handler = vi.fn(
  async ({ user, params, input }: { user: { id: string }; params: { deckId: string }; input: { name: string } }) =>
    input.name === "taken"
      ? fail("conflict", "That name is taken.")
      : ok({ by: user.id, deckId: params.deckId, name: input.name }),
);
const rename = defineRoute(
  {
    name: "rename",
    who: "teacher",
    params: z.object({ deckId: z.string().regex(/^d\d+$/) }),
    body: { schema: z.object({ name: z.string().min(1) }), maxBytes: 64 },
  },
  handler,
);
const call = (body: string, { type = "application/json", deckId = "d1" } = {}) =>
  rename(new Request("http://localhost/api/decks/d1", { method: "POST", body, headers: { "content-type": type } }), {
    params: Promise.resolve({ deckId }),
  });
const answer = async (response: Response) => ({ status: response.status, body: await response.json() });

describe("defineRoute", () => {
  beforeEach(() => {
    session.user = teacher;
    handler.mockClear();
  });

  it("runs the handler with the user, the path and the parsed body, and answers its Result as JSON", async () => {
    expect(await answer(await call('{"name":"Week 1"}'))).toEqual({
      status: 200,
      body: { by: "t1", deckId: "d1", name: "Week 1" },
    });
    expect(await answer(await call('{"name":"taken"}'))).toEqual({
      status: 409,
      body: { error: "That name is taken.", code: "conflict" },
    });
  });

  it("refuses without running the handler: no session 401, wrong role 403, unknown path 404, not JSON 415, too large 413, malformed 400", async () => {
    session.user = null;
    expect((await call('{"name":"x"}')).status).toBe(401);
    session.user = student;
    expect(await answer(await call('{"name":"x"}'))).toEqual({
      status: 403,
      body: { error: "Only a teacher can do this.", code: "forbidden" },
    });
    session.user = teacher;
    expect((await call('{"name":"x"}', { deckId: "../etc" })).status).toBe(404);
    expect((await call('{"name":"x"}', { type: "text/plain" })).status).toBe(415);
    expect((await call(JSON.stringify({ name: "x".repeat(100) }))).status).toBe(413);
    expect(await answer(await call("{name:"))).toEqual({
      status: 400,
      body: { error: "The body is not valid JSON.", code: "invalid" },
    });
    expect(await answer(await call('{"name":""}'))).toMatchObject({
      status: 400,
      body: { code: "invalid", error: expect.stringMatching(/^name: /) },
    });
    expect(handler).not.toHaveBeenCalled();
  });

  it("answers a thrown error with 500 and a reference, never the error itself", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => undefined);
    handler.mockRejectedValueOnce(new Error("secret connection string"));
    const { status, body } = await answer(await call('{"name":"x"}'));
    expect(status).toBe(500);
    expect(body.error).toMatch(/^Something went wrong \(ref [0-9a-f]{8}\)/);
    expect(JSON.stringify(body)).not.toContain("secret");
    logged.mockRestore();
  });
});
