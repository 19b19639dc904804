/**
 * Reading a fact table file (pure): the separator, the header, the rows with their spreadsheet
 * numbers, and where each quote sits in the article. The import (`facts-import.server.ts`)
 * checks and saves what this reads.
 */
import { parse } from "csv-parse/sync";
import { fail, ok, type Result } from "@/lib/result";
import { factCsvColumns } from "./fact-columns";

export const MAX_FACTS_CSV_ROWS = 500;
/** Longer than any quote the checker allows (400), so only a mistaken cell is refused here. */
const MAX_QUOTE_CHARS = 2_000;

export type FactColumn = (typeof factCsvColumns)[number];
const requiredColumns: FactColumn[] = ["quote", "statement", "question", "answer", "answer type"];

export interface TableRow {
  /** The spreadsheet's row number: the header is row 1. */
  row: number;
  cells: Record<FactColumn, string>;
}

/**
 * The separator a spreadsheet saved the file with: a comma, or a semicolon where the decimal
 * separator is a comma (Excel in much of Europe), or a tab. Read from the header row, whose
 * column names contain none of them.
 */
export function delimiterOf(csv: string): string {
  const header = csv.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (separator: string) => header.split(separator).length;
  return [",", ";", "\t"].reduce((best, separator) => (count(separator) > count(best) ? separator : best));
}

/** Undoes csv-stringify's guard against spreadsheet formulas (`escape_formulas`): "'=…" back to "=…". */
const unguard = (cell: string) => cell.replace(/^'(?=[=+\-@\t\r＝＋－＠])/, "");

const shortList = (names: string[]) =>
  names
    .slice(0, 8)
    .map((n) => `“${n.length > 40 ? `${n.slice(0, 40)}…` : n}”`)
    .join(", ") + (names.length > 8 ? ` and ${names.length - 8} more` : "");

/**
 * The file's rows under its header. Header names are matched without regard to case; columns
 * without a name are ignored, and so are rows with nothing in them (a spreadsheet writes a row of
 * separators for a row it emptied), though they keep their row number.
 */
export function readFactTable(csv: string): Result<TableRow[]> {
  let records: string[][];
  try {
    records = parse(csv, {
      bom: true,
      delimiter: delimiterOf(csv),
      relax_column_count: true,
      skip_empty_lines: false,
      cast: unguard,
    }) as string[][];
  } catch (error) {
    return fail("invalid", `The file is not a CSV file we can read: ${(error as Error).message}`);
  }
  const header = (records[0] ?? []).map((name) => name.trim().toLowerCase());
  const named = header.filter(Boolean);
  const duplicated = named.filter((name, i) => named.indexOf(name) !== i);
  if (duplicated.length) return fail("invalid", `These columns appear twice: ${shortList([...new Set(duplicated)])}.`);
  const missing = requiredColumns.filter((c) => !named.includes(c));
  const unknown = named.filter((c) => !(factCsvColumns as readonly string[]).includes(c));
  if (missing.length || unknown.length)
    return fail(
      "invalid",
      [
        missing.length ? `Missing columns: ${missing.join(", ")}.` : "",
        unknown.length ? `Unknown columns: ${shortList(unknown)}.` : "",
        `The columns are: ${factCsvColumns.join(", ")}.`,
      ]
        .filter(Boolean)
        .join(" "),
    );

  const rows: TableRow[] = [];
  for (const [i, record] of records.entries()) {
    if (i === 0 || record.every((cell) => !cell.trim())) continue;
    const cells = Object.fromEntries(factCsvColumns.map((c) => [c, ""])) as Record<FactColumn, string>;
    header.forEach((name, column) => {
      if (name) cells[name as FactColumn] = record[column] ?? "";
    });
    rows.push({ row: i + 1, cells });
  }
  if (!rows.length) return fail("invalid", "The file has no facts: a header row and one row per fact.");
  if (rows.length > MAX_FACTS_CSV_ROWS)
    return fail("invalid", `At most ${MAX_FACTS_CSV_ROWS} facts in one file (this one has ${rows.length}).`);
  return ok(rows);
}

export interface ArticleText {
  text: string;
  bodyStart: number;
  boilerplate: { start: number; end: number }[];
}

type Range = { start: number; end: number };

/**
 * Where a quote sits: word for word in the article's body, outside boilerplate, as whole words
 * ("ten people" is not found inside "often people"); runs of spaces and line breaks may differ (a
 * spreadsheet rewraps long cells). The first such place, or `keep` when the quote is also there,
 * so a fact imported again stays on the passage it was on.
 */
export function locateQuoteIn(article: ArticleText, quote: string, keep?: Range): Range | "set-aside" | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length || quote.length > MAX_QUOTE_CHARS) return null;
  const edge = /^[\p{L}\p{N}]/u;
  const pattern = new RegExp(
    (edge.test(words[0]!) ? "(?<![\\p{L}\\p{N}])" : "") +
      words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+") +
      (/[\p{L}\p{N}]$/u.test(words.at(-1)!) ? "(?![\\p{L}\\p{N}])" : ""),
    "gu",
  );
  let setAside = false;
  let first: Range | null = null;
  for (const match of article.text.matchAll(pattern)) {
    const range = { start: match.index, end: match.index + match[0].length };
    if (range.start < article.bodyStart || article.boilerplate.some((b) => range.start < b.end && b.start < range.end))
      setAside = true;
    else if (keep && range.start === keep.start && range.end === keep.end) return range;
    else first ??= range;
  }
  return first ?? (setAside ? "set-aside" : null);
}
