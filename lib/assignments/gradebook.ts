/**
 * The gradebook's arithmetic, as pure functions over aggregated rows: one row per student
 * (score by the assignment's rule, attempts, time, last activity) and one per question (share
 * correct, the most common wrong answers grouped after normalizing what students typed).
 */
import { z } from "zod";
import { normalizeText } from "@/lib/text/normalize";
import { assignmentScore } from "./policy";
import type { ScoringRule } from "@/lib/study/attempt-rules";

/** One attempt (quiz session) as the gradebook query aggregates it. */
export interface AttemptAggregate {
  userId: string;
  startedAt: Date;
  finishedAt: Date | null;
  total: number;
  answered: number;
  correct: number;
  timeMs: number;
  lastAnswerAt: Date | null;
  lateAnswers: number;
}

export interface GradebookRow {
  studentId: string;
  name: string;
  email: string;
  /** Still enrolled; a removed student keeps their row while they have attempts. */
  enrolled: boolean;
  score: number | null;
  attempts: number;
  finishedAttempts: number;
  timeMs: number;
  lastActivity: Date | null;
  late: boolean;
}

export function gradebookRows(
  students: readonly { id: string; name: string; email: string; enrolled: boolean }[],
  attempts: readonly AttemptAggregate[],
  scoring: ScoringRule,
): GradebookRow[] {
  const byStudent = groupBy(attempts, (a) => a.userId);
  return students.map((student) => {
    const own = byStudent.get(student.id) ?? [];
    const activity = own.flatMap((a) => [a.startedAt, a.lastAnswerAt ?? a.startedAt]);
    return {
      studentId: student.id,
      name: student.name,
      email: student.email,
      enrolled: student.enrolled,
      score: assignmentScore(own, scoring),
      attempts: own.length,
      finishedAttempts: own.filter((a) => a.finishedAt).length,
      timeMs: own.reduce((sum, a) => sum + a.timeMs, 0),
      lastActivity: activity.length ? new Date(Math.max(...activity.map((d) => d.getTime()))) : null,
      late: own.some((a) => a.lateAnswers > 0),
    };
  });
}

export const gradebookSortKeys = ["name", "score", "attempts", "time", "last"] as const;
export type GradebookSortKey = (typeof gradebookSortKeys)[number];
export const gradebookSortSchema = z.object({
  sort: z.enum(gradebookSortKeys).catch("name"),
  dir: z.enum(["asc", "desc"]).catch("asc"),
});
export type GradebookSort = z.infer<typeof gradebookSortSchema>;

const sortValue: Record<GradebookSortKey, (row: GradebookRow) => number | string | null> = {
  name: (r) => r.name.toLocaleLowerCase("en"),
  score: (r) => r.score,
  attempts: (r) => r.attempts,
  time: (r) => r.timeMs,
  last: (r) => r.lastActivity?.getTime() ?? null,
};

/** Sorted by one column; rows without a value (no score yet) always come last, ties by name. */
export function sortGradebook(rows: readonly GradebookRow[], { sort, dir }: GradebookSort): GradebookRow[] {
  const value = sortValue[sort];
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [va, vb] = [value(a), value(b)];
    if (va === null || vb === null) return va === vb ? a.name.localeCompare(b.name) : va === null ? 1 : -1;
    const order = typeof va === "string" ? va.localeCompare(vb as string) : va - (vb as number);
    return order !== 0 ? sign * order : a.name.localeCompare(b.name);
  });
}

/** Answers to one question, grouped by what was answered. */
export interface AnswerCount {
  itemId: string;
  /** The answer as the student gave it (an option's text, True/False, or what they typed). */
  answer: string;
  correct: boolean;
  count: number;
}

export interface WrongAnswer {
  answer: string;
  count: number;
  /** Other ways students wrote the same wrong answer ("almaty", "Almaty "). */
  spellings: string[];
}

export interface QuestionStats {
  itemId: string;
  answered: number;
  correct: number;
  share: number;
  wrongAnswers: WrongAnswer[];
}

/** Share correct and the most common wrong answers, typed variants of one answer counted together. */
export function questionStats(counts: readonly AnswerCount[], topWrong = 3): Map<string, QuestionStats> {
  const stats = new Map<string, QuestionStats>();
  for (const [itemId, rows] of groupBy(counts, (c) => c.itemId)) {
    const answered = rows.reduce((sum, r) => sum + r.count, 0);
    const correct = rows.filter((r) => r.correct).reduce((sum, r) => sum + r.count, 0);
    const groups = new Map<string, { variants: Map<string, number>; count: number }>();
    for (const row of rows.filter((r) => !r.correct)) {
      const key = normalizeText(row.answer) || row.answer.trim();
      const group = groups.get(key) ?? { variants: new Map(), count: 0 };
      const shown = row.answer.trim();
      group.variants.set(shown, (group.variants.get(shown) ?? 0) + row.count);
      group.count += row.count;
      groups.set(key, group);
    }
    const wrongAnswers = [...groups.values()]
      .map((g) => {
        // The spelling most students used names the group.
        const [answer, ...others] = [...g.variants.entries()]
          .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
          .map(([text]) => text);
        return { answer: answer!, count: g.count, spellings: others };
      })
      .sort((a, b) => b.count - a.count || a.answer.localeCompare(b.answer))
      .slice(0, topWrong);
    stats.set(itemId, { itemId, answered, correct, share: answered ? correct / answered : 0, wrongAnswers });
  }
  return stats;
}

/** Map.groupBy, which Node 20 lacks. */
function groupBy<T>(values: readonly T[], key: (value: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const value of values) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.push(value);
    else groups.set(k, [value]);
  }
  return groups;
}
