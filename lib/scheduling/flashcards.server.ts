import "server-only";
import { db } from "@/lib/db";
import type { Citation } from "@/lib/facts/citation";
import type { StudyCorpus } from "@/lib/study/corpus.server";
import { studentDays, type DayCounts } from "@/lib/study/standing.server";
import { toFsrsCard, type Queue } from "./cards.server";
import { formatInterval, grades, newCard, previewDue, State, type Card, type Grade } from "./fsrs";
import { startOfLocalDay } from "@/lib/dates";

export interface CardBack {
  factId: string;
  answer: string;
  aliases: string[];
  citation: Citation | null;
  /** What each rating would schedule, as the buttons show it ("10m", "2d"). */
  intervals: Record<Grade, string>;
}

/** What each rating would schedule for a card reviewed at `at`, as the buttons show it. */
function intervalsAt(card: Card, at: Date): Record<Grade, string> {
  const due = previewDue(card, at);
  return Object.fromEntries(grades.map((g) => [g, formatInterval(at, due[g])])) as Record<Grade, string>;
}

/** One card as a device keeps it (decision 0017): front, back with its passage, and when it may be reviewed. */
export interface DeckCard extends CardBack {
  question: string;
  articleTitle: string;
  kind: "new" | "learning" | "review";
  /** From when the card may be reviewed (ms since the epoch); 0 for cards due now, whatever the device's clock says. */
  dueAt: number;
}

/** The most cards one deck carries: a day's worth for almost anyone; the rest come with the next deck. */
export const MAX_DECK_CARDS = 200;

/**
 * The student's cards for the next day, fronts and backs, in the order they are studied: due now
 * (learning, then review, then today's new cards), then those falling due in the next 24 hours.
 * Flashcards are self-study, so their backs may sit on the device: quiz answers never do. `first`
 * puts one card first (the one an undo brought back).
 */
export function flashcardDeck(
  corpus: StudyCorpus,
  queue: Pick<Queue, "cards" | "upcoming">,
  now: Date,
  timeZone: string,
  first?: { factId: string; card: Card },
): DeckCard[] {
  const dueNow = queue.cards.map((c) => ({ ...c, dueAt: new Date(0) }));
  const later = queue.upcoming.map((c) => ({
    ...c,
    // A review card is due for the whole of its day, as in the queue; a learning card at its minute.
    dueAt: c.card.state === State.Review ? startOfLocalDay(c.card.due, timeZone) : c.card.due,
  }));
  const pinned = first ? [{ ...first, isNew: first.card.state === State.New, dueAt: new Date(0) }] : [];
  const seen = new Set<string>();
  return [...pinned, ...dueNow, ...later]
    .filter((c) => corpus.facts.has(c.factId) && !seen.has(c.factId) && seen.add(c.factId))
    .slice(0, MAX_DECK_CARDS)
    .map((c) => {
      const fact = corpus.facts.get(c.factId)!;
      const at = new Date(Math.max(now.getTime(), c.dueAt.getTime()));
      return {
        factId: c.factId,
        question: fact.question,
        articleTitle: fact.articleTitle,
        answer: fact.answer,
        aliases: fact.aliases,
        citation: corpus.citation(c.factId),
        intervals: intervalsAt(c.card, at),
        kind: c.isNew ? "new" : c.card.state === State.Review ? "review" : "learning",
        dueAt: c.dueAt.getTime(),
      };
    });
}

/** A student's card for a fact as it stands (a new one when never reviewed), for `flashcardDeck`'s `first`. */
export async function cardOf(userId: string, factId: string, now: Date): Promise<{ factId: string; card: Card }> {
  const row = await db().card.findUnique({ where: { userId_factId: { userId, factId } } });
  return { factId, card: row ? toFsrsCard(row) : newCard(now) };
}

/**
 * The student's flashcard settings, their latest flashcard rating (null before the first: the page
 * offers undo after one) and whether quiz answers have scheduled cards (the page says so). Indexed
 * rows, not a count of a year of ratings.
 */
export async function flashcardSettings(
  userId: string,
): Promise<{ dailyNewCards: number; timeZone: string; latestRating: string | null; fedByQuizzes: boolean }> {
  const [user, latest] = await Promise.all([
    db().user.findUniqueOrThrow({
      where: { id: userId },
      select: { dailyNewCards: true, timeZone: true, quizReviewedThrough: true },
    }),
    db().reviewLog.findFirst({
      where: { userId, source: "flashcard" },
      orderBy: [{ review: "desc" }, { createdAt: "desc" }],
      select: { id: true },
    }),
  ]);
  return {
    dailyNewCards: user.dailyNewCards,
    timeZone: user.timeZone,
    latestRating: latest?.id ?? null,
    // The watermark of quiz answers fed to the scheduler moves once one has been.
    fedByQuizzes: user.quizReviewedThrough !== null,
  };
}

/** How many new cards a day the student wants. */
export async function saveDailyNewCards(userId: string, dailyNewCards: number): Promise<void> {
  await db().user.update({ where: { id: userId }, data: { dailyNewCards } });
}

/** The student's activity per local day in `timeZone` and every current card, for the statistics page. */
export async function reviewHistory(userId: string, timeZone: string): Promise<{ days: DayCounts[]; cards: Card[] }> {
  const [days, rows] = await Promise.all([
    studentDays(userId, timeZone),
    db().card.findMany({ where: { userId, fact: { retiredAt: null } } }),
  ]);
  return { days, cards: rows.map(toFsrsCard) };
}
