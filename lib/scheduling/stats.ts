/** review log → flashcard statistics: reviews per local day, retention, and the due forecast. */
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { localDay } from "@/lib/dates";
import { Rating, State, type Card } from "./fsrs";

export interface ReviewDay {
  day: string;
  reviews: number;
  again: number;
}

/** Reviews per day in the student's time zone, oldest first. */
export function reviewsPerDay(logs: readonly { review: Date; rating: number }[], timeZone: string): ReviewDay[] {
  const days = new Map<string, ReviewDay>();
  for (const log of logs) {
    const day = localDay(log.review, timeZone);
    const row = days.get(day) ?? { day, reviews: 0, again: 0 };
    row.reviews += 1;
    if (log.rating === Rating.Again) row.again += 1;
    days.set(day, row);
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** The share of reviews that were not Again (null without reviews). */
export function retention(logs: readonly { rating: number }[]): number | null {
  return logs.length ? logs.filter((l) => l.rating !== Rating.Again).length / logs.length : null;
}

/** How many cards fall due on each of the next `days` local days; overdue cards count today. */
export function dueForecast(
  cards: readonly Pick<Card, "due" | "state">[],
  now: Date,
  timeZone: string,
  days = 30,
): { day: string; due: number }[] {
  const today = new TZDate(now, timeZone);
  const forecast = Array.from({ length: days }, (_, i) => ({ day: format(addDays(today, i), "yyyy-MM-dd"), due: 0 }));
  const index = new Map(forecast.map((f, i) => [f.day, i]));
  for (const card of cards) {
    if (card.state === State.New) continue;
    const day = card.due.getTime() <= now.getTime() ? forecast[0]!.day : localDay(card.due, timeZone);
    const i = index.get(day);
    if (i !== undefined) forecast[i]!.due += 1;
  }
  return forecast;
}
