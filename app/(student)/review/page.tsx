import type { Metadata } from "next";
import { after } from "next/server";
import { z } from "zod";
import { CitationView } from "@/components/quiz/citation";
import { StartButton } from "@/components/quiz/start-button";
import { EmptyState, PageHeader, Pager } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { REVIEW_PAGE_SIZE, reviewForStudent } from "@/lib/progress/queries.server";
import { countShownSessions } from "@/lib/study/standing.server";
import { startRetryMissed } from "../study/actions";

export const metadata: Metadata = { title: "Review" };

const pageSchema = z.object({ page: z.coerce.number().int().min(1).max(100_000).catch(1) });

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireRole("student");
  const { page } = pageSchema.parse(await searchParams);
  const { groups, total: count, page: shown, pages } = await reviewForStudent(user.id, page);
  // Answers a passed due date showed are read either way; counting them spares the next page the work.
  after(() => countShownSessions(user.id));
  const pager = (
    <Pager
      path="/review"
      page={shown}
      pages={pages}
      label="Pages of missed questions"
      newer="Newer misses"
      older="Older misses"
    />
  );
  return (
    <>
      <PageHeader
        title="Review"
        lead="Every question you missed, with the passage that answers it. Answer one correctly and it leaves this list."
      />
      {count === 0 ? (
        <EmptyState title="Nothing to review" action={{ href: "/study", label: "Take a quiz" }}>
          <p>Questions you miss collect here with their sources, until you get them right.</p>
        </EmptyState>
      ) : (
        <>
          <div className="mb-8 flex flex-wrap items-center gap-4 rounded-xl border border-slate-200 p-5 dark:border-slate-700">
            <p className="grow">
              <strong>{count}</strong> question{count === 1 ? "" : "s"} to review.
            </p>
            <StartButton action={startRetryMissed} label={`Retry missed (${Math.min(count, 50)})`} />
          </div>
          {pages > 1 ? (
            <p className="mb-6 text-sm text-slate-600 dark:text-slate-400">
              Newest misses first, {REVIEW_PAGE_SIZE} to a page.
            </p>
          ) : null}
          {groups.map((group) => (
            <section key={group.articleSlug} aria-labelledby={`group-${group.articleSlug}`} className="mb-10">
              <h2 id={`group-${group.articleSlug}`} className="text-xl font-bold">
                {group.articleTitle}
              </h2>
              <ul className="mt-4 space-y-5">
                {group.questions.map((q) => (
                  <li key={q.factId} className="rounded-xl border border-slate-200 p-5 dark:border-slate-700">
                    <h3 className="font-semibold">{q.stem}</h3>
                    <p className="mt-2 text-sm">
                      You answered <strong>{q.yourAnswer}</strong> · Right answer: <strong>{q.rightAnswer}</strong>
                    </p>
                    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{q.topics.join(" · ")}</p>
                    <div className="mt-3">
                      {q.citation ? <CitationView citation={q.citation} headingLevel={4} /> : null}
                    </div>
                  </li>
                ))}
              </ul>
            </section>
          ))}
          {pager}
        </>
      )}
    </>
  );
}
