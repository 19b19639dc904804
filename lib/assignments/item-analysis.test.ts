import { describe, expect, it } from "vitest";
import { discriminationIndex, itemFlags, type DiscriminationSums } from "./item-analysis";

/** Sums of (x, y) pairs: x the question's score, y the rest of the attempt's score. */
const sums = (pairs: [number, number][]): DiscriminationSums => ({
  n: pairs.length,
  sumX: pairs.reduce((s, [x]) => s + x, 0),
  sumY: pairs.reduce((s, [, y]) => s + y, 0),
  sumXY: pairs.reduce((s, [x, y]) => s + x * y, 0),
  sumYY: pairs.reduce((s, [, y]) => s + y * y, 0),
});

describe("discrimination index", () => {
  it("matches a hand-worked correlation", () => {
    // Six attempts; the three who got it right scored 4, 3 and 1 on the rest, the others 3, 1, 0.
    // Means 0.5 and 2; covariance 2/6; sd 0.5 and √2; r = (1/3) / (0.5 × √2) = 0.4714.
    const d = discriminationIndex(
      sums([
        [1, 4],
        [1, 3],
        [1, 1],
        [0, 3],
        [0, 1],
        [0, 0],
      ]),
    );
    expect(d.value).toBeCloseTo(0.4714, 4);
    expect(d).toMatchObject({ caution: true });
  });

  it("is negative when the stronger students missed it, and ±1 at the extremes", () => {
    expect(
      discriminationIndex(
        sums([
          [0, 4],
          [0, 3],
          [1, 1],
          [1, 0],
          [0, 4],
          [1, 0],
        ]),
      ).value,
    ).toBeLessThan(0);
    expect(
      discriminationIndex(
        sums([
          [1, 5],
          [1, 5],
          [0, 1],
          [0, 1],
          [1, 5],
        ]),
      ).value,
    ).toBeCloseTo(1, 10);
  });

  it("says when there are too few attempts, or no spread to correlate", () => {
    expect(
      discriminationIndex(
        sums([
          [1, 4],
          [0, 1],
          [1, 3],
          [0, 0],
        ]),
      ),
    ).toEqual({
      value: null,
      why: "too-few-attempts",
      attempts: 4,
    });
    expect(
      discriminationIndex(
        sums([
          [1, 4],
          [1, 1],
          [1, 3],
          [1, 0],
          [1, 2],
        ]),
      ),
    ).toMatchObject({ why: "no-spread" });
    expect(
      discriminationIndex(sums(Array.from({ length: 25 }, (_, i) => [i % 2, i % 5] as [number, number]))),
    ).toMatchObject({
      caution: false,
    });
  });
});

describe("flags", () => {
  const none = { value: 0.3, caution: false } as const;
  const options = [
    { option: "CSTO", count: 5, correct: true },
    { option: "NATO", count: 1, correct: false },
    { option: "EU", count: 0, correct: false },
  ];
  it("flags very easy, very hard, negative discrimination and a distractor nobody picks", () => {
    expect(itemFlags(0.95, 20, none, [])).toEqual(["very-easy"]);
    expect(itemFlags(0.1, 20, none, [])).toEqual(["very-hard"]);
    expect(itemFlags(0.5, 20, { value: -0.2, caution: false }, [])).toEqual(["negative-discrimination"]);
    expect(itemFlags(0.5, 20, none, options)).toEqual(["unused-distractor"]);
    expect(itemFlags(0.5, 20, none, [])).toEqual([]);
  });
  it("waits for five answers before flagging anything", () => {
    expect(itemFlags(0, 4, { value: -0.5, caution: true }, options)).toEqual([]);
  });
});
