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

const QUARTERS_PER_DAY = 96;
const offsetFormatters = new Map<string, Intl.DateTimeFormat>();

/** A zone's offset from UTC at an instant, in quarter-hours (Kathmandu +23, Honolulu −40). */
export function zoneOffsetQuarters(instantMs: number, timeZone: string): number {
  let formatter = offsetFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    offsetFormatters.set(timeZone, formatter);
  }
  const part: Record<string, number> = {};
  for (const { type, value } of formatter.formatToParts(instantMs)) part[type] = Number(value);
  const wallClock = Date.UTC(part.year!, part.month! - 1, part.day!, part.hour!, part.minute!);
  return Math.round((wallClock - Math.floor(instantMs / 60_000) * 60_000) / QUARTER_MS);
}

/** From quarter `from` on (until the next run), the zone is `offset` quarter-hours from UTC. */
export interface OffsetRun {
  from: number;
  offset: number;
}

/** Probing a zone's offset once a week finds every change: no zone changes twice within a week. */
const PROBE_QUARTERS = 7 * QUARTERS_PER_DAY;

/**
 * The zone's offsets over the quarters `first`–`last`: one run per daylight-saving period, found
 * by probing once a week and narrowing each change to its quarter.
 */
export function offsetRuns(first: number, last: number, timeZone: string): OffsetRun[] {
  const offsetAt = (quarter: number) => zoneOffsetQuarters(quarter * QUARTER_MS, timeZone);
  const runs: OffsetRun[] = [{ from: first, offset: offsetAt(first) }];
  for (let before = first; before < last;) {
    const probe = Math.min(before + PROBE_QUARTERS, last);
    const offset = offsetAt(probe);
    if (offset !== runs.at(-1)!.offset) {
      let low = before;
      let high = probe;
      while (high - low > 1) {
        const middle = Math.floor((low + high) / 2);
        if (offsetAt(middle) === offset) high = middle;
        else low = middle;
      }
      runs.push({ from: high, offset });
    }
    before = probe;
  }
  return runs;
}

/** The local day (days since 1970 on the local calendar) of a quarter, under the run it falls in. */
function localDayNumber(quarter: number, runs: readonly OffsetRun[]): number {
  let offset = runs[0]!.offset;
  for (const run of runs) if (quarter >= run.from) offset = run.offset;
  return Math.floor((quarter + offset) / QUARTERS_PER_DAY);
}

/** A local day number as YYYY-MM-DD. */
export const dayOfNumber = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Counts per quarter summed per local day in `timeZone`, oldest day first. A local day is a run
 * of quarters under the zone's offset (`offsetRuns`), the rule the database applies in SQL for
 * stored quarters (lib/study/standing.server.ts `studentDays`): one formatter per zone, a few
 * calls per year of history, never one per row.
 */
export function sumByLocalDay<K extends string>(
  rows: readonly ({ quarter: number } & Record<K, number>)[],
  keys: readonly K[],
  timeZone: string,
): ({ day: string } & Record<K, number>)[] {
  if (!rows.length) return [];
  const first = rows.reduce((min, r) => Math.min(min, r.quarter), Infinity);
  const last = rows.reduce((max, r) => Math.max(max, r.quarter), -Infinity);
  const runs = offsetRuns(first, last, timeZone);
  const days = new Map<number, { day: string } & Record<K, number>>();
  for (const row of rows) {
    const number = localDayNumber(row.quarter, runs);
    let sum = days.get(number);
    if (!sum) {
      sum = { day: dayOfNumber(number), ...(Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>) };
      days.set(number, sum);
    }
    for (const key of keys) (sum as Record<K, number>)[key] += row[key];
  }
  return [...days.entries()].sort(([a], [b]) => a - b).map(([, sum]) => sum);
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

const instantFormatters = new Map<string, Intl.DateTimeFormat>();

/** A date as a reader in that time zone sees it: "Tue, 1 Dec 2026, 09:00 (Asia/Almaty)", the zone left out where a heading names it. */
export function formatInZone(instant: Date, timeZone: string, { withZone = true } = {}): string {
  let formatter = instantFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-GB", {
      weekday: "short",
      day: "numeric",
      month: "short",
      year: "numeric",
      hour: "2-digit",
      minute: "2-digit",
      timeZone,
    });
    instantFormatters.set(timeZone, formatter);
  }
  const text = formatter.format(instant);
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

/**
 * A long history of days for a table: the last `keep` days as they are (from the start of their
 * first month, so no month is split), the earlier ones summed per month ("2026-03"), oldest
 * first, so a year of study is a table of a page, not 365 rows.
 */
export function recentDaysAndMonths<K extends string, D extends { day: string } & Record<K, number>>(
  days: readonly D[],
  keys: readonly K[],
  keep: number,
): { recent: D[]; months: ({ month: string } & Record<K, number>)[] } {
  let cut = Math.max(0, days.length - keep);
  while (cut > 0 && days[cut - 1]!.day.slice(0, 7) === days[cut]!.day.slice(0, 7)) cut--;
  const recent = days.slice(cut);
  const months = new Map<string, { month: string } & Record<K, number>>();
  for (const day of days.slice(0, cut)) {
    const month = day.day.slice(0, 7);
    let sum = months.get(month);
    if (!sum) {
      sum = { month, ...(Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>) };
      months.set(month, sum);
    }
    for (const key of keys) (sum as Record<K, number>)[key] += day[key];
  }
  return { recent, months: [...months.values()] };
}

/** A month ("2026-03") as people write it: "March 2026". */
export const formatMonth = (month: string): string => format(parseISO(`${month}-01`), "MMMM yyyy");
