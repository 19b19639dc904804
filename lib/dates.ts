import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`: days end at local midnight. */
export const localDay = (instant: Date, timeZone: string) => format(new TZDate(instant, timeZone), "yyyy-MM-dd");

/** A date as a reader in that time zone sees it: "Tue, 1 Dec 2026, 09:00 (Asia/Almaty)", the zone left out where a heading names it. */
export function formatInZone(instant: Date, timeZone: string, { withZone = true } = {}): string {
  const text = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone }).format(instant);
  return withZone ? `${text} (${timeZone})` : text;
}

/** The day only, as a reader in that time zone sees it: "1 Dec 2026". */
export function formatDayInZone(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone }).format(instant);
}
