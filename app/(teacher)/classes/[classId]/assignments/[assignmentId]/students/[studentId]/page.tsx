import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ResultList } from "@/components/quiz/result-list";
import { AnswerMarkControls } from "@/components/assignments/answer-mark";
import { markAnswerAction } from "../../../../../actions";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { studentAttemptsForTeacher } from "@/lib/assignments/gradebook.server";
import { formatInZone } from "@/lib/dates";
import { formatDuration } from "@/lib/study/format";

export const metadata: Metadata = { title: "Student's attempts" };

type Props = { params: Promise<{ classId: string; assignmentId: string; studentId: string }> };

/** Every attempt of one student at an assignment, each answer with the right one and its source. */
export default async function StudentAttemptsPage({ params }: Props) {
  const user = await requireRole("teacher");
  const { classId, assignmentId, studentId } = await params;
  const found = await studentAttemptsForTeacher(user.id, assignmentId, studentId, classId);
  if (!found) notFound();
  const { assignment, student, attempts } = found;
  return (
    <>
      <BackLink href={`/classes/${classId}/assignments/${assignmentId}`}>{assignment.title}</BackLink>
      <PageHeader
        title={student.name}
        lead={`${student.email} · ${attempts.length} attempt${attempts.length === 1 ? "" : "s"}`}
      />
      {attempts.length ? (
        <p className="mb-6 max-w-prose text-slate-700 dark:text-slate-300">
          Where the automatic grading got an answer wrong, mark it right or wrong: the score, the gradebook and what{" "}
          {student.name} sees change at once, and the answer shows as marked by you.
        </p>
      ) : (
        <p className="text-slate-700 dark:text-slate-300">No attempts yet.</p>
      )}
      {attempts.map((attempt, index) => (
        <section key={attempt.id} aria-labelledby={`attempt-${attempt.id}`} className="mb-10">
          <h2 id={`attempt-${attempt.id}`} className="text-xl font-bold">
            Attempt {index + 1}: {attempt.correct} / {attempt.total}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Started {formatInZone(attempt.createdAt, user.timeZone)} ·{" "}
            {attempt.finishedAt ? `finished, ${formatDuration(attempt.totalTimeMs)}` : "not finished"}
            {attempt.late ? " · late" : ""}
          </p>
          <ResultList
            rows={attempt.rows}
            reader="teacher"
            markControls={(row) => <AnswerMarkControls row={row} action={markAnswerAction} />}
          />
        </section>
      ))}
    </>
  );
}
