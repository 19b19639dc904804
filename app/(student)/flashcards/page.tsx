import type { Metadata } from "next";
import Link from "next/link";
import { FlashcardStudy } from "@/components/flashcards/flashcard-study";
import { FlashcardSettings } from "@/components/flashcards/flashcard-settings";
import { CardScopeForm } from "@/components/flashcards/card-scope-form";
import { PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { topicLabel } from "@/lib/facts/labels";
import { flashcardQueue } from "@/lib/scheduling/cards.server";
import { cardOf, flashcardDeck, flashcardSettings } from "@/lib/scheduling/flashcards.server";
import { studentCorpus } from "@/lib/study/corpus.server";
import { factsInScope } from "@/lib/study/selection";
import { saveFlashcardSettings, undoLastRating } from "./actions";

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
  // After an undo the card it brought back comes first, whatever the queue order.
  const pinned = params.card && corpus.facts.has(params.card) ? params.card : null;
  const [queue, settings, first] = await Promise.all([
    flashcardQueue(user.id, now, scoped, corpus),
    flashcardSettings(user.id),
    pinned ? cardOf(user.id, pinned, now) : undefined,
  ]);
  const deck = flashcardDeck(corpus, queue, now, settings.timeZone, first);
  const articleChoices = [...new Map(facts.map((f) => [f.articleSlug, f.articleTitle])).entries()];
  const topicChoices = [...new Set(facts.flatMap((f) => f.topics))].sort();

  return (
    <>
      <PageHeader
        title="Flashcards"
        lead="Cards come back just before you would forget them (FSRS). Every answer shows the passage it comes from. The next day's cards stay on this device, so you can study offline."
      />
      <p className="-mt-4 mb-6 text-sm">
        <Link href="/flashcards/stats" className="font-medium underline">
          Statistics: reviews, retention and the 30-day forecast
        </Link>
      </p>
      <FlashcardStudy
        userId={user.id}
        deck={deck}
        builtAt={now.getTime()}
        scope={new URLSearchParams([
          ...articles.map((a) => ["article", a]),
          ...topics.map((t) => ["topic", t]),
        ]).toString()}
        counts={queue.counts}
        serverCanUndo={settings.latestRating !== null}
        fedByQuizzes={settings.fedByQuizzes}
        undo={undoLastRating}
      />
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
