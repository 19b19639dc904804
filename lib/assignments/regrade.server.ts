import "server-only";
import { db, type DbWriter } from "@/lib/db";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { fail, ok, type Result } from "@/lib/result";
import { normalizeText } from "@/lib/text/normalize";
import { describeResponse } from "@/lib/quiz/view";
import { storedItem, storedResponse } from "@/lib/study/sessions.server";
import { progressTransaction, rewriteStudentProgressIn } from "@/lib/study/standing.server";

/**
 * Teachers correct the grader (issue 18, decision 0016), two ways:
 * - accept a typed answer for one question of an assignment, or take it back: every stored
 *   attempt at that question whose answer reads the same (normalizeText) is regraded;
 * - mark one student's answer right or wrong, or take the mark back.
 * Each is one transaction with the sums the answers feed (session scores, standings, activity:
 * decision 0014) and a log row of who and when, and idempotent: doing it again changes nothing
 * (accepting again changes only attempts a race left behind). A student's own mark wins over an
 * accepted spelling: accepting skips marked answers, taking back touches only accepted ones.
 */
export type RegradeInput = { assignmentId: string; itemId: string; answer: string };

const notYours = () => fail("not-found", "That assignment does not exist or is not yours.");

/** The typed answer of an attempt, normalized; null for a chosen option or true/false. */
function typedAnswer(response: string): string | null {
  const parsed = storedResponse(response);
  return parsed.kind === "typed" ? normalizeText(parsed.text) : null;
}

/** The assignment (its teacher checked in the query) and the question, which must take typed answers. */
async function typedQuestion(tx: DbWriter, teacherId: string, input: RegradeInput): Promise<Result<null>> {
  const assignment = await tx.assignment.findFirst({
    where: { id: input.assignmentId, class: { teacherId } },
    select: { id: true },
  });
  if (!assignment) return notYours();
  const question = await tx.sessionQuestion.findFirst({
    where: { itemId: input.itemId, session: { assignmentId: input.assignmentId } },
    select: { item: true },
  });
  if (!question) return fail("not-found", "No student was asked that question in this assignment.");
  const type = storedItem(question.item).type;
  if (type !== "typed" && type !== "flashcard") return fail("invalid", "Only typed answers can be accepted.");
  return ok(null);
}

/** Locks the students' sessions (as a rebuild does), then writes their sums again from their answers. */
async function rewriteSums(tx: DbWriter, userIds: readonly string[], now: Date) {
  const students = [...new Set(userIds)].sort();
  if (!students.length) return;
  await tx.quizSession.updateMany({ where: { userId: { in: students } }, data: { answeredCount: { increment: 0 } } });
  for (const userId of students) await rewriteStudentProgressIn(tx, userId, now);
}

/**
 * What every regrade ends with, in its transaction: the changed students' sums written again
 * from their answers, and the log row of who changed what, when.
 */
async function recordRegrade(
  tx: DbWriter,
  userIds: readonly string[],
  log: Omit<Prisma.RegradeLogUncheckedCreateInput, "createdAt">,
  now: Date,
) {
  await rewriteSums(tx, userIds, now);
  await tx.regradeLog.create({ data: { ...log, createdAt: now } });
}

/**
 * One regrade: the answer normalized, the teacher and question checked, `change` updating the
 * attempts (returning them), the students' sums rewritten and the log row, all in one transaction.
 */
async function regrade(
  teacherId: string,
  input: RegradeInput,
  action: "accept" | "unaccept",
  now: Date,
  change: (
    tx: DbWriter,
    key: { assignmentId: string; itemId: string; normalized: string },
  ) => Promise<{ userId: string }[]>,
): Promise<Result<{ changed: number }>> {
  const normalized = normalizeText(input.answer);
  if (!normalized) return fail("invalid", "There is no answer to accept.");
  return db().$transaction(async (tx) => {
    const question = await typedQuestion(tx, teacherId, input);
    if (!question.ok) return question;
    const changed = await change(tx, { assignmentId: input.assignmentId, itemId: input.itemId, normalized });
    await recordRegrade(
      tx,
      changed.map((a) => a.userId),
      { ...input, teacherId, action, answer: input.answer.trim(), attemptsChanged: changed.length },
      now,
    );
    return ok({ changed: changed.length });
  }, progressTransaction);
}

/**
 * Updates attempts to `data` by groups of the verdict they had, which `data` may keep; only those
 * still as read (`still`): a teacher's mark made meanwhile on one of them is left alone. Returns
 * the attempts changed.
 */
async function updateByVerdict<A extends { id: string; userId: string }>(
  tx: DbWriter,
  attempts: readonly A[],
  verdictOf: (attempt: A) => string,
  still: Prisma.AttemptWhereInput,
  data: (verdict: string) => {
    correct: boolean;
    verdict: string;
    override: string | null;
    graderVerdict: string | null;
  },
): Promise<A[]> {
  const changed: A[] = [];
  for (const verdict of new Set(attempts.map(verdictOf))) {
    const group = attempts.filter((a) => verdictOf(a) === verdict);
    const ids = group.map((a) => a.id);
    const stillAsRead = new Set(
      (await tx.attempt.findMany({ where: { id: { in: ids }, ...still }, select: { id: true } })).map((a) => a.id),
    );
    await tx.attempt.updateMany({ where: { id: { in: [...stillAsRead] }, ...still }, data: data(verdict) });
    changed.push(...group.filter((a) => stillAsRead.has(a.id)));
  }
  return changed;
}

export function acceptAnswer(teacherId: string, input: RegradeInput, now = new Date()) {
  return regrade(teacherId, input, "accept", now, async (tx, key) => {
    await tx.acceptedAnswer.upsert({
      where: { assignmentId_itemId_normalized: key },
      create: { ...key, text: input.answer.trim(), acceptedById: teacherId, acceptedAt: now },
      update: {},
    });
    const wrong = await tx.attempt.findMany({
      where: { assignmentId: key.assignmentId, itemId: key.itemId, correct: false, override: null },
      select: { id: true, userId: true, response: true, verdict: true },
    });
    const matching = wrong.filter((a) => typedAnswer(a.response) === key.normalized);
    return updateByVerdict(
      tx,
      matching,
      (a) => a.verdict,
      { correct: false, override: null },
      (verdict) => ({ correct: true, verdict: "correct", override: "accepted", graderVerdict: verdict }),
    );
  });
}

export function unacceptAnswer(teacherId: string, input: RegradeInput, now = new Date()) {
  return regrade(teacherId, input, "unaccept", now, async (tx, key) => {
    await tx.acceptedAnswer.deleteMany({ where: key });
    const accepted = await tx.attempt.findMany({
      where: { assignmentId: key.assignmentId, itemId: key.itemId, override: "accepted" },
      select: { id: true, userId: true, response: true, graderVerdict: true },
    });
    const matching = accepted.filter((a) => typedAnswer(a.response) === key.normalized);
    return updateByVerdict(
      tx,
      matching,
      (a) => a.graderVerdict ?? "incorrect",
      { override: "accepted" },
      (verdict) => ({ correct: verdict === "correct", verdict, override: null, graderVerdict: null }),
    );
  });
}

/** What a teacher does to one answer: mark it right, mark it wrong, or give it back to the grader. */
export const answerMarks = ["right", "wrong", "grader"] as const;
export type AnswerMark = (typeof answerMarks)[number];
export type MarkInput = { attemptId: string; mark: AnswerMark };

type Verdicts = { correct: boolean; verdict: string; override: string | null; graderVerdict: string | null };

/**
 * The attempt's verdicts after `mark`, or null when it already reads that way. Taking a mark back
 * gives the grader's verdict, or "accepted" when the teacher accepted that spelling meanwhile.
 */
function markedVerdicts(was: Verdicts, mark: AnswerMark, acceptedSpelling: boolean): Verdicts | null {
  const grader = was.graderVerdict ?? was.verdict;
  if (mark === "grader") {
    if (was.override !== "marked-right" && was.override !== "marked-wrong") return null;
    return acceptedSpelling && grader !== "correct"
      ? { correct: true, verdict: "correct", override: "accepted", graderVerdict: grader }
      : { correct: grader === "correct", verdict: grader, override: null, graderVerdict: null };
  }
  const right = mark === "right";
  if (was.override === `marked-${mark}` || (was.override === null && was.correct === right)) return null;
  return {
    correct: right,
    verdict: right ? "correct" : "incorrect",
    override: `marked-${mark}`,
    graderVerdict: grader,
  };
}

/**
 * Marks one student's answer at an assignment right or wrong, or takes the mark back, for the
 * teacher of the assignment's class (checked in the query: anyone else's answers do not exist).
 */
export async function markAnswer(
  teacherId: string,
  input: MarkInput,
  now = new Date(),
): Promise<Result<{ changed: number }>> {
  return db().$transaction(async (tx) => {
    const attempt = await tx.attempt.findFirst({
      where: { id: input.attemptId, sessionQuestion: { session: { assignment: { class: { teacherId } } } } },
      select: {
        id: true,
        userId: true,
        assignmentId: true,
        itemId: true,
        response: true,
        correct: true,
        verdict: true,
        override: true,
        graderVerdict: true,
        sessionQuestion: { select: { item: true } },
      },
    });
    if (!attempt?.assignmentId) return fail("not-found", "That answer does not exist or is not in your class.");
    const typed = typedAnswer(attempt.response);
    const acceptedSpelling =
      input.mark === "grader" && typed !== null
        ? (await tx.acceptedAnswer.count({
            where: { assignmentId: attempt.assignmentId, itemId: attempt.itemId, normalized: typed },
          })) > 0
        : false;
    const next = markedVerdicts(attempt, input.mark, acceptedSpelling);
    if (!next) return ok({ changed: 0 });
    // Only from the verdicts read above: a mark racing this one changes nothing twice.
    const updated = await tx.attempt.updateMany({
      where: { id: attempt.id, verdict: attempt.verdict, override: attempt.override },
      data: next,
    });
    if (updated.count !== 1) return fail("conflict", "That answer was changed meanwhile: reload the page to see it.");
    await recordRegrade(
      tx,
      [attempt.userId],
      {
        assignmentId: attempt.assignmentId,
        itemId: attempt.itemId,
        attemptId: attempt.id,
        teacherId,
        action: input.mark === "grader" ? "unmark" : `mark-${input.mark}`,
        answer: describeResponse(storedItem(attempt.sessionQuestion.item), storedResponse(attempt.response)),
        attemptsChanged: 1,
      },
      now,
    );
    return ok({ changed: 1 });
  }, progressTransaction);
}
