/** Numbers and dates in what students and sources write, read as values. */

/** The numbers written in a text, whatever the thousands separator: "4,578", "4 578", "4578". */
export function numbersIn(text: string): number[] {
  const matches = text.normalize("NFKC").match(/\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?!\d)|\d+(?:\.\d+)?/g) ?? [];
  return matches.map((m) => Number(m.replace(/[,\u00a0\u202f ]/g, "")));
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
    [new RegExp(`^(?:on )?${month} ${day}${year}$`, "i"), (m) => [m[1]!, m[2]!, m[3]]],
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
