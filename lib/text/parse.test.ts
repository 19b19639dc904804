import { describe, expect, it } from "vitest";
import { numbersIn, parseMonthDay } from "./parse";

describe("numbersIn", () => {
  it("reads every thousands separator the same", () => {
    for (const text of ["4578", "4,578", "4 578", "4\u00a0578", "about 4,578 people"])
      expect(numbersIn(text)).toEqual([4578]);
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

describe("parseMonthDay", () => {
  it.each([
    "January 5",
    "Jan 5",
    "jan. 5",
    "5 January",
    "January 5th",
    "5th of January",
    "the 5th of January",
    "on January 5",
  ])("reads %s", (text) => {
    expect(parseMonthDay(text)).toEqual({ month: 1, day: 5 });
  });
  it("keeps a year when given", () => {
    expect(parseMonthDay("January 5, 2022")).toEqual({ month: 1, day: 5, year: 2022 });
    expect(parseMonthDay("19th January 2022")).toEqual({ month: 1, day: 19, year: 2022 });
  });
  it("reads the corpus's own forms", () => {
    expect(parseMonthDay("Dec. 20")).toEqual({ month: 12, day: 20 });
    expect(parseMonthDay("January 13th")).toEqual({ month: 1, day: 13 });
    expect(parseMonthDay("January 2nd")).toEqual({ month: 1, day: 2 });
  });
  it("rejects what is not a month and day", () => {
    expect(parseMonthDay("Janu 5")).toBeNull();
    expect(parseMonthDay("January 45")).toBeNull();
    expect(parseMonthDay("last week")).toBeNull();
    expect(parseMonthDay("2019")).toBeNull();
  });
});
