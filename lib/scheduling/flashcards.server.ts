import "server-only";
import { db } from "@/lib/db";
import type { Citation } from "@/lib/facts/citation";
import { studentCorpus, type StudyCorpus } from "@/lib/study/corpus.server";
import { studentDays, type DayCounts } from "@/lib/study/standing.server";
import { toFsrsCard } from "./cards.server";
import { formatInterval, grades, newCard, previewDue, type Card, type Grade } from "./fsrs";

export interface CardBack {
  factId: string;
  answer: string;
  aliases: string[];
  citation: Citation | null;
  /** What each rating would schedule, as the buttons show it ("10m", "2d"). */
  intervals: Record<Grade, string>;
}

/** The back of a student's card for a fact: only sent when the student flips it. */
export async function cardBack(userId: string, factId: string, now: Date): Promise<CardBack | null> {
  const corpus = await studentCorpus(userId);
  const fact = corpus.facts.get(factId);
  if (!fact) return null;
  const row = await db().card.findUnique({ where: { userId_factId: { userId, factId } } });
  const due = previewDue(row ? toFsrsCard(row) : newCard(now), now);
  return {
    factId,
    answer: fact.answer,
    aliases: fact.aliases,
    citation: corpus.citation(factId),
    intervals: Object.fromEntries(grades.map((g) => [g, formatInterval(now, due[g])])) as Record<Grade, string>,
  };
}

/** The front: the fact's question, and where it comes from. */
export function cardFront(
  corpus: StudyCorpus,
  factId: string,
): { factId: string; question: string; articleTitle: string } | null {
  const fact = corpus.facts.get(factId);
  return fact ? { factId, question: fact.question, articleTitle: fact.articleTitle } : null;
}

/**
 * The student's flashcard settings and their latest flashcard rating (null before the first): the
 * page offers undo after one, and a new rating gives the card view a new key. One indexed row,
 * not a count of a year of ratings.
 */
export async function flashcardSettings(
  userId: string,
): Promise<{ dailyNewCards: number; latestRating: string | null }> {
  const [user, latest] = await Promise.all([
    db().user.findUniqueOrThrow({ where: { id: userId }, select: { dailyNewCards: true } }),
    db().reviewLog.findFirst({
      where: { userId, source: "flashcard" },
      orderBy: [{ review: "desc" }, { createdAt: "desc" }],
      select: { id: true },
    }),
  ]);
  return { dailyNewCards: user.dailyNewCards, latestRating: latest?.id ?? null };
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
