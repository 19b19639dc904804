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
import { visibleAttemptWhere } from "@/lib/study/visibility.server";
import { latestAttempts } from "@/lib/study/latest-answers";
import { onCurrentVersions } from "@/lib/study/lineage.server";

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

/** Every fact the student missed and has not answered correctly since, grouped by article. */
export async function reviewForStudent(userId: string, now = new Date()): Promise<ReviewGroup[]> {
  const attempts = await db().attempt.findMany({
    where: { userId, ...visibleAttemptWhere(now) },
    select: {
      factId: true,
      correct: true,
      createdAt: true,
      response: true,
      sessionQuestion: { select: { item: true } },
    },
  });
  const corpus = await studentCorpus(userId);
  const { facts } = corpus;
  const missed = [...latestAttempts(await onCurrentVersions(attempts, corpus)).values()].filter(
    (a) => !a.correct && facts.has(a.factId),
  );
  const groups = new Map<string, ReviewGroup>();
  for (const attempt of missed.sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime())) {
    const fact = facts.get(attempt.factId)!;
    const item = storedItem(attempt.sessionQuestion.item);
    const response = storedResponse(attempt.response);
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
      missedAt: attempt.createdAt,
      topics: fact.topics.map(topicLabel),
      citation: corpus.citation(fact.id),
    });
    groups.set(fact.articleSlug, group);
  }
  return [...groups.values()].sort((a, b) => a.articleTitle.localeCompare(b.articleTitle));
}

export interface StudentProgress {
  answered: number;
  correct: number;
  byArticle: MasteryRow[];
  byTopic: MasteryRow[];
  byDay: DailyAccuracy[];
  sessions: SessionSummary[];
}

/** A student's progress; days are counted in `timeZone`. */
export async function progressForStudent(userId: string, timeZone: string, now = new Date()): Promise<StudentProgress> {
  const [answers, corpus, sessions] = await Promise.all([
    db().attempt.findMany({
      where: { userId, ...visibleAttemptWhere(now) },
      select: { factId: true, correct: true, createdAt: true },
    }),
    studentCorpus(userId),
    recentSessions(userId, 10),
  ]);
  const attempts = await onCurrentVersions(answers, corpus);
  const facts: FactRecord[] = [...corpus.facts.values()]
    .sort((a, b) => a.article.localeCompare(b.article))
    .map((f) => ({ id: f.id, articleSlug: f.articleSlug, articleTitle: f.articleTitle, topics: f.topics }));
  return {
    answered: attempts.length,
    correct: attempts.filter((a) => a.correct).length,
    byArticle: masteryByArticle(facts, attempts),
    byTopic: masteryByTopic(facts, attempts, topicLabel),
    byDay: accuracyByDay(attempts, timeZone),
    sessions,
  };
}
