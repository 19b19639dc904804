/**
 * Every date and time-zone helper, in one place: instants shown in a reader's zone, local days,
 * wall-clock times in a teacher's zone, and the partial dates sources give. Zones come from the
 * browser (decision 0010); @date-fns/tz does the arithmetic.
 */
import { TZDate } from "@date-fns/tz";
import { addDays, format, parseISO, startOfDay } from "date-fns";

/** A time zone the browser reported, if this runtime knows it. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** One formatter per zone, made once: building an Intl.DateTimeFormat costs far more than using one. */
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in `timeZone`: days end at local midnight. */
export function localDay(instant: Date | number, timeZone: string): string {
  let year = "";
  let month = "";
  let day = "";
  for (const part of dayFormatter(timeZone).formatToParts(instant)) {
    if (part.type === "year") year = part.value;
    else if (part.type === "month") month = part.value;
    else if (part.type === "day") day = part.value;
  }
  return `${year.padStart(4, "0")}-${month}-${day}`;
}

/**
 * Activity is counted per quarter of an hour (UTC). Every time zone in use today is a whole
 * number of quarter-hours from UTC and changes its offset on a quarter-hour, so a local day is
 * exactly a run of quarters, whatever zone the student reads it in (decision 0014).
 */
export const QUARTER_MS = 15 * 60_000;

/** The quarter-hour an instant falls in, counted from 1970. */
export const quarterOf = (instant: Date): number => Math.floor(instant.getTime() / QUARTER_MS);

/**
 * Counts per quarter summed per local day in `timeZone`, oldest day first: the one place rows
 * become days. One formatter call per quarter that holds activity, never one per answer.
 */
export function sumByLocalDay<K extends string>(
  rows: readonly ({ quarter: number } & Record<K, number>)[],
  keys: readonly K[],
  timeZone: string,
): ({ day: string } & Record<K, number>)[] {
  const days = new Map<string, { day: string } & Record<K, number>>();
  for (const row of rows) {
    const day = localDay(row.quarter * QUARTER_MS, timeZone);
    let sum = days.get(day);
    if (!sum) {
      sum = { day, ...(Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>) };
      days.set(day, sum);
    }
    for (const key of keys) (sum as Record<K, number>)[key] += row[key];
  }
  return [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
}

/** The first instant of the reader's next local day: day-scale cards due before it are due today. */
export function endOfLocalDay(now: Date, timeZone: string): Date {
  return new Date(startOfDay(addDays(new TZDate(now, timeZone), 1)).getTime());
}

/** The first instant of the reader's current local day (for "new cards introduced today"). */
export function startOfLocalDay(now: Date, timeZone: string): Date {
  return new Date(startOfDay(new TZDate(now, timeZone)).getTime());
}

/** A wall-clock time ("2026-12-01T09:00", as a datetime-local field sends it) in a time zone, as an instant. */
export function zonedInstant(local: string, timeZone: string): Date {
  const [date, time] = local.split("T") as [string, string];
  const [year, month, day] = date.split("-").map(Number) as [number, number, number];
  const [hour, minute] = time.split(":").map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hour, minute, timeZone).getTime());
}

/** An instant as a datetime-local value in a time zone (the inverse of zonedInstant). */
export function localValue(instant: Date, timeZone: string): string {
  const zoned = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${zoned.getFullYear()}-${pad(zoned.getMonth() + 1)}-${pad(zoned.getDate())}T${pad(zoned.getHours())}:${pad(zoned.getMinutes())}`;
}

/** A date as a reader in that time zone sees it: "Tue, 1 Dec 2026, 09:00 (Asia/Almaty)", the zone left out where a heading names it. */
export function formatInZone(instant: Date, timeZone: string, { withZone = true } = {}): string {
  const text = new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(instant);
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

/** A source's date as precise as it is given: "2022-01-19" → "19 January 2022", "2022-02" → "February 2022", "2022" → "2022". */
export function formatPartialDate(date: string | null): string | null {
  if (!date) return null;
  const [year, month, day] = date.split("-").map(Number);
  if (!month) return String(year);
  const value = new Date(Date.UTC(year!, month - 1, day ?? 1));
  return value.toLocaleDateString("en-GB", {
    timeZone: "UTC",
    month: "long",
    year: "numeric",
    ...(day ? { day: "numeric" } : {}),
  });
}
