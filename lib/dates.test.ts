import { describe, expect, it } from "vitest";
import { formatDayInZone, formatInZone, formatLocalDay, localDay } from "./dates";

// 23:30 UTC on 24 Nov 2026 is already 25 Nov in Almaty (UTC+5) and still 24 Nov in New York.
const lateEvening = new Date("2026-11-24T23:30:00Z");

describe("dates in the reader's time zone", () => {
  it("puts an instant on the reader's local day", () => {
    expect(localDay(lateEvening, "UTC")).toBe("2026-11-24");
    expect(localDay(lateEvening, "Asia/Almaty")).toBe("2026-11-25");
    expect(localDay(lateEvening, "America/New_York")).toBe("2026-11-24");
  });

  it("writes the date and time the reader's clock showed, naming the zone unless told not to", () => {
    expect(formatInZone(lateEvening, "Asia/Almaty")).toBe("Wed, 25 Nov 2026, 04:30 (Asia/Almaty)");
    expect(formatInZone(lateEvening, "America/New_York", { withZone: false })).toBe("Tue, 24 Nov 2026, 18:30");
  });

  it("writes the reader's day alone", () => {
    expect(formatDayInZone(lateEvening, "Asia/Almaty")).toBe("25 Nov 2026");
    expect(formatDayInZone(lateEvening, "UTC")).toBe("24 Nov 2026");
  });

  it("writes a local day as people do", () => {
    expect(formatLocalDay("2026-11-26")).toBe("26 Nov");
    expect(formatLocalDay("2026-01-02", { withYear: true })).toBe("2 Jan 2026");
  });
});
