import { describe, expect, it } from "vitest";
import { signUpSchema } from "./schemas";

const valid = { name: "  Dana  ", email: " Dana@Example.COM ", password: "0123456789", role: "teacher" };

describe("signUpSchema", () => {
  it("normalizes name and email", () => {
    expect(signUpSchema.parse(valid)).toEqual({
      name: "Dana",
      email: "dana@example.com",
      password: "0123456789",
      role: "teacher",
    });
  });

  it("explains each problem in words a person understands", () => {
    const result = signUpSchema.safeParse({ name: "", email: "dana@", password: "short", role: "admin" });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries(result.error!.issues.map((i) => [i.path[0], i.message]));
    expect(messages).toEqual({
      name: "Enter your name",
      email: "Enter a valid email address, like name@example.com",
      password: "Use at least 10 characters",
      role: "Choose student or teacher",
    });
  });

  it("rejects non-string input instead of crashing", () => {
    expect(signUpSchema.safeParse({ name: 1, email: null, password: [], role: {} }).success).toBe(false);
    expect(signUpSchema.safeParse(null).success).toBe(false);
  });
});
