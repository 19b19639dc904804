import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { newJoinCode } from "./join-code";
import { isUniqueViolation } from "@/lib/db/errors";
import { describeRetry } from "@/lib/security/rate-limit";
import { reserve } from "@/lib/security/rate-limit.server";
import { done, fail, fieldFailure, ok, type Result } from "@/lib/result";

export const classInputSchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: "Give the class a name." })
    .max(80, { error: "Keep the name under 80 characters." }),
  description: z
    .string()
    .trim()
    .max(300, { error: "Keep the description under 300 characters." })
    .optional()
    .transform((d) => d || null),
});
export type ClassInput = z.infer<typeof classInputSchema>;

/** Runs `write` with a fresh join code, retrying on the (rare) collision with an existing code. */
async function withFreshCode<T>(write: (code: string) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await write(newJoinCode());
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 5) throw error;
    }
  }
}

export async function createClass(teacherId: string, input: ClassInput) {
  return withFreshCode((joinCode) =>
    db().class.create({
      data: { teacherId, name: input.name, description: input.description, joinCode },
      select: { id: true },
    }),
  );
}

export interface ClassSummary {
  id: string;
  name: string;
  description: string | null;
  joinCode: string;
  joinEnabled: boolean;
  students: number;
}

export async function classesOfTeacher(teacherId: string): Promise<ClassSummary[]> {
  const classes = await db().class.findMany({
    where: { teacherId },
    orderBy: { createdAt: "asc" },
    include: { _count: { select: { enrollments: true } } },
  });
  return classes.map((c) => ({
    id: c.id,
    name: c.name,
    description: c.description,
    joinCode: c.joinCode,
    joinEnabled: c.joinEnabled,
    students: c._count.enrollments,
  }));
}

export interface ClassDetail extends ClassSummary {
  roster: { id: string; name: string; email: string; joinedAt: Date }[];
}

/** A class with its roster, for the teacher who owns it; null for anyone else. */
export async function classForTeacher(teacherId: string, classId: string): Promise<ClassDetail | null> {
  const found = await db().class.findFirst({
    where: { id: classId, teacherId },
    include: {
      enrollments: {
        orderBy: { joinedAt: "asc" },
        include: { student: { select: { id: true, name: true, email: true } } },
      },
    },
  });
  if (!found) return null;
  return {
    id: found.id,
    name: found.name,
    description: found.description,
    joinCode: found.joinCode,
    joinEnabled: found.joinEnabled,
    students: found.enrollments.length,
    roster: found.enrollments.map((e) => ({ ...e.student, joinedAt: e.joinedAt })),
  };
}

export type ClassChange = Result;
const notYours = () => fail("not-found", "That class does not exist or is not yours.");

/** The owner corrects a class's name or description. */
export async function updateClass(teacherId: string, classId: string, input: ClassInput): Promise<ClassChange> {
  const updated = await db().class.updateMany({
    where: { id: classId, teacherId },
    data: { name: input.name, description: input.description },
  });
  return updated.count ? done() : notYours();
}

export async function regenerateJoinCode(teacherId: string, classId: string): Promise<ClassChange> {
  const updated = await withFreshCode((joinCode) =>
    db().class.updateMany({ where: { id: classId, teacherId }, data: { joinCode } }),
  );
  return updated.count ? done() : notYours();
}

export async function setJoinEnabled(teacherId: string, classId: string, joinEnabled: boolean): Promise<ClassChange> {
  const updated = await db().class.updateMany({ where: { id: classId, teacherId }, data: { joinEnabled } });
  return updated.count ? done() : notYours();
}

export async function removeStudent(teacherId: string, classId: string, studentId: string): Promise<ClassChange> {
  const removed = await db().enrollment.deleteMany({ where: { classId, studentId, class: { teacherId } } });
  return removed.count ? done() : fail("not-found", "That student is not in this class.");
}

/** The class joined, and whether the student was in it already. */
export type JoinResult = Result<{ className: string; already: boolean }>;

/**
 * A student joins with a code; the same message for an unknown and a disabled code. Wrong codes
 * are limited per student and per address (the database-backed limiter, so it holds across
 * instances): a code cannot be found by trying them all.
 */
export async function joinClass(
  studentId: string,
  joinCode: string,
  address: string,
  timeZone: string,
  now = new Date(),
): Promise<JoinResult> {
  const attempt = await reserve(
    db(),
    [
      { rule: "joinStudent", subject: studentId },
      { rule: "joinAddress", subject: address },
    ],
    now,
  );
  if (!attempt.ok)
    return fieldFailure(
      "code",
      `Too many wrong codes. ${describeRetry(attempt.retryAt, now, timeZone)}`,
      "rate-limited",
    );
  const found = await db().class.findFirst({
    where: { joinCode, joinEnabled: true },
    select: { id: true, name: true },
  });
  if (!found) {
    const lastTry = attempt.exhaustedUntil
      ? ` That was the last try for now: ${describeRetry(attempt.exhaustedUntil, now, timeZone)}`
      : "";
    return fieldFailure("code", `No class accepts that code. Check it with your teacher.${lastTry}`, "not-found");
  }
  await attempt.release();
  try {
    await db().enrollment.create({ data: { classId: found.id, studentId } });
    return ok({ className: found.name, already: false });
  } catch (error) {
    if (isUniqueViolation(error)) return ok({ className: found.name, already: true });
    throw error;
  }
}

export async function classesOfStudent(studentId: string): Promise<{ id: string; name: string; teacher: string }[]> {
  const enrollments = await db().enrollment.findMany({
    where: { studentId },
    orderBy: { joinedAt: "asc" },
    include: { class: { include: { teacher: { select: { name: true } } } } },
  });
  return enrollments.map((e) => ({ id: e.class.id, name: e.class.name, teacher: e.class.teacher.name }));
}
