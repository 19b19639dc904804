"use server";

import { z } from "zod";
import { recordId } from "@/lib/schemas";
import { defineAction } from "@/lib/auth/action.server";
import { submitAnswerSchema } from "@/lib/study/answers";
import { quickQuiz, selectionSchema } from "@/lib/study/selection";
import { startPracticeSession, startRetryMissedSession, submitAnswer } from "@/lib/study/sessions.server";
import { practiceTitle } from "@/lib/study/titles.server";
import { feedAfterResponse } from "@/lib/scheduling/cards.server";
import { joinClass } from "@/lib/classes/classes.server";
import { joinCodeSchema } from "@/lib/classes/join-code";
import { currentAddress } from "@/lib/security/current-address.server";
import { startAssignmentAttempt } from "@/lib/assignments/assignments.server";

const nothing = z.object({}).strict();

export const startPractice = defineAction.student("startPractice", selectionSchema, async (selection, user) =>
  startPracticeSession(user.id, selection, await practiceTitle(user.id, selection)),
);

export const startQuickQuiz = defineAction.student("startQuickQuiz", nothing, async (_input, user) =>
  startPracticeSession(user.id, quickQuiz, "Quick quiz"),
);

export const startRetryMissed = defineAction.student("startRetryMissed", nothing, async (_input, user) =>
  startRetryMissedSession(user.id),
);

export const answerQuestion = defineAction.student("answerQuestion", submitAnswerSchema, async (input, user) => {
  const result = await submitAnswer(user.id, input);
  if (result.ok) feedAfterResponse(user.id);
  return result;
});

export const joinClassAction = defineAction.student(
  "joinClass",
  z.object({ code: joinCodeSchema }),
  async (input, user) => joinClass(user.id, input.code, await currentAddress(), user.timeZone),
);

export const startAssignment = defineAction.student(
  "startAssignment",
  z.object({ assignmentId: recordId("Unknown assignment.") }),
  async (input, user) => startAssignmentAttempt(user.id, input.assignmentId, user.timeZone, new Date()),
);
