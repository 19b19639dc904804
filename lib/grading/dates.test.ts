import { describe, expect, it } from "vitest";
import { parseMonthDay } from "./dates";

describe("parseMonthDay", () => {
  it.each(["January 5", "Jan 5", "jan. 5", "5 January", "January 5th", "5th of January", "the 5th of January", "on January 5"])("reads %s", (text) => {
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
