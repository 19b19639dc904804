import { describe, expect, it } from "vitest";
import { weakPasswordReason } from "./password-strength.server";

describe("weakPasswordReason", () => {
  it("refuses common passwords and says why", () => {
    expect(weakPasswordReason("password12")).toMatch(/commonly used password/);
    expect(weakPasswordReason("qwertyuiop")).toMatch(/frequently used password/);
    expect(weakPasswordReason("1234567890")).not.toBeNull();
    expect(weakPasswordReason("Summer2024!")).not.toBeNull();
  });

  it("refuses a password made of the user's own name", () => {
    expect(weakPasswordReason("aruzhan-2009", ["Aruzhan Bekova", "aruzhan.b@school.example"])).not.toBeNull();
  });

  it("accepts passphrases and uncommon passwords", () => {
    for (const good of ["kazakh-history-1", "correct horse battery", "teaching-2022!", "demo-student-2022"])
      expect(weakPasswordReason(good), good).toBeNull();
  });
});
