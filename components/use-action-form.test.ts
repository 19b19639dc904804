import { describe, expect, it } from "vitest";
import { fail, ok, unreachable } from "@/lib/result";
import { orUnreachable } from "./use-action-form";

describe("a request that never got an answer", () => {
  it("is said in the one sentence for it, with what it means here", async () => {
    const offline = () => Promise.reject(new TypeError("Failed to fetch"));
    expect(await orUnreachable(offline)).toEqual(unreachable);
    expect(await orUnreachable(offline, "Your answer was not lost.")).toEqual({
      ...unreachable,
      error: `${unreachable.error} Your answer was not lost.`,
    });
  });

  it("is told apart from the server's own answers, which pass through", async () => {
    expect(await orUnreachable(() => Promise.resolve(ok({ sessionId: "s1" })), "hint")).toEqual(
      ok({ sessionId: "s1" }),
    );
    const refused = fail("forbidden", "Only a teacher can do this.");
    expect(await orUnreachable(() => Promise.resolve(refused), "hint")).toBe(refused);
  });
});
