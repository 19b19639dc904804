/**
 * CSV exports of the gradebook and the per-question analytics (csv-stringify: quoting of commas,
 * quotes and line breaks). UTF-8 with a byte-order mark, so spreadsheets read "Kasim Cömert" right.
 * Cells that start like a formula (=, +, -, @) are prefixed with ' so a spreadsheet never runs
 * what a student typed as their name or answer.
 */
import { stringify } from "csv-stringify/sync";
import type { GradebookRow } from "./gradebook";
import { localValue } from "@/lib/dates";
import { teacherMarkCounts, teacherMarkVerdict, verdictLabels, type TeacherMark } from "@/lib/grading/teacher-marks";

const BOM = "\uFEFF";

/** "2026-12-01 09:05" in the given time zone: a value spreadsheets sort and read as a date. */
const spreadsheetTime = (instant: Date | null, timeZone: string) =>
  instant ? localValue(instant, timeZone).replace("T", " ") : "";

const percent = (share: number | null) => (share === null ? "" : String(Math.round(share * 1000) / 10));

/** Per student, how many of their answers the teacher decided (accepted, marked right, marked wrong). */
export type TeacherChanges = ReadonlyMap<string, Partial<Record<TeacherMark, number>>>;

export function gradebookCsv(rows: readonly GradebookRow[], timeZone: string, changes: TeacherChanges): string {
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
        teacherMarkCounts(changes.get(r.studentId) ?? {}),
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
          "Answers decided by the teacher",
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
  /** The discrimination index, or null when there is none (too few attempts, no spread). */
  discrimination: number | null;
  medianTimeMs: number | null;
  /** Multiple choice and true/false: how many picked each option. */
  options: { option: string; count: number; correct: boolean }[];
  /** Typed answers the teacher accepted for this question. */
  acceptedAnswers: string[];
  flags: string[];
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
        r.discrimination === null ? "" : Math.round(r.discrimination * 100) / 100,
        r.medianTimeMs === null ? "" : (r.medianTimeMs / 1000).toFixed(1),
        r.options.map((o) => `${o.option}${o.correct ? " (right)" : ""}: ${o.count}`).join("; "),
        r.wrongAnswers.map((w) => `${w.answer} (${w.count})`).join("; "),
        r.acceptedAnswers.join("; "),
        r.flags.join("; "),
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
          "Discrimination",
          "Median time (s)",
          "Answers per option",
          "Most common wrong answers",
          "Answers accepted by the teacher",
          "Flags",
          "Source passage",
          "Article",
        ],
      },
    )
  );
}

/** One answer (or unanswered question) of one attempt, for the per-answer export. */
export interface AnswerCsvRow {
  student: string;
  email: string;
  /** 1 for the student's first attempt at the assignment. */
  attempt: number;
  position: number;
  question: string;
  answer: string | null;
  rightAnswer: string;
  verdict: "correct" | "close" | "incorrect" | null;
  teacherMark: TeacherMark | null;
  graderVerdict: "correct" | "close" | "incorrect" | null;
  timeMs: number | null;
  answeredAt: Date | null;
}

/** Every answer of every attempt, with who decided its verdict: the grader or the teacher (and what the grader said). */
export function answersCsv(rows: readonly AnswerCsvRow[], timeZone: string): string {
  return (
    BOM +
    stringify(
      rows.map((r) => [
        r.student,
        r.email,
        r.attempt,
        r.position,
        r.question,
        r.answer ?? "",
        r.rightAnswer,
        r.verdict ? verdictLabels[r.verdict] : "Not answered",
        r.teacherMark ? teacherMarkVerdict(r.teacherMark, "the teacher") : r.verdict ? "Automatic grading" : "",
        r.teacherMark && r.graderVerdict ? verdictLabels[r.graderVerdict] : "",
        r.timeMs === null ? "" : (r.timeMs / 1000).toFixed(1),
        spreadsheetTime(r.answeredAt, timeZone),
      ]),
      {
        header: true,
        escape_formulas: true,
        columns: [
          "Student",
          "Email",
          "Attempt",
          "Question number",
          "Question",
          "Answer",
          "Right answer",
          "Result",
          "Decided by",
          "Automatic grading said",
          "Time (s)",
          `Answered at (${timeZone})`,
        ],
      },
    )
  );
}
