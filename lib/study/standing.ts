/**
 * A student's derived progress, as sums over their answers (decision 0014): per fact, how often
 * they answered it, how often right, and their latest answer; per quarter-hour, how many answers
 * and flashcard reviews. Both are maintained with each write (standing.server.ts) and can always
 * be derived again from the answers and review logs with the functions here, which is what the
 * rebuild and its tests do. Sums and "latest" commute, so the order answers arrive in never matters.
 */
import { quarterOf } from "@/lib/dates";
import { answerPolicyOf, answersShown } from "./attempt-rules";

export interface AnswerRecord {
  id: string;
  factId: string;
  correct: boolean;
  createdAt: Date;
}

export interface Standing {
  factId: string;
  answered: number;
  correct: number;
  lastAttemptId: string;
  lastCorrect: boolean;
  lastAt: Date;
}

export interface QuarterCounts {
  quarter: number;
  answered: number;
  correct: number;
  reviews: number;
  again: number;
}

/** Whether answer `a` is later than `b`: by time, then by id, so two answers in one millisecond still have an order. */
export function isLater(a: { at: Date; id: string }, b: { at: Date; id: string }): boolean {
  const diff = a.at.getTime() - b.at.getTime();
  return diff > 0 || (diff === 0 && a.id > b.id);
}

/** Adds answers to per-fact standings (in place). */
export function addAnswers(standings: Map<string, Standing>, answers: readonly AnswerRecord[]): void {
  for (const answer of answers) {
    const current = standings.get(answer.factId);
    if (!current) {
      standings.set(answer.factId, {
        factId: answer.factId,
        answered: 1,
        correct: answer.correct ? 1 : 0,
        lastAttemptId: answer.id,
        lastCorrect: answer.correct,
        lastAt: answer.createdAt,
      });
      continue;
    }
    current.answered += 1;
    if (answer.correct) current.correct += 1;
    if (isLater({ at: answer.createdAt, id: answer.id }, { at: current.lastAt, id: current.lastAttemptId })) {
      current.lastAttemptId = answer.id;
      current.lastCorrect = answer.correct;
      current.lastAt = answer.createdAt;
    }
  }
}

/** Per-fact standings of a set of answers. */
export function standingsOf(answers: readonly AnswerRecord[]): Standing[] {
  const standings = new Map<string, Standing>();
  addAnswers(standings, answers);
  return [...standings.values()];
}

const emptyQuarter = (quarter: number): QuarterCounts => ({ quarter, answered: 0, correct: 0, reviews: 0, again: 0 });

/** Adds answers (and, with `reviews`, flashcard reviews) to per-quarter counts (in place). */
export function addToQuarters(
  quarters: Map<number, QuarterCounts>,
  answers: readonly { correct: boolean; createdAt: Date }[],
  reviews: readonly { review: Date; rating: number }[] = [],
  sign: 1 | -1 = 1,
): void {
  const row = (quarter: number) => {
    let counts = quarters.get(quarter);
    if (!counts) quarters.set(quarter, (counts = emptyQuarter(quarter)));
    return counts;
  };
  for (const answer of answers) {
    const counts = row(quarterOf(answer.createdAt));
    counts.answered += sign;
    if (answer.correct) counts.correct += sign;
  }
  for (const review of reviews) {
    const counts = row(quarterOf(review.review));
    counts.reviews += sign;
    // Rating 1 is Again (ts-fsrs Rating.Again).
    if (review.rating === 1) counts.again += sign;
  }
}

/** Quarters in time order, without the empty ones (an undone review can leave one). */
export function quarterList(quarters: Map<number, QuarterCounts>): QuarterCounts[] {
  return [...quarters.values()].filter((q) => q.answered || q.reviews).sort((a, b) => a.quarter - b.quarter);
}

export interface SessionRecord {
  id: string;
  finishedAt: Date | null;
  assignment: { answersVisible: string; dueAt: Date } | null;
}

/**
 * Whether a student may see a session's answers now: the rule `visibleAttemptWhere` applies in
 * SQL (practice always; an assignment by its policy, or once its due date has passed).
 */
export function sessionShown(session: SessionRecord, now: Date): boolean {
  if (!session.assignment) return true;
  const rules = { answersVisible: answerPolicyOf(session.assignment.answersVisible), dueAt: session.assignment.dueAt };
  return answersShown(rules, session.finishedAt !== null, now);
}

/** Whether a session's answers stay visible whatever the date (its due date cannot hide them again). */
export function shownForGood(session: SessionRecord): boolean {
  if (!session.assignment) return true;
  const policy = answerPolicyOf(session.assignment.answersVisible);
  return policy === "after-question" || (policy === "after-attempt" && session.finishedAt !== null);
}

export interface DerivedProgress {
  /** Per session: whether its answers count (are visible now), and its answers given and right. */
  sessions: { id: string; shown: boolean; answered: number; correct: number }[];
  standings: Standing[];
  quarters: QuarterCounts[];
}

/** A student's derived progress from their sessions, answers and review logs, as of `now`. */
export function deriveProgress(
  sessions: readonly SessionRecord[],
  answers: readonly (AnswerRecord & { sessionId: string })[],
  reviews: readonly { review: Date; rating: number }[],
  now: Date,
): DerivedProgress {
  const shown = new Set(sessions.filter((s) => sessionShown(s, now)).map((s) => s.id));
  const counts = new Map(sessions.map((s) => [s.id, { id: s.id, shown: shown.has(s.id), answered: 0, correct: 0 }]));
  for (const answer of answers) {
    const session = counts.get(answer.sessionId);
    if (!session) continue;
    session.answered += 1;
    if (answer.correct) session.correct += 1;
  }
  const visible = answers.filter((a) => shown.has(a.sessionId));
  const quarters = new Map<number, QuarterCounts>();
  addToQuarters(quarters, visible, reviews);
  return {
    sessions: [...counts.values()].sort((a, b) => a.id.localeCompare(b.id)),
    standings: standingsOf(visible).sort((a, b) => a.factId.localeCompare(b.factId)),
    quarters: quarterList(quarters),
  };
}
