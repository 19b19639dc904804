import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ResultList } from "@/components/quiz/result-list";
import { BackLink, ButtonLink } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { formatDuration, formatShare } from "@/lib/study/format";
import { sessionResults } from "@/lib/study/sessions.server";
import { formatInZone } from "@/lib/dates";

type Props = { params: Promise<{ sessionId: string }> };

export const metadata: Metadata = { title: "Results" };

export default async function ResultsPage({ params }: Props) {
  const user = await requireRole("student");
  const results = await sessionResults(user.id, (await params).sessionId);
  if (!results) notFound();
  const answered = results.rows.filter((r) => r.yourAnswer !== null).length;
  const { hiddenUntil } = results;
  return (
    <div className="mx-auto max-w-3xl">
      <BackLink href="/study">Study</BackLink>
      <h1 className="text-3xl font-bold tracking-tight">Results</h1>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{results.title}</p>
      {hiddenUntil ? (
        <div
          role="status"
          className="mt-6 rounded-lg border-l-4 border-brand-600 bg-brand-50 p-4 dark:border-brand-300 dark:bg-slate-800"
        >
          <p className="font-semibold">
            {answered} of {results.total} answers saved
          </p>
          <p className="mt-1 text-sm">
            {hiddenUntil.when === "after-attempt"
              ? "Your teacher shows the right answers and their sources when you finish this attempt."
              : `Your teacher shows your score, the right answers and their sources after the due date: ${formatInZone(hiddenUntil.dueAt, user.timeZone)}.`}
          </p>
        </div>
      ) : (
        <dl className="mt-6 grid grid-cols-3 gap-3 text-center">
          <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <dt className="text-sm text-slate-600 dark:text-slate-400">Score</dt>
            <dd className="text-2xl font-bold">
              {results.correct} / {results.total}
            </dd>
          </div>
          <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <dt className="text-sm text-slate-600 dark:text-slate-400">Accuracy</dt>
            <dd className="text-2xl font-bold">{formatShare(answered ? (results.correct ?? 0) / answered : 0)}</dd>
          </div>
          <div className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
            <dt className="text-sm text-slate-600 dark:text-slate-400">Time</dt>
            <dd className="text-2xl font-bold">{formatDuration(results.totalTimeMs)}</dd>
          </div>
        </dl>
      )}
      {answered < results.total ? (
        <p className="mt-4">
          {results.total - answered} question(s) not answered.{" "}
          {results.acceptsAnswers ? (
            <Link href={`/study/${results.id}`} className="font-medium underline">
              Continue the quiz
            </Link>
          ) : (
            "The due date has passed, so this attempt is closed."
          )}
        </p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        {hiddenUntil ? (
          <ButtonLink href="/study">Back to Study</ButtonLink>
        ) : (
          <>
            <ButtonLink href="/review">Review what you missed</ButtonLink>
            <ButtonLink href="/study" variant="secondary">
              Start another quiz
            </ButtonLink>
          </>
        )}
      </div>
      <h2 className="mt-10 text-xl font-bold">Every question</h2>
      <ResultList rows={results.rows} />
    </div>
  );
}
