import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { GradebookTable } from "@/components/assignments/gradebook-table";
import { ActionButton } from "@/components/classes/action-button";
import { RescheduleForm } from "@/components/assignments/reschedule-form";
import {
  acceptAnswerAction,
  deleteAssignmentAction,
  rescheduleAssignmentAction,
  unacceptAnswerAction,
} from "../../../actions";
import { QuestionAnalysisList } from "@/components/assignments/question-analysis";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { gradebookSortSchema } from "@/lib/assignments/gradebook";
import { assignmentForTeacher } from "@/lib/assignments/assignments.server";
import { gradebookOf, questionAnalyticsOf } from "@/lib/assignments/gradebook.server";
import { answerPolicyLabels, scoringLabels } from "@/lib/assignments/policy";
import { formatInZone, localValue } from "@/lib/dates";

export const metadata: Metadata = { title: "Assignment" };

type Props = {
  params: Promise<{ classId: string; assignmentId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The teacher's view of one assignment: its rules, the gradebook and how each question went. */
export default async function AssignmentPage({ params, searchParams }: Props) {
  const user = await requireRole("teacher");
  const { classId, assignmentId } = await params;
  const sort = gradebookSortSchema.parse(await searchParams);
  const assignment = await assignmentForTeacher(user.id, assignmentId, classId);
  if (!assignment) notFound();
  const [gradebook, questions] = await Promise.all([gradebookOf(assignment, sort), questionAnalyticsOf(assignment)]);
  const basePath = `/classes/${classId}/assignments/${assignmentId}`;
  const started = gradebook.rows.some((row) => row.attempts > 0);
  const zone = user.timeZone;
  return (
    <>
      <BackLink href={`/classes/${classId}`}>{assignment.className}</BackLink>
      <PageHeader title={assignment.title} lead={`Deck: ${assignment.deckName}`} />
      <dl className="mb-8 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Open</dt>
        <dd>
          {formatInZone(assignment.opensAt, zone)} → due {formatInZone(assignment.dueAt, zone)}
        </dd>
        <dt className="font-medium">Attempts</dt>
        <dd>
          {assignment.maxAttempts ?? "Unlimited"} · {scoringLabels[assignment.scoring]} counts
        </dd>
        <dt className="font-medium">Answers visible</dt>
        <dd>
          {answerPolicyLabels[assignment.answersVisible]} ·{" "}
          {assignment.allowLate ? "late work accepted and marked" : "no late work"}
        </dd>
      </dl>

      <details className="mb-8 rounded-xl border border-slate-200 p-4 dark:border-slate-700">
        <summary className="cursor-pointer font-semibold">Change dates</summary>
        <RescheduleForm
          // Remounts (fresh defaults) only when the time zone changes; after a save it keeps its "Dates saved."
          key={zone}
          assignmentId={assignmentId}
          timeZone={zone}
          current={{
            opensAt: localValue(assignment.opensAt, zone),
            dueAt: localValue(assignment.dueAt, zone),
            allowLate: assignment.allowLate,
          }}
          reschedule={rescheduleAssignmentAction}
        />
      </details>

      <section aria-labelledby="gradebook-heading" className="mb-12">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="gradebook-heading" className="text-xl font-bold">
            Gradebook
          </h2>
          <span className="flex flex-wrap gap-x-4 gap-y-1">
            <a href={`${basePath}/gradebook.csv`} className="text-sm font-medium underline" download>
              Download gradebook (CSV)
            </a>
            <a href={`${basePath}/answers.csv`} className="text-sm font-medium underline" download>
              Download every answer (CSV)
            </a>
          </span>
        </div>
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
          Open a student to see each of their answers with its source, and mark an answer right or wrong where the
          automatic grading got it wrong.
        </p>
        {gradebook.rows.length ? (
          <GradebookTable rows={gradebook.rows} sort={sort} basePath={basePath} timeZone={zone} />
        ) : (
          <p className="mt-2 text-slate-700 dark:text-slate-300">No students in this class yet.</p>
        )}
      </section>

      <section aria-labelledby="questions-heading">
        <div className="flex flex-wrap items-baseline justify-between gap-3">
          <h2 id="questions-heading" className="text-xl font-bold">
            Questions, hardest first
          </h2>
          <a href={`${basePath}/questions.csv`} className="text-sm font-medium underline" download>
            Download question analysis (CSV)
          </a>
        </div>
        <QuestionAnalysisList
          questions={questions}
          regrade={{ assignmentId: assignment.id, accept: acceptAnswerAction, unaccept: unacceptAnswerAction }}
        />
      </section>

      <section aria-labelledby="delete-heading" className="mt-12 border-t border-slate-200 pt-6 dark:border-slate-700">
        <h2 id="delete-heading" className="text-lg font-bold">
          Delete this assignment
        </h2>
        {started ? (
          <p className="mt-1 max-w-prose text-sm text-slate-700 dark:text-slate-300">
            Students have started it, so it stays: their work is in the gradebook. To close it, change its due date.
          </p>
        ) : (
          <>
            <p className="mt-1 mb-3 max-w-prose text-sm text-slate-700 dark:text-slate-300">
              No student has started it yet. Deleting it takes it off the class&apos;s Study page; the deck stays.
            </p>
            <ActionButton
              action={deleteAssignmentAction}
              payload={{ assignmentId }}
              label="Delete assignment"
              pendingLabel="Deleting…"
              variant="danger"
              confirm={`Delete “${assignment.title}” from ${assignment.className}? The students will no longer see it. The deck “${assignment.deckName}” stays.`}
            />
          </>
        )}
      </section>
    </>
  );
}
