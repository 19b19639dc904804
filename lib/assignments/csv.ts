/**
 * CSV exports of the gradebook and the per-question analytics (csv-stringify: quoting of commas,
 * quotes and line breaks). UTF-8 with a byte-order mark, so spreadsheets read "Kasim Cömert" right.
 * Cells that start like a formula (=, +, -, @) are prefixed with ' so a spreadsheet never runs
 * what a student typed as their name or answer.
 */
import { stringify } from "csv-stringify/sync";
import type { GradebookRow } from "./gradebook";
import { localValue } from "@/lib/dates";

const BOM = "\uFEFF";

/** "2026-12-01 09:05" in the given time zone: a value spreadsheets sort and read as a date. */
const spreadsheetTime = (instant: Date | null, timeZone: string) =>
  instant ? localValue(instant, timeZone).replace("T", " ") : "";

const percent = (share: number | null) => (share === null ? "" : String(Math.round(share * 1000) / 10));

export function gradebookCsv(rows: readonly GradebookRow[], timeZone: string): string {
  return (
    BOM +
    stringify(
      rows.map((r) => [
        r.name,
        r.email,
        r.enrolled ? "yes" : "no (removed)",
        percent(r.score),
        r.attempts,
        r.finishedAttempts,
        Math.round(r.timeMs / 1000),
        spreadsheetTime(r.lastActivity, timeZone),
        r.late ? "yes" : "no",
      ]),
      {
        header: true,
        escape_formulas: true,
        columns: [
          "Student",
          "Email",
          "In class",
          "Score (%)",
          "Attempts",
          "Finished attempts",
          "Time spent (s)",
          `Last activity (${timeZone})`,
          "Late",
        ],
      },
    )
  );
}

export interface AnalyticsCsvRow {
  question: string;
  rightAnswer: string;
  answered: number;
  share: number;
  wrongAnswers: { answer: string; count: number }[];
  passage: string;
  article: string;
}

export function analyticsCsv(rows: readonly AnalyticsCsvRow[]): string {
  return (
    BOM +
    stringify(
      rows.map((r) => [
        r.question,
        r.rightAnswer,
        r.answered,
        percent(r.share),
        r.wrongAnswers.map((w) => `${w.answer} (${w.count})`).join("; "),
        r.passage,
        r.article,
      ]),
      {
        header: true,
        escape_formulas: true,
        columns: [
          "Question",
          "Right answer",
          "Answers",
          "Correct (%)",
          "Most common wrong answers",
          "Source passage",
          "Article",
        ],
      },
    )
  );
}
