import type { Metadata } from "next";
import Link from "next/link";
import { PageHeader } from "@/components/ui";
import { StudyChooser } from "@/components/quiz/study-chooser";
import { requireRole } from "@/lib/auth/session.server";
import { topicLabel } from "@/lib/facts/labels";
import { listArticles } from "@/lib/facts/queries.server";
import { recentSessions } from "@/lib/study/sessions.server";
import { startPractice, startQuickQuiz } from "./actions";

export const metadata: Metadata = { title: "Study" };

export default async function StudyPage() {
  const user = await requireRole("student");
  const [articles, sessions] = await Promise.all([listArticles(), recentSessions(user.id, 20)]);
  const topics = [...new Set(articles.flatMap((a) => a.topics))].sort().map((t) => ({ value: t, label: topicLabel(t) }));
  const open = sessions.filter((s) => !s.finishedAt);
  return (
    <>
      <PageHeader
        title="Study"
        lead="Practise with questions drawn from the source articles. After every answer you see the passage it comes from."
      />
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
    </>
  );
}
