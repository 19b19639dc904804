import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui";
import { JoinClassForm } from "@/components/classes/join-class-form";
import { StudyChooser } from "@/components/quiz/study-chooser";
import { requireRole } from "@/lib/auth/session.server";
import { topicLabel } from "@/lib/facts/labels";
import { listArticles } from "@/lib/facts/queries.server";
import { recentSessions } from "@/lib/study/sessions.server";
import { classesOfStudent } from "@/lib/classes/classes.server";
import { assignmentsForStudent } from "@/lib/assignments/assignments.server";
import { StudentAssignments } from "@/components/assignments/student-assignments";
import { joinClassAction, startAssignment, startPractice, startQuickQuiz } from "./actions";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const user = await requireRole("student");
  const [articles, sessions, classes, assignments] = await Promise.all([
    listArticles(user),
    recentSessions(user.id, 20),
    classesOfStudent(user.id),
    assignmentsForStudent(user.id, user.timeZone, new Date()),
  ]);
  const topics = [...new Set(articles.flatMap((a) => a.topics))]
    .sort()
    .map((t) => ({ value: t, label: topicLabel(t) }));
  // Assignments list their own attempts in progress.
  const open = sessions.filter((s) => !s.finishedAt && !s.isAssignment);
  return (
    <>
      <PageHeader
        title="Study"
        lead="Practise with questions drawn from the source articles. After every answer you see the passage it comes from."
      />
      {assignments.length ? (
        <StudentAssignments assignments={assignments} timeZone={user.timeZone} start={startAssignment} />
      ) : null}
      {open.length ? (
        <section aria-labelledby="open-heading" className="mb-10">
          <h2 id="open-heading" className="text-xl font-bold">
            Continue where you left off
          </h2>
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {open.map((s) => (
              <li key={s.id} className="rounded-xl border border-slate-200 p-4 dark:border-slate-700">
                <Link href={`/study/${s.id}`} className="font-semibold underline">
                  {s.title}
                </Link>
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  {s.answered} of {s.total} answered
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <StudyChooser
        articles={articles.map((a) => ({ value: a.slug, label: a.title, facts: a.factCount }))}
        topics={topics}
        startPractice={startPractice}
        startQuickQuiz={startQuickQuiz}
      />
      <div className="mt-12 grid gap-8 border-t border-slate-200 pt-8 sm:grid-cols-2 dark:border-slate-800">
        <section aria-labelledby="my-classes-heading">
          <h2 id="my-classes-heading" className="text-xl font-bold">
            My classes
          </h2>
          {classes.length ? (
            <ul className="mt-3 space-y-2">
              {classes.map((c) => (
                <li key={c.id}>
                  <span className="font-semibold">{c.name}</span>{" "}
                  <span className="text-slate-700 dark:text-slate-300">with {c.teacher}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-3 text-slate-700 dark:text-slate-300">
              You are not in a class yet. Your teacher’s assignments appear here once you join.
            </p>
          )}
        </section>
        <JoinClassForm join={joinClassAction} />
      </div>
    </>
  );
}
