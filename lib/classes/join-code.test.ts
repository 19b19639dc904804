import { describe, expect, it } from "vitest";
import { displayJoinCode, JOIN_CODE_ALPHABET, joinCodeSchema, newJoinCode } from "./join-code";

describe("join codes", () => {
  it("uses no look-alike characters", () => {
    for (const confusable of "0O1IL5S2Z8B") expect(JOIN_CODE_ALPHABET).not.toContain(confusable);
  });

  it("makes six-character codes from the alphabet, different each time", () => {
    const codes = new Set(Array.from({ length: 200 }, () => newJoinCode()));
    expect(codes.size).toBe(200);
    for (const code of codes) expect(code).toMatch(new RegExp(`^[${JOIN_CODE_ALPHABET}]{6}$`));
  });

  it("reads what a student types, forgiving case, spaces and the dash", () => {
    expect(joinCodeSchema.parse("acd-efg")).toBe("ACDEFG");
    expect(joinCodeSchema.parse(" ACD EFG ")).toBe("ACDEFG");
    expect(displayJoinCode("ACDEFG")).toBe("ACD-EFG");
  });

  it.each(["", "ACDEF", "ACDEFGH", "AC0EFG", "ACD_EFG"])("refuses %j with a clear message", (input) => {
    const result = joinCodeSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.message).toMatch(/join code is 6 letters and digits/);
  });
});
