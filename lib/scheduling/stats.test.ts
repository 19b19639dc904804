import { describe, expect, it } from "vitest";
import { dueForecast, retention, reviewsPerDay } from "./stats";
import { Rating, State } from "./fsrs";
import { addToQuarters, quarterList, type QuarterCounts } from "@/lib/study/standing";
import { sumByLocalDay } from "@/lib/dates";

/** Reviews per local day, as the maintained per-quarter counts give them. */
function daysOf(logs: { review: Date; rating: number }[], timeZone: string) {
  const quarters = new Map<number, QuarterCounts>();
  addToQuarters(quarters, [], logs);
  return sumByLocalDay(quarterList(quarters), ["reviews", "again"], timeZone);
}

const at = (iso: string) => new Date(iso);

describe("flashcard statistics", () => {
  it("counts reviews per local day: 23:30 UTC is already tomorrow in UTC+14", () => {
    const logs = [
      { review: at("2026-11-24T23:30:00Z"), rating: Rating.Good },
      { review: at("2026-11-25T08:00:00Z"), rating: Rating.Again },
    ];
    expect(reviewsPerDay(daysOf(logs, "UTC"))).toEqual([
      { day: "2026-11-24", reviews: 1, again: 0 },
      { day: "2026-11-25", reviews: 1, again: 1 },
    ]);
    expect(reviewsPerDay(daysOf(logs, "Pacific/Kiritimati"))).toEqual([{ day: "2026-11-25", reviews: 2, again: 1 }]);
  });

  it("gives retention as the share of reviews that were not Again", () => {
    const day = at("2026-11-25T08:00:00Z");
    const logs = [Rating.Good, Rating.Again, Rating.Easy, Rating.Hard].map((rating) => ({ review: day, rating }));
    expect(retention(reviewsPerDay(daysOf(logs, "UTC")))).toBe(0.75);
    expect(retention([])).toBeNull();
  });

  it("forecasts due cards per local day for 30 days, overdue ones today, new ones never", () => {
    const now = at("2026-11-25T09:00:00Z");
    const forecast = dueForecast(
      [
        { due: at("2026-11-20T00:00:00Z"), state: State.Review },
        { due: at("2026-11-27T12:00:00Z"), state: State.Review },
        { due: at("2026-11-27T13:00:00Z"), state: State.Review },
        { due: at("2027-03-01T00:00:00Z"), state: State.Review },
        { due: at("2026-11-25T09:00:00Z"), state: State.New },
      ],
      now,
      "UTC",
    );
    expect(forecast).toHaveLength(30);
    expect(forecast[0]).toEqual({ day: "2026-11-25", due: 1 });
    expect(forecast[2]).toEqual({ day: "2026-11-27", due: 2 });
    expect(forecast.reduce((sum, d) => sum + d.due, 0)).toBe(3);
  });
});
