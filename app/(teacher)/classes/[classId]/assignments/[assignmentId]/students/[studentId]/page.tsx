import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CitationView } from "@/components/quiz/citation";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { studentAttemptsForTeacher } from "@/lib/assignments/gradebook.server";
import { formatInZone } from "@/lib/assignments/policy";
import { formatDuration } from "@/lib/study/format";

export const metadata: Metadata = { title: "Student's attempts" };

type Props = { params: Promise<{ classId: string; assignmentId: string; studentId: string }> };

const verdictLabel = { correct: "Correct", close: "Close (scored wrong)", incorrect: "Wrong" } as const;

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
      <PageHeader title={student.name} lead={`${student.email} · ${attempts.length} attempt${attempts.length === 1 ? "" : "s"}`} />
      {attempts.length ? null : <p className="text-slate-700 dark:text-slate-300">No attempts yet.</p>}
      {attempts.map((attempt, index) => (
        <section key={attempt.id} aria-labelledby={`attempt-${attempt.id}`} className="mb-10">
          <h2 id={`attempt-${attempt.id}`} className="text-xl font-bold">
            Attempt {index + 1}: {attempt.correct} / {attempt.total}
          </h2>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Started {formatInZone(attempt.createdAt, user.timeZone)} · {attempt.finishedAt ? `finished, ${formatDuration(attempt.totalTimeMs)}` : "not finished"}
            {attempt.late ? " · late" : ""}
          </p>
          <ol className="mt-4 space-y-4">
            {attempt.rows.map((row) => (
              <li key={row.position} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
                <h3 className="font-semibold">
                  {row.position}. {row.stem}
                </h3>
                {row.verdict ? (
                  <>
                    <p className="mt-1 text-sm">
                      {verdictLabel[row.verdict]} · answered <strong>{row.yourAnswer}</strong> · right answer <strong>{row.expected}</strong>
                      {row.kind === "true-false" && row.expected === "False" ? <> (the source says {row.sourceAnswer})</> : null}
                    </p>
                    <div className="mt-2">{row.citation ? <CitationView citation={row.citation} headingLevel={4} /> : null}</div>
                  </>
                ) : (
                  <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">Not answered.</p>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
    </>
  );
}
