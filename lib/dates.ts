import { TZDate } from "@date-fns/tz";
import { format, parseISO } from "date-fns";

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`: days end at local midnight. */
export const localDay = (instant: Date, timeZone: string) => format(new TZDate(instant, timeZone), "yyyy-MM-dd");

/** A date as a reader in that time zone sees it: "Tue, 1 Dec 2026, 09:00 (Asia/Almaty)", the zone left out where a heading names it. */
export function formatInZone(instant: Date, timeZone: string, { withZone = true } = {}): string {
  const text = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone }).format(instant);
  return withZone ? `${text} (${timeZone})` : text;
}

/** The day only, as a reader in that time zone sees it: "1 Dec 2026". */
export function formatDayInZone(instant: Date, timeZone: string): string {
  return formatLocalDay(localDay(instant, timeZone), { withYear: true });
}

/** A local day (YYYY-MM-DD, from `localDay`) as people write it: "26 Nov", or "26 Nov 2026" with the year. */
export function formatLocalDay(day: string, { withYear = false } = {}): string {
  return format(parseISO(day), withYear ? "d MMM yyyy" : "d MMM");
}
