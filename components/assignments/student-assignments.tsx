import Link from "next/link";
import { StartButton, type StartSession } from "@/components/quiz/start-button";
import { answerPolicyLabels, studentStatusLabels, type StudentStatus } from "@/lib/assignments/policy";
import { formatInZone } from "@/lib/dates";
import type { StudentAssignment } from "@/lib/assignments/assignments.server";
import { formatShare } from "@/lib/study/format";

const statusStyle: Record<StudentStatus, string> = {
  "not-open": "bg-slate-100 text-slate-800 dark:bg-slate-800 dark:text-slate-100",
  "to-do": "bg-brand-50 text-brand-900 dark:bg-slate-800 dark:text-brand-100",
  "in-progress": "bg-amber-100 text-amber-900 dark:bg-amber-900 dark:text-amber-100",
  done: "bg-emerald-100 text-emerald-900 dark:bg-emerald-900 dark:text-emerald-100",
  overdue: "bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100",
};

/** The student's assignments on /study: status, due date in their time zone, attempts, score. */
export function StudentAssignments({
  assignments,
  timeZone,
  start,
}: {
  assignments: StudentAssignment[];
  timeZone: string;
  start: StartSession;
}) {
  return (
    <section aria-labelledby="assignments-heading" className="mb-10">
      <h2 id="assignments-heading" className="text-xl font-bold">
        Assignments
      </h2>
      <ul className="mt-3 grid gap-3 sm:grid-cols-2">
        {assignments.map((a) => (
          <li
            key={a.id}
            className="flex flex-col gap-2 rounded-xl border border-slate-200 p-4 dark:border-slate-700"
            data-assignment={a.title}
          >
            <div className="flex items-start justify-between gap-2">
              <h3 className="font-semibold">{a.title}</h3>
              <span className={`shrink-0 rounded-full px-2.5 py-0.5 text-sm font-semibold ${statusStyle[a.status]}`}>
                {studentStatusLabels[a.status]}
              </span>
            </div>
            <p className="text-sm text-slate-700 dark:text-slate-300">{a.className}</p>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
              <dt className="text-slate-600 dark:text-slate-400">Due</dt>
              <dd>
                {formatInZone(a.dueAt, timeZone)}
                {a.allowLate ? " · late work accepted" : ""}
              </dd>
              <dt className="text-slate-600 dark:text-slate-400">Attempts</dt>
              <dd>
                {a.attemptsUsed} of {a.maxAttempts ?? "unlimited"}
              </dd>
              <dt className="text-slate-600 dark:text-slate-400">Score</dt>
              <dd>
                {a.scoreHidden
                  ? `Shown ${answerPolicyLabels[a.answersVisible].toLowerCase()}`
                  : a.score === null
                    ? "—"
                    : `${formatShare(a.score)} (${a.scoring} attempt)`}
              </dd>
            </dl>
            <div className="mt-auto flex flex-wrap items-center gap-3 pt-2">
              {a.openSessionId ? (
                <StartButton action={start} payload={{ assignmentId: a.id }} label="Continue" />
              ) : a.blocked ? (
                <p className="text-sm text-slate-700 dark:text-slate-300">{a.blocked}</p>
              ) : (
                <StartButton
                  action={start}
                  payload={{ assignmentId: a.id }}
                  label={a.attemptsUsed ? "Try again" : "Start"}
                />
              )}
              {a.lastSessionId ? (
                <Link href={`/study/${a.lastSessionId}/results`} className="text-sm font-medium underline">
                  Your last attempt
                </Link>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
