import { describe, expect, it } from "vitest";
import { formatPartialDate } from "./dates";

describe("formatPartialDate", () => {
  it("shows only the precision the source gives", () => {
    expect(formatPartialDate("2022-01-19")).toBe("19 January 2022");
    expect(formatPartialDate("2022-02")).toBe("February 2022");
    expect(formatPartialDate("2022")).toBe("2022");
    expect(formatPartialDate(null)).toBeNull();
  });
});
