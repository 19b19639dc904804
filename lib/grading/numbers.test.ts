import { describe, expect, it } from "vitest";
import { numbersIn } from "./numbers";

describe("numbersIn", () => {
  it("reads every thousands separator the same", () => {
    for (const text of ["4578", "4,578", "4 578", "4\u00a0578", "about 4,578 people"]) expect(numbersIn(text)).toEqual([4578]);
  });
  it("keeps distinct numbers apart", () => {
    expect(numbersIn("225 people, including 19 security officials")).toEqual([225, 19]);
    expect(numbersIn("between 1991 and 2019")).toEqual([1991, 2019]);
  });
  it("reads more than 2,000 and 1,000,000", () => {
    expect(numbersIn("more than 2,000")).toEqual([2000]);
    expect(numbersIn("1,000,000")).toEqual([1000000]);
  });
});
