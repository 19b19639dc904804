/**
 * attempt → progress. Everything here is derived from a student's attempts, never stored twice:
 * a fact is mastered when its latest answer was right, and missed while its latest answer is wrong.
 */
import { latestAttempts, type AttemptRecord } from "@/lib/study/latest-answers";

export interface FactRecord {
  id: string;
  articleSlug: string;
  articleTitle: string;
  topics: readonly string[];
}

export interface MasteryRow {
  key: string;
  label: string;
  facts: number;
  mastered: number;
  /** Seen but whose latest answer was wrong. */
  missed: number;
  neverSeen: number;
  /** mastered / facts, 0–1. */
  share: number;
}

function masteryBy(
  facts: readonly FactRecord[],
  attempts: readonly AttemptRecord[],
  groupsOf: (f: FactRecord) => { key: string; label: string }[],
): MasteryRow[] {
  const latest = latestAttempts(attempts);
  const rows = new Map<string, MasteryRow>();
  for (const fact of facts) {
    for (const { key, label } of groupsOf(fact)) {
      const row = rows.get(key) ?? { key, label, facts: 0, mastered: 0, missed: 0, neverSeen: 0, share: 0 };
      row.facts += 1;
      const last = latest.get(fact.id);
      if (!last) row.neverSeen += 1;
      else if (last.correct) row.mastered += 1;
      else row.missed += 1;
      row.share = row.mastered / row.facts;
      rows.set(key, row);
    }
  }
  return [...rows.values()];
}

export function masteryByArticle(facts: readonly FactRecord[], attempts: readonly AttemptRecord[]): MasteryRow[] {
  return masteryBy(facts, attempts, (f) => [{ key: f.articleSlug, label: f.articleTitle }]);
}

export function masteryByTopic(
  facts: readonly FactRecord[],
  attempts: readonly AttemptRecord[],
  topicLabel: (topic: string) => string,
): MasteryRow[] {
  return masteryBy(facts, attempts, (f) => f.topics.map((t) => ({ key: t, label: topicLabel(t) }))).sort((a, b) =>
    a.label.localeCompare(b.label),
  );
}

export interface DailyAccuracy {
  /** YYYY-MM-DD in the student's time zone. */
  day: string;
  answered: number;
  correct: number;
  share: number;
}

/** Answers and the share right per local day, oldest first (days without answers left out). */
export function accuracyByDay(days: readonly { day: string; answered: number; correct: number }[]): DailyAccuracy[] {
  return days
    .filter((d) => d.answered > 0)
    .map((d) => ({ day: d.day, answered: d.answered, correct: d.correct, share: d.correct / d.answered }));
}
