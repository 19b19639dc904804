/** Numbers and dates in what students and sources write, read as values. */

/**
 * The numbers written in a text, read as a fair reader would. Thousands may be grouped by a
 * comma, dot, space (any width) or apostrophe when the grouping is unambiguous ("6,290", "6.290",
 * "6 290", "6’290" are 6290); a decimal point or comma with other than three digits after it is
 * a decimal ("6.2" is 6.2, never 6,200); "1,234.5" and "1.234,5" are 1234.5. Digits grouped any
 * other way are separate numbers ("in 2022 68 died": 2022 and 68).
 */
export function numbersIn(text: string): number[] {
  const tokens = text.normalize("NFKC").match(/\d+(?:[.,'’ ]\d+)*/g) ?? [];
  return tokens.flatMap(readNumber);
}

const isGrouping = (groups: readonly string[]) =>
  groups[0]!.length <= 3 && groups.slice(1).every((g) => g.length === 3);

/** One run of digits and separators as the numbers it writes. */
function readNumber(token: string): number[] {
  const groups = token.split(/[.,'’ ]/);
  const separators = token.match(/[.,'’ ]/g) ?? [];
  if (!separators.length) return [Number(token)];
  const kinds = new Set(separators);
  const last = separators.at(-1)!;
  // One kind throughout: thousands if grouped so, else a decimal (. or , once).
  if (kinds.size === 1) {
    if (isGrouping(groups)) return [Number(groups.join(""))];
    if ((last === "." || last === ",") && separators.length === 1) return [Number(`${groups[0]}.${groups[1]}`)];
  }
  // Thousands grouped one way and a decimal mark last: "1,234.5", "1.234,5", "6 290,5".
  if (kinds.size === 2 && (last === "." || last === ",") && !separators.slice(0, -1).includes(last)) {
    const whole = groups.slice(0, -1);
    if (isGrouping(whole)) return [Number(`${whole.join("")}.${groups.at(-1)}`)];
  }
  // Otherwise the spaces and apostrophes part separate numbers; dots and commas inside are read again.
  const parts = token.split(/['’ ]/);
  return parts.length > 1 ? parts.flatMap(readNumber) : token.split(/[.,]/).map(Number);
}

/** Month-and-day dates in the forms students write: "January 5", "Jan 5", "5 January", "January 5th". */
const months = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

export interface MonthDay {
  month: number;
  day: number;
  year?: number;
}

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, "");
  if (w.length < 3) return null;
  const index = months.findIndex(
    (m) => m === w || (w.length >= 3 && m.startsWith(w) && (w.length === 3 || w === "sept")),
  );
  return index < 0 ? null : index + 1;
}

export function parseMonthDay(text: string): MonthDay | null {
  const t = text.trim().replace(/,/g, " ").replace(/\s+/g, " ");
  const day = String.raw`(\d{1,2})(?:st|nd|rd|th)?`;
  const month = String.raw`([A-Za-z]{3,9}\.?)`;
  const year = String.raw`(?: (\d{4}))?`;
  const patterns: [RegExp, (m: RegExpMatchArray) => [string, string, string | undefined]][] = [
    [new RegExp(`^(?:on )?${month} (?:the )?${day}${year}$`, "i"), (m) => [m[1]!, m[2]!, m[3]]],
    [new RegExp(`^(?:on )?(?:the )?${day} (?:of )?${month}${year}$`, "i"), (m) => [m[2]!, m[1]!, m[3]]],
  ];
  for (const [pattern, pick] of patterns) {
    const match = t.match(pattern);
    if (!match) continue;
    const [monthWord, dayText, yearText] = pick(match);
    const m = monthNumber(monthWord);
    const d = Number(dayText);
    if (!m || d < 1 || d > 31) continue;
    return { month: m, day: d, ...(yearText ? { year: Number(yearText) } : {}) };
  }
  return null;
}
