"use server";

import { z } from "zod";
import { recordId } from "@/lib/schemas";
import { defineAction } from "@/lib/auth/action.server";
import { submitAnswerSchema } from "@/lib/study/answers";
import { quickQuiz, selectionSchema } from "@/lib/study/selection";
import { startPracticeSession, startRetryMissedSession, submitAnswer } from "@/lib/study/sessions.server";
import { practiceTitle } from "@/lib/study/titles.server";
import { joinClass } from "@/lib/classes/classes.server";
import { joinCodeSchema } from "@/lib/classes/join-code";
import { currentAddress } from "@/lib/security/current-address.server";
import { startAssignmentAttempt } from "@/lib/assignments/assignments.server";

const nothing = z.object({}).strict();

export const startPractice = defineAction({ input: selectionSchema, who: "student" }, async (selection, user) => {
  const result = await startPracticeSession(user!.id, selection, await practiceTitle(selection));
  return result.ok ? { ok: true, data: { sessionId: result.sessionId } } : { ok: false, error: result.error };
});

export const startQuickQuiz = defineAction({ input: nothing, who: "student" }, async (_input, user) => {
  const result = await startPracticeSession(user!.id, quickQuiz, "Quick quiz");
  return result.ok ? { ok: true, data: { sessionId: result.sessionId } } : { ok: false, error: result.error };
});

export const startRetryMissed = defineAction({ input: nothing, who: "student" }, async (_input, user) => {
  const result = await startRetryMissedSession(user!.id);
  return result.ok ? { ok: true, data: { sessionId: result.sessionId } } : { ok: false, error: result.error };
});

export const answerQuestion = defineAction({ input: submitAnswerSchema, who: "student" }, async (input, user) => {
  const result = await submitAnswer(user!.id, input);
  return result.ok ? { ok: true, data: result.feedback } : { ok: false, error: result.error };
});

export const joinClassAction = defineAction({ input: z.object({ code: joinCodeSchema }), who: "student" }, async (input, user) => {
  const result = await joinClass(user!.id, input.code, await currentAddress(), user!.timeZone);
  return result.ok ? { ok: true, data: { className: result.className, already: result.already } } : { ok: false, error: result.error, fieldErrors: { code: result.error } };
});

export const startAssignment = defineAction({ input: z.object({ assignmentId: recordId("Unknown assignment.") }), who: "student" }, async (input, user) => {
  const result = await startAssignmentAttempt(user!.id, input.assignmentId, user!.timeZone, new Date());
  return result.ok ? { ok: true, data: { sessionId: result.sessionId } } : { ok: false, error: result.error };
});
