import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { sumByLocalDay, localDay } from "@/lib/dates";
import {
  addAnswers,
  addToQuarters,
  quarterList,
  standingsOf,
  type AnswerRecord,
  type QuarterCounts,
  type Standing,
} from "./standing";

const answers = fc.array(
  fc.record({
    id: fc.uuid(),
    factId: fc.constantFrom("a", "b", "c", "d"),
    correct: fc.boolean(),
    // Whole minutes over a year and a half, so answers share quarters and, now and then, a millisecond.
    createdAt: fc.integer({ min: 0, max: 800_000 }).map((m) => new Date(Date.UTC(2026, 0, 1) + m * 60_000)),
  }),
  { maxLength: 60 },
);

const byFact = (records: AnswerRecord[]) => standingsOf(records).sort((a, b) => a.factId.localeCompare(b.factId));

function quartersOf(records: { correct: boolean; createdAt: Date }[]): QuarterCounts[] {
  const quarters = new Map<number, QuarterCounts>();
  addToQuarters(quarters, records);
  return quarterList(quarters);
}

describe("standings and quarters", () => {
  it("do not depend on the order answers arrive in, nor on how they are split between writes", () => {
    fc.assert(
      fc.property(answers, fc.nat(), (records, cut) => {
        const reversed = [...records].reverse();
        expect(byFact(reversed)).toEqual(byFact(records));
        // Added in two writes, as answers arrive, the sums are those of the whole.
        const split = cut % (records.length + 1);
        const standings = new Map<string, Standing>();
        addAnswers(standings, records.slice(split));
        addAnswers(standings, records.slice(0, split));
        expect([...standings.values()].sort((a, b) => a.factId.localeCompare(b.factId))).toEqual(byFact(records));
      }),
    );
  });

  it("give the same days as counting each answer on its own local day, in any zone", () => {
    const zones = [
      "UTC",
      "Pacific/Kiritimati",
      "Pacific/Honolulu",
      "Asia/Kathmandu",
      "Europe/London",
      "America/New_York",
      "Australia/Lord_Howe",
    ];
    fc.assert(
      fc.property(answers, fc.constantFrom(...zones), (records, zone) => {
        const expected = new Map<string, number>();
        for (const r of records)
          expected.set(localDay(r.createdAt, zone), (expected.get(localDay(r.createdAt, zone)) ?? 0) + 1);
        const days = sumByLocalDay(quartersOf(records), ["answered"], zone);
        expect(days.map((d) => [d.day, d.answered])).toEqual([...expected.entries()].sort());
      }),
    );
  });
});

describe("local days from quarter-hours", () => {
  const at = (iso: string) => ({ correct: true, createdAt: new Date(iso) });
  const days = (records: { correct: boolean; createdAt: Date }[], zone: string) =>
    sumByLocalDay(quartersOf(records), ["answered"], zone).map((d) => [d.day, d.answered]);

  it("splits at midnight in UTC+14 and UTC-10", () => {
    const records = [at("2026-11-24T09:59:00Z"), at("2026-11-24T10:00:00Z"), at("2026-11-25T09:45:00Z")];
    // Kiritimati (UTC+14): 10:00 UTC is midnight of the next day.
    expect(days(records, "Pacific/Kiritimati")).toEqual([
      ["2026-11-24", 1],
      ["2026-11-25", 2],
    ]);
    // Honolulu (UTC-10): 09:59 UTC is 23:59 the evening before.
    expect(days(records, "Pacific/Honolulu")).toEqual([
      ["2026-11-23", 1],
      ["2026-11-24", 2],
    ]);
  });

  it("follows daylight saving: the 23-hour and 25-hour days of New York", () => {
    // 8 March 2026 (clocks forward at 07:00 UTC) is 23 hours long: it ends at 04:00 UTC on the 9th.
    const spring = [at("2026-03-09T03:59:00Z"), at("2026-03-09T04:00:00Z")];
    expect(days(spring, "America/New_York")).toEqual([
      ["2026-03-08", 1],
      ["2026-03-09", 1],
    ]);
    // 1 November 2026 (clocks back at 06:00 UTC) is 25 hours long: it ends at 05:00 UTC on the 2nd.
    const autumn = [at("2026-11-01T04:30:00Z"), at("2026-11-02T04:59:00Z"), at("2026-11-02T05:00:00Z")];
    expect(days(autumn, "America/New_York")).toEqual([
      ["2026-11-01", 2],
      ["2026-11-02", 1],
    ]);
  });

  it("keeps zones a quarter of an hour off the hour exact (Nepal, UTC+5:45)", () => {
    // Midnight in Kathmandu is 18:15 UTC.
    expect(days([at("2026-11-24T18:14:00Z"), at("2026-11-24T18:15:00Z")], "Asia/Kathmandu")).toEqual([
      ["2026-11-24", 1],
      ["2026-11-25", 1],
    ]);
  });
});
