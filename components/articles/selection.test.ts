import { describe, expect, it } from "vitest";
import { trimmed } from "./selection";

describe("a teacher's selection", () => {
  it("drops the spaces and line breaks at its ends, keeping the exact characters between", () => {
    const text = "First line\n  The canal opened in 1914.  \nNext";
    const start = text.indexOf("  The");
    const end = text.indexOf("Next");
    const range = trimmed({ start, end }, text)!;
    expect(text.slice(range.start, range.end)).toBe("The canal opened in 1914.");
  });

  it("is nothing when only whitespace was selected", () => {
    expect(trimmed({ start: 0, end: 3 }, " \n ")).toBeNull();
  });
});
