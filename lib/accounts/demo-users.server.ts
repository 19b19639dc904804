import type { Db } from "@/lib/db/client.server";
import type { Role } from "./roles";
import { newJoinCode } from "@/lib/classes/join-code";
import { hashPassword } from "./password.server";

/** Fixed logins printed by `npm start`, so a newcomer can look around at once. */
export const demoUsers: readonly { name: string; email: string; password: string; role: Role }[] = [
  { name: "Dana Teacher", email: "teacher@demo.sourcebound.test", password: "demo-teacher-2022", role: "teacher" },
  { name: "Aigerim Student", email: "aigerim@demo.sourcebound.test", password: "demo-student-2022", role: "student" },
  { name: "Timur Student", email: "timur@demo.sourcebound.test", password: "demo-student-2022", role: "student" },
];

/** Creates the demo accounts that are missing; existing ones (and their progress) are left alone. */
export async function ensureDemoUsers(db: Db): Promise<{ created: number }> {
  let created = 0;
  for (const demo of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({
      data: { name: demo.name, email: demo.email, role: demo.role, passwordHash: await hashPassword(demo.password) },
    });
    created++;
  }
  await ensureDemoClass(db);
  return { created };
}

export const DEMO_CLASS_NAME = "Kazakhstan, January 2022 (demo class)";

/** The demo teacher's class with both demo students, so the teacher pages have someone in them. */
async function ensureDemoClass(db: Db) {
  const [teacher, ...students] = await Promise.all(demoUsers.map((u) => db.user.findUniqueOrThrow({ where: { email: u.email }, select: { id: true } })));
  if (await db.class.findFirst({ where: { teacherId: teacher!.id, name: DEMO_CLASS_NAME }, select: { id: true } })) return;
  await db.class.create({
    data: {
      teacherId: teacher!.id,
      name: DEMO_CLASS_NAME,
      description: "Five articles on the January 2022 unrest; sources disagree on the death toll.",
      joinCode: newJoinCode(),
      enrollments: { create: students.map((s) => ({ studentId: s.id })) },
    },
  });
}
