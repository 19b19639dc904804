import { describe, expect, it } from "vitest";
import { formatDuration, formatShare } from "./format";

describe("formatDuration", () => {
  it.each([
    [0, "0 s"],
    [42_400, "42 s"],
    [185_000, "3 min 05 s"],
  ])("%d ms → %s", (ms, text) => expect(formatDuration(ms)).toBe(text));
});

describe("formatShare", () => {
  it.each([
    [0, "0 %"],
    [1 / 3, "33 %"],
    [0.8, "80 %"],
  ])("%d → %s", (share, text) => expect(formatShare(share)).toBe(text));
});
