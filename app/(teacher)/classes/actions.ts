"use server";

import { z } from "zod";
import { recordId } from "@/lib/schemas";
import { defineAction } from "@/lib/auth/action.server";
import { createAssignment, deleteAssignment, rescheduleAssignment } from "@/lib/assignments/assignments.server";
import { assignmentInputSchema, rescheduleInputSchema } from "@/lib/assignments/policy";
import { classInputSchema, createClass, regenerateJoinCode, removeStudent, setJoinEnabled, updateClass, type ClassChange } from "@/lib/classes/classes.server";

const id = recordId("Unknown class.");
const asResult = (change: ClassChange) => (change.ok ? { ok: true as const, data: null } : change);

export const createClassAction = defineAction({ input: classInputSchema, who: "teacher" }, async (input, user) => {
  const created = await createClass(user!.id, input);
  return { ok: true, data: { classId: created.id } };
});

export const updateClassAction = defineAction({ input: classInputSchema.extend({ classId: id }), who: "teacher" }, async (input, user) => {
  const change = await updateClass(user!.id, input.classId, input);
  return change.ok ? { ok: true, data: { classId: input.classId } } : change;
});

export const regenerateCodeAction = defineAction({ input: z.object({ classId: id }), who: "teacher" }, async (input, user) =>
  asResult(await regenerateJoinCode(user!.id, input.classId)),
);

export const setJoiningAction = defineAction({ input: z.object({ classId: id, enabled: z.boolean() }), who: "teacher" }, async (input, user) =>
  asResult(await setJoinEnabled(user!.id, input.classId, input.enabled)),
);

export const removeStudentAction = defineAction({ input: z.object({ classId: id, studentId: id }), who: "teacher" }, async (input, user) =>
  asResult(await removeStudent(user!.id, input.classId, input.studentId)),
);

export const createAssignmentAction = defineAction({ input: assignmentInputSchema, who: "teacher" }, async (input, user) => {
  const result = await createAssignment(user!.id, input);
  if (result.ok) return { ok: true, data: { assignmentId: result.assignmentId } };
  return { ok: false, error: result.error, fieldErrors: result.field ? { [result.field]: result.error } : undefined };
});

export const deleteAssignmentAction = defineAction({ input: z.object({ assignmentId: id }), who: "teacher" }, async (input, user) => {
  const result = await deleteAssignment(user!.id, input.assignmentId);
  return result.ok ? { ok: true, data: { href: `/classes/${result.classId}` } } : result;
});

export const rescheduleAssignmentAction = defineAction({ input: rescheduleInputSchema, who: "teacher" }, async (input, user) => {
  const result = await rescheduleAssignment(user!.id, input);
  return result.ok ? { ok: true, data: null } : result;
});
