"use server";

import { z } from "zod";
import { recordId } from "@/lib/schemas";
import { defineAction } from "@/lib/auth/action.server";
import { createAssignment, deleteAssignment, rescheduleAssignment } from "@/lib/assignments/assignments.server";
import { assignmentInputSchema, rescheduleInputSchema } from "@/lib/assignments/policy";
import {
  classInputSchema,
  createClass,
  regenerateJoinCode,
  removeStudent,
  setJoinEnabled,
  updateClass,
} from "@/lib/classes/classes.server";
import { acceptAnswer, answerMarks, markAnswer, unacceptAnswer } from "@/lib/assignments/regrade.server";
import { mapResult, ok } from "@/lib/result";

const id = recordId("Unknown class.");

export const createClassAction = defineAction.teacher("createClass", classInputSchema, async (input, user) => {
  const created = await createClass(user.id, input);
  return ok({ classId: created.id });
});

export const updateClassAction = defineAction.teacher(
  "updateClass",
  classInputSchema.extend({ classId: id }),
  async (input, user) =>
    mapResult(await updateClass(user.id, input.classId, input), () => ({ classId: input.classId })),
);

export const regenerateCodeAction = defineAction.teacher(
  "regenerateCode",
  z.object({ classId: id }),
  async (input, user) => regenerateJoinCode(user.id, input.classId),
);

export const setJoiningAction = defineAction.teacher(
  "setJoining",
  z.object({ classId: id, enabled: z.boolean() }),
  async (input, user) => setJoinEnabled(user.id, input.classId, input.enabled),
);

export const removeStudentAction = defineAction.teacher(
  "removeStudent",
  z.object({ classId: id, studentId: id }),
  async (input, user) => removeStudent(user.id, input.classId, input.studentId),
);

export const createAssignmentAction = defineAction.teacher(
  "createAssignment",
  assignmentInputSchema,
  async (input, user) => createAssignment(user.id, input),
);

export const deleteAssignmentAction = defineAction.teacher(
  "deleteAssignment",
  z.object({ assignmentId: id }),
  async (input, user) =>
    mapResult(await deleteAssignment(user.id, input.assignmentId), ({ classId }) => ({ href: `/classes/${classId}` })),
);

export const rescheduleAssignmentAction = defineAction.teacher(
  "rescheduleAssignment",
  rescheduleInputSchema,
  async (input, user) => rescheduleAssignment(user.id, input),
);

const regradeInput = z.object({
  assignmentId: recordId("Unknown assignment."),
  itemId: z
    .string()
    .max(200)
    .regex(/^[a-z0-9-]+\.[a-z-]+\.[a-z0-9]+$/, { error: "Unknown question." }),
  answer: z.string().trim().min(1, { error: "There is no answer to accept." }).max(500),
});

/** "Accept this answer": the typed answer counts right for this question of the assignment, every stored attempt regraded. */
export const acceptAnswerAction = defineAction.teacher("acceptAnswer", regradeInput, async (input, user) =>
  mapResult(await acceptAnswer(user.id, input), () => null),
);

/** Takes an accepted answer back: its attempts get the grader's verdicts again. */
export const unacceptAnswerAction = defineAction.teacher("unacceptAnswer", regradeInput, async (input, user) =>
  mapResult(await unacceptAnswer(user.id, input), () => null),
);

/** Marks one student's answer right or wrong, or gives it back to the grader ("grader"). */
export const markAnswerAction = defineAction.teacher(
  "markAnswer",
  z.object({
    // Answers are stored with random UUIDs (lib/study/sessions.server.ts), not cuids.
    attemptId: z.string().regex(/^[a-z0-9-]{10,40}$/, { error: "Unknown answer." }),
    mark: z.enum(answerMarks, { error: "Choose right or wrong." }),
  }),
  async (input, user) => mapResult(await markAnswer(user.id, input), () => null),
);
