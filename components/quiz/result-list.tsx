import type { ReactNode } from "react";
import { CitationView } from "@/components/quiz/citation";
import type { ResultRow } from "@/lib/study/sessions.server";
import { teacherMarkVerdict, verdictLabels } from "@/lib/grading/teacher-marks";

const verdictStyle = {
  correct: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  close: "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  incorrect: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
} as const;

/**
 * Every question of an attempt: the verdict, the answer given, the right one and its source; while
 * a policy hides them (no verdict), only the answer given. For the student's results and the
 * teacher's view of a student.
 */
export function ResultList({
  rows,
  reader = "student",
  markControls,
}: {
  rows: ResultRow[];
  /** Whose answers these are to the reader: "Your answer … your teacher", or "Answer … you". */
  reader?: "student" | "teacher";
  /** The teacher's controls to mark one answer right or wrong. */
  markControls?: (row: ResultRow) => ReactNode;
}) {
  const answerLabel = reader === "student" ? "Your answer" : "Answer";
  const markedBy = reader === "student" ? "your teacher" : "you";
  return (
    <ol className="mt-4 space-y-6">
      {rows.map((row) => (
        <li key={row.position} className="rounded-xl border border-slate-200 p-5 dark:border-slate-700">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <h3 className="font-semibold">
              {row.position}. {row.stem}
            </h3>
            {row.verdict ? (
              <span className={`rounded-full px-2.5 py-0.5 text-sm font-semibold ${verdictStyle[row.verdict]}`}>
                {row.teacherMark ? teacherMarkVerdict(row.teacherMark, markedBy) : verdictLabels[row.verdict]}
              </span>
            ) : null}
          </div>
          {row.verdict ? (
            <>
              <p className="mt-2 text-sm">
                {answerLabel}: <strong>{row.yourAnswer}</strong> · Right answer: <strong>{row.expected}</strong>
                {row.kind === "true-false" && row.expected === "False" ? (
                  <> (the source says {row.sourceAnswer})</>
                ) : null}
              </p>
              {row.teacherMark && row.graderVerdict && row.graderVerdict !== row.verdict ? (
                <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                  The automatic grading said: {verdictLabels[row.graderVerdict]}.
                </p>
              ) : null}
              {markControls ? <div className="mt-2">{markControls(row)}</div> : null}
              <div className="mt-3">
                {row.citation ? <CitationView citation={row.citation} headingLevel={4} /> : null}
              </div>
            </>
          ) : row.yourAnswer !== null ? (
            <p className="mt-2 text-sm">
              {answerLabel}: <strong>{row.yourAnswer}</strong>
            </p>
          ) : (
            <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Not answered yet.</p>
          )}
        </li>
      ))}
    </ol>
  );
}
