import "server-only";
import { db } from "@/lib/db";
import { topicLabel } from "@/lib/facts/labels";
import type { Citation } from "@/lib/facts/citation";
import { studentCorpus } from "@/lib/study/corpus.server";
import { recentSessions, storedItem, storedResponse, type SessionSummary } from "@/lib/study/sessions.server";
import {
  accuracyByDay,
  masteryByArticle,
  masteryByTopic,
  type DailyAccuracy,
  type FactRecord,
  type MasteryRow,
} from "./mastery";
import { describeResponse, questionView, rightAnswer } from "@/lib/quiz/view";
import { latestAnswersInCorpus, missedNewestFirst, studentStandingsAndDays } from "@/lib/study/standing.server";

export interface MissedQuestion {
  factId: string;
  /** The question as it was asked when missed. */
  stem: string;
  yourAnswer: string;
  rightAnswer: string;
  missedAt: Date;
  topics: string[];
  citation: Citation | null;
}

export interface ReviewGroup {
  articleSlug: string;
  articleTitle: string;
  questions: MissedQuestion[];
}

export interface ReviewPage {
  /** Every fact missed and not answered correctly since. */
  total: number;
  page: number;
  pages: number;
  /** This page's missed questions (newest miss first), grouped by article. */
  groups: ReviewGroup[];
}

/** Missed questions shown per page of /review. */
export const REVIEW_PAGE_SIZE = 20;

/**
 * One page of the facts the student missed and has not answered correctly since, grouped by
 * article. Only this page's answers and questions are read (decision 0014).
 */
export async function reviewForStudent(userId: string, page = 1, now = new Date()): Promise<ReviewPage> {
  const corpus = await studentCorpus(userId);
  const missed = await missedNewestFirst(userId, corpus, now);
  const pages = Math.max(1, Math.ceil(missed.length / REVIEW_PAGE_SIZE));
  const current = Math.min(Math.max(1, page), pages);
  const shown = missed.slice((current - 1) * REVIEW_PAGE_SIZE, current * REVIEW_PAGE_SIZE);
  const answers = new Map(
    // By primary key alone: with the student's id in the filter too, SQLite may walk all of
    // their answers by the (userId, …) index instead. The ids come from their own standings;
    // the owner is still checked on each row.
    (
      await db().attempt.findMany({
        where: { id: { in: shown.map((m) => m.attemptId) } },
        select: { id: true, userId: true, response: true, sessionQuestion: { select: { item: true } } },
      })
    )
      .filter((a) => a.userId === userId)
      .map((a) => [a.id, a]),
  );
  const groups = new Map<string, ReviewGroup>();
  for (const miss of shown) {
    const fact = corpus.facts.get(miss.factId)!;
    const answer = answers.get(miss.attemptId);
    if (!answer) continue;
    const item = storedItem(answer.sessionQuestion.item);
    const response = storedResponse(answer.response);
    const group = groups.get(fact.articleSlug) ?? {
      articleSlug: fact.articleSlug,
      articleTitle: fact.articleTitle,
      questions: [],
    };
    group.questions.push({
      factId: fact.id,
      stem: questionView(item, "", 0, 0).stem,
      yourAnswer: describeResponse(item, response),
      rightAnswer: rightAnswer(item),
      missedAt: miss.createdAt,
      topics: fact.topics.map(topicLabel),
      citation: corpus.citation(fact.id),
    });
    groups.set(fact.articleSlug, group);
  }
  return {
    total: missed.length,
    page: current,
    pages,
    groups: [...groups.values()].sort((a, b) => a.articleTitle.localeCompare(b.articleTitle)),
  };
}

export interface StudentProgress {
  answered: number;
  correct: number;
  byArticle: MasteryRow[];
  byTopic: MasteryRow[];
  byDay: DailyAccuracy[];
  sessions: SessionSummary[];
}

/** A student's progress; days are counted in `timeZone`. Read from the maintained sums (decision 0014). */
export async function progressForStudent(userId: string, timeZone: string, now = new Date()): Promise<StudentProgress> {
  const [{ standings, days }, corpus, sessions] = await Promise.all([
    studentStandingsAndDays(userId, timeZone, now),
    studentCorpus(userId),
    recentSessions(userId, 10, now),
  ]);
  const latest = [...(await latestAnswersInCorpus(standings, corpus)).values()];
  const facts: FactRecord[] = [...corpus.facts.values()]
    .sort((a, b) => a.article.localeCompare(b.article))
    .map((f) => ({ id: f.id, articleSlug: f.articleSlug, articleTitle: f.articleTitle, topics: f.topics }));
  return {
    answered: standings.reduce((sum, s) => sum + s.answered, 0),
    correct: standings.reduce((sum, s) => sum + s.correct, 0),
    byArticle: masteryByArticle(facts, latest),
    byTopic: masteryByTopic(facts, latest, topicLabel),
    byDay: accuracyByDay(days),
    sessions,
  };
}
