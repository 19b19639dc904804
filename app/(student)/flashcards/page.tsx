import type { Metadata } from "next";
import Link from "next/link";
import { FlashcardStudy } from "@/components/flashcards/flashcard-study";
import { FlashcardSettings } from "@/components/flashcards/flashcard-settings";
import { CardScopeForm } from "@/components/flashcards/card-scope-form";
import { PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { topicLabel } from "@/lib/facts/labels";
import { flashcardQueue } from "@/lib/scheduling/cards.server";
import { cardFront, flashcardSettings } from "@/lib/scheduling/flashcards.server";
import { formatInterval } from "@/lib/scheduling/fsrs";
import { studentCorpus } from "@/lib/study/corpus.server";
import { factsInScope } from "@/lib/study/selection";
import { flipCard, rateCard, saveFlashcardSettings, undoLastRating } from "./actions";

export const metadata: Metadata = { title: "Flashcards" };

type Props = { searchParams: Promise<{ card?: string; article?: string | string[]; topic?: string | string[] }> };
const asList = (value: string | string[] | undefined) =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

export default async function FlashcardsPage({ searchParams }: Props) {
  const user = await requireRole("student");
  const params = await searchParams;
  const now = new Date();
  const corpus = await studentCorpus(user.id);
  const facts = [...corpus.facts.values()];
  const articles = asList(params.article);
  const topics = asList(params.topic);
  const scoped = articles.length || topics.length ? factsInScope(facts, { articles, topics }).map((f) => f.id) : null;
  const [queue, settings] = await Promise.all([
    flashcardQueue(user.id, now, scoped, corpus),
    flashcardSettings(user.id),
  ]);
  // After an undo the reverted card is shown again, whatever the queue order.
  const shown = params.card && corpus.facts.has(params.card) ? params.card : queue.cards[0]?.factId;
  const front = shown ? cardFront(corpus, shown) : null;
  const articleChoices = [...new Map(facts.map((f) => [f.articleSlug, f.articleTitle])).entries()];
  const topicChoices = [...new Set(facts.flatMap((f) => f.topics))].sort();

  return (
    <>
      <PageHeader
        title="Flashcards"
        lead="Cards come back just before you would forget them (FSRS). Every answer shows the passage it comes from."
      />
      <p className="-mt-4 mb-6 text-sm">
        <Link href="/flashcards/stats" className="font-medium underline">
          Statistics: reviews, retention and the 30-day forecast
        </Link>
      </p>
      <dl className="mb-6 grid grid-cols-3 gap-3 text-center sm:max-w-lg" aria-label="Today's queue">
        {(
          [
            ["New", queue.counts.new],
            ["Learning", queue.counts.learning],
            ["Due", queue.counts.due],
          ] as const
        ).map(([label, count]) => (
          <div key={label} className="rounded-lg border border-slate-200 p-3 dark:border-slate-700">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="text-2xl font-bold">{count}</dd>
          </div>
        ))}
      </dl>
      {queue.nextDue ? (
        <p className="-mt-3 mb-6 text-sm text-slate-700 dark:text-slate-300">
          Next scheduled card: in {formatInterval(now, queue.nextDue)}.
        </p>
      ) : null}
      {front ? (
        <FlashcardStudy
          key={`${front.factId}-${settings.latestRating}`}
          front={front}
          flip={flipCard}
          rate={rateCard}
          undo={undoLastRating}
          canUndo={settings.latestRating !== null}
        />
      ) : (
        <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-semibold">All done for now</h2>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            {queue.nextDue
              ? `The next card is due in ${formatInterval(now, queue.nextDue)}.`
              : "No cards are scheduled yet."}
            {queue.counts.new === 0 && queue.newToday >= queue.dailyNewCards
              ? ` You have started all ${queue.dailyNewCards} new cards for today.`
              : ""}
          </p>
        </div>
      )}
      <CardScopeForm
        articles={articleChoices.map(([slug, title]) => ({ value: slug, label: title }))}
        topics={topicChoices.map((topic) => ({ value: topic, label: topicLabel(topic) }))}
        chosen={{ articles, topics }}
      />
      <FlashcardSettings
        timeZone={user.savedTimeZone}
        dailyNewCards={settings.dailyNewCards}
        save={saveFlashcardSettings}
      />
    </>
  );
}
