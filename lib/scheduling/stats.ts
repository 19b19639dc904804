/** review log → flashcard statistics: reviews per local day, retention, and the due forecast. */
import { TZDate } from "@date-fns/tz";
import { addDays, format } from "date-fns";
import { localDay } from "@/lib/dates";
import { State, type Card } from "./fsrs";

export interface ReviewDay {
  day: string;
  reviews: number;
  again: number;
}

/** Reviews per local day, oldest first (days without reviews left out). */
export function reviewsPerDay(days: readonly { day: string; reviews: number; again: number }[]): ReviewDay[] {
  return days.filter((d) => d.reviews > 0).map((d) => ({ day: d.day, reviews: d.reviews, again: d.again }));
}

/** The share of reviews that were not Again (null without reviews). */
export function retention(days: readonly { reviews: number; again: number }[]): number | null {
  const reviews = days.reduce((sum, d) => sum + d.reviews, 0);
  return reviews ? 1 - days.reduce((sum, d) => sum + d.again, 0) / reviews : null;
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
