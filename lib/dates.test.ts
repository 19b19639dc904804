import { describe, expect, it } from "vitest";
import {
  endOfLocalDay,
  formatDayInZone,
  formatInZone,
  formatLocalDay,
  formatPartialDate,
  isKnownTimeZone,
  localDay,
  localValue,
  startOfLocalDay,
  zonedInstant,
  recentDaysAndMonths,
  formatMonth,
} from "./dates";

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

describe("day boundaries in the reader's time zone", () => {
  // 2026-11-25T09:30Z is 23:30 on the 25th in Kiritimati (UTC+14) and 23:30 on the 24th in Honolulu (UTC−10).
  const instant = new Date("2026-11-25T09:30:00Z");

  it("ends the local day at local midnight", () => {
    expect(endOfLocalDay(instant, "Pacific/Kiritimati").toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(endOfLocalDay(instant, "Pacific/Honolulu").toISOString()).toBe("2026-11-25T10:00:00.000Z");
    expect(startOfLocalDay(instant, "Pacific/Kiritimati").toISOString()).toBe("2026-11-24T10:00:00.000Z");
    expect(endOfLocalDay(instant, "UTC").toISOString()).toBe("2026-11-26T00:00:00.000Z");
  });

  it("knows the zones the runtime knows", () => {
    expect(isKnownTimeZone("Asia/Almaty")).toBe(true);
    expect(isKnownTimeZone("Mars/Olympus")).toBe(false);
  });
});

describe("wall-clock times in the teacher's time zone", () => {
  it("turns a wall-clock time into the instant of that zone, and back", () => {
    expect(zonedInstant("2026-12-08T23:59", "Asia/Almaty").toISOString()).toBe("2026-12-08T18:59:00.000Z");
    expect(zonedInstant("2026-12-08T23:59", "America/New_York").toISOString()).toBe("2026-12-09T04:59:00.000Z");
    expect(localValue(new Date("2026-12-08T18:59:00Z"), "Asia/Almaty")).toBe("2026-12-08T23:59");
  });
});

describe("formatPartialDate", () => {
  it("shows only the precision the source gives", () => {
    expect(formatPartialDate("2022-01-19")).toBe("19 January 2022");
    expect(formatPartialDate("2022-02")).toBe("February 2022");
    expect(formatPartialDate("2022")).toBe("2022");
    expect(formatPartialDate(null)).toBeNull();
  });
});

describe("a long history for a table", () => {
  it("keeps the last days and sums the earlier ones per month, oldest first", () => {
    const days = ["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-20", "2026-03-01", "2026-03-02"].map((day, i) => ({
      day,
      answered: i + 1,
      correct: 1,
    }));
    const { recent, months } = recentDaysAndMonths(days, ["answered", "correct"], 2);
    expect(recent.map((d) => d.day)).toEqual(["2026-03-01", "2026-03-02"]);
    expect(months).toEqual([
      { month: "2026-01", answered: 3, correct: 2 },
      { month: "2026-02", answered: 7, correct: 2 },
    ]);
    // Three days kept would split February: its first day is listed too, not summed.
    expect(recentDaysAndMonths(days, ["answered"], 3).recent.map((d) => d.day)).toEqual([
      "2026-02-01",
      "2026-02-20",
      "2026-03-01",
      "2026-03-02",
    ]);
    expect(formatMonth("2026-02")).toBe("February 2026");
    expect(recentDaysAndMonths(days, ["answered"], 30).months).toEqual([]);
  });
});
