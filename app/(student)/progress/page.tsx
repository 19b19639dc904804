import type { Metadata } from "next";
import { after } from "next/server";
import Link from "next/link";
import { AccuracyChart, MasteryChart } from "@/components/charts";
import { EmptyState, PageHeader, TableHead, TableScroller } from "@/components/ui";
import { formatInZone } from "@/lib/dates";
import { requireRole } from "@/lib/auth/session.server";
import { progressForStudent } from "@/lib/progress/queries.server";
import { countShownSessions } from "@/lib/study/standing.server";
import { formatShare } from "@/lib/study/format";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage() {
  const user = await requireRole("student");
  const progress = await progressForStudent(user.id, user.timeZone);
  // Answers a passed due date showed are read either way; counting them spares the next page the work.
  after(() => countShownSessions(user.id));
  const mastered = progress.byArticle.reduce((sum, r) => sum + r.mastered, 0);
  const facts = progress.byArticle.reduce((sum, r) => sum + r.facts, 0);
  return (
    <>
      <PageHeader title="Progress" lead="A fact counts as mastered when your latest answer to it was right." />
      {progress.answered === 0 ? (
        <EmptyState title="No progress to show yet" action={{ href: "/study", label: "Take a quiz" }}>
          <p>Your mastery per article and topic appears here after your first quiz.</p>
        </EmptyState>
      ) : (
        <div className="space-y-12">
          <dl className="grid gap-3 sm:grid-cols-3">
            <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <dt className="text-sm text-slate-600 dark:text-slate-400">Facts mastered</dt>
              <dd className="text-2xl font-bold">
                {mastered} / {facts}
              </dd>
            </div>
            <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <dt className="text-sm text-slate-600 dark:text-slate-400">Answers given</dt>
              <dd className="text-2xl font-bold">{progress.answered}</dd>
            </div>
            <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
              <dt className="text-sm text-slate-600 dark:text-slate-400">Overall accuracy</dt>
              <dd className="text-2xl font-bold">{formatShare(progress.correct / progress.answered)}</dd>
            </div>
          </dl>
          <div className="grid gap-12 lg:grid-cols-2">
            <MasteryChart id="by-article" title="Mastery per article" rows={progress.byArticle} />
            <MasteryChart id="by-topic" title="Mastery per topic" rows={progress.byTopic} />
          </div>
          <AccuracyChart days={progress.byDay} />
          <section aria-labelledby="sessions-heading">
            <h2 id="sessions-heading" className="text-lg font-semibold">
              Recent quizzes
            </h2>
            <TableScroller label="Recent quizzes">
              <table className="w-full text-left text-sm">
                <TableHead
                  columns={[{ label: "Quiz" }, { label: `Started (${user.timeZone})` }, { label: "Score", end: true }]}
                />
                <tbody>
                  {progress.sessions.map((s) => (
                    <tr key={s.id} className="border-b border-slate-200 dark:border-slate-700">
                      <th scope="row" className="py-2 pr-2 font-normal">
                        <Link href={s.finishedAt ? `/study/${s.id}/results` : `/study/${s.id}`} className="underline">
                          {s.title}
                        </Link>
                        {s.finishedAt ? null : (
                          <span className="ml-2 text-slate-600 dark:text-slate-400">(in progress)</span>
                        )}
                      </th>
                      <td className="px-2 py-2">{formatInZone(s.createdAt, user.timeZone, { withZone: false })}</td>
                      <td className="px-2 py-2 text-right">
                        {s.correct === null ? "Answers shown later" : `${s.correct} / ${s.total}`}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableScroller>
          </section>
        </div>
      )}
    </>
  );
}
