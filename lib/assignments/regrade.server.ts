import "server-only";
import { db, type DbWriter } from "@/lib/db";
import { fail, ok, type Result } from "@/lib/result";
import { normalizeText } from "@/lib/text/normalize";
import { storedItem, storedResponse } from "@/lib/study/sessions.server";
import { progressTransaction, rewriteStudentProgressIn } from "@/lib/study/standing.server";

/**
 * A teacher accepts a typed answer for one question of an assignment, or takes it back (issue
 * 18). Every stored attempt at that question whose answer reads the same (normalizeText) is
 * regraded in the same transaction, with the sums it feeds (session scores, standings,
 * activity: decision 0014) and a log row of who and when. Idempotent: accepting again changes
 * only attempts a race left behind; taking back restores the grader's verdicts.
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
    await rewriteSums(
      tx,
      changed.map((a) => a.userId),
      now,
    );
    await tx.regradeLog.create({
      data: {
        assignmentId: input.assignmentId,
        itemId: input.itemId,
        teacherId,
        action,
        answer: input.answer.trim(),
        attemptsChanged: changed.length,
        createdAt: now,
      },
    });
    return ok({ changed: changed.length });
  }, progressTransaction);
}

/** Updates attempts to `data` by groups of the verdict they had, which `data` may keep. */
async function updateByVerdict<A extends { id: string }>(
  tx: DbWriter,
  attempts: readonly A[],
  verdictOf: (attempt: A) => string,
  data: (verdict: string) => {
    correct: boolean;
    verdict: string;
    override: string | null;
    graderVerdict: string | null;
  },
) {
  for (const verdict of new Set(attempts.map(verdictOf)))
    await tx.attempt.updateMany({
      where: { id: { in: attempts.filter((a) => verdictOf(a) === verdict).map((a) => a.id) } },
      data: data(verdict),
    });
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
    await updateByVerdict(
      tx,
      matching,
      (a) => a.verdict,
      (verdict) => ({ correct: true, verdict: "correct", override: "accepted", graderVerdict: verdict }),
    );
    return matching;
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
    await updateByVerdict(
      tx,
      matching,
      (a) => a.graderVerdict ?? "incorrect",
      (verdict) => ({ correct: verdict === "correct", verdict, override: null, graderVerdict: null }),
    );
    return matching;
  });
}
