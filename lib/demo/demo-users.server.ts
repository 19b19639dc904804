import type { Db } from "@/lib/db/client.server";
import type { Role } from "@/lib/accounts/roles";
import { newJoinCode } from "@/lib/classes/join-code";
import { hashPassword } from "@/lib/accounts/password.server";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";

/** Fixed logins printed by `npm start`, so a newcomer can look around at once. */
export const demoUsers: readonly { name: string; email: string; password: string; role: Role }[] = [
  { name: "Dana Teacher", email: "teacher@demo.sourcebound.test", password: "demo-teacher-2022", role: "teacher" },
  { name: "Aigerim Student", email: "aigerim@demo.sourcebound.test", password: "demo-student-2022", role: "student" },
  { name: "Timur Student", email: "timur@demo.sourcebound.test", password: "demo-student-2022", role: "student" },
];

/** The demo class's other students, for its history: accounts no one can sign in to (random passwords). */
export const demoClassmates = [
  "Aruzhan Bekova",
  "Daniyar Omarov",
  "Madina Sadykova",
  "Nurlan Abenov",
  "Saule Kairatova",
  "Yerlan Zhaksylykov",
  "Dana Ismailova",
  "Arman Tulegenov",
  "Zhanna Mukanova",
  "Ilyas Serikbayev",
].map((name, i) => ({ name, email: `classmate-${i + 1}@demo.sourcebound.test` }));

/**
 * Creates the demo accounts that are missing and enables any that DEMO_USERS=0 had disabled;
 * existing ones (and their progress) are otherwise left alone.
 */
export async function ensureDemoUsers(
  db: Db,
  now = new Date(),
): Promise<{ created: number; enabled: number; demoClass: DemoClass | null }> {
  let created = 0;
  for (const demo of demoUsers) {
    const existing = await db.user.findUnique({ where: { email: demo.email }, select: { id: true } });
    if (existing) continue;
    await db.user.create({
      data: { name: demo.name, email: demo.email, role: demo.role, passwordHash: await hashPassword(demo.password) },
    });
    created++;
  }
  const { count: enabled } = await db.user.updateMany({
    where: { email: { in: demoEmails }, disabledAt: { not: null } },
    data: { disabledAt: null },
  });
  return { created, enabled, demoClass: await ensureDemoClass(db, now) };
}

const demoEmails = demoUsers.map((u) => u.email);

/**
 * DEMO_USERS=0: the published demo logins stop working at once: the accounts are disabled (their
 * data stays, for a later DEMO_USERS=1) and their sessions end.
 */
export async function disableDemoUsers(db: Db, now = new Date()): Promise<{ disabled: number }> {
  const { count: disabled } = await db.user.updateMany({
    where: { email: { in: demoEmails }, disabledAt: null },
    data: { disabledAt: now },
  });
  await db.userSession.deleteMany({ where: { user: { email: { in: demoEmails } } } });
  return { disabled };
}

/** The demo class's ids, for its history (demo-history.server.ts, which `npm start` runs next). */
export interface DemoClass {
  teacherId: string;
  classId: string;
  studentIds: string[];
}

export const DEMO_CLASS_NAME = "Kazakhstan, January 2022 (demo class)";

export const DEMO_DECK_NAME = "The CSTO mission and the casualties";

/**
 * The demo teacher's class with both demo students, a deck and one open assignment (answers after
 * the attempt) for a newcomer to take; its ids, for the class's history (demo-history.server.ts).
 */
async function ensureDemoClass(db: Db, now: Date): Promise<DemoClass | null> {
  const [teacher, ...students] = await Promise.all(
    demoUsers.map((u) => db.user.findUniqueOrThrow({ where: { email: u.email }, select: { id: true } })),
  );
  const teacherId = teacher!.id;
  const existing = await db.class.findFirst({ where: { teacherId, name: DEMO_CLASS_NAME }, select: { id: true } });
  const demoClass =
    existing ??
    (await db.class.create({
      data: {
        teacherId,
        name: DEMO_CLASS_NAME,
        description: "Five articles on the January 2022 unrest; sources disagree on the death toll.",
        joinCode: newJoinCode(),
        enrollments: { create: students.map((s) => ({ studentId: s.id })) },
      },
      select: { id: true },
    }));
  const demo = { teacherId, classId: demoClass.id, studentIds: students.map((s) => s.id) };
  if (await db.assignment.findFirst({ where: { classId: demoClass.id }, select: { id: true } })) return demo;

  const facts = await db.fact.findMany({
    // The library's only: a teacher's topics may be named alike.
    where: { retiredAt: null, ownerId: null },
    orderBy: { id: "asc" },
    select: { id: true, topics: true },
  });
  const factIds = facts
    .filter((f) => parseJsonColumn(stringList, f.topics, "fact topics").some((t) => t === "csto" || t === "casualties"))
    .map((f) => f.id);
  if (!factIds.length) return null;
  const deck =
    (await db.deck.findFirst({ where: { teacherId, name: DEMO_DECK_NAME }, select: { id: true } })) ??
    (await db.deck.create({
      data: {
        teacherId,
        name: DEMO_DECK_NAME,
        factIds: JSON.stringify(factIds),
        itemTypes: JSON.stringify(["multiple-choice", "true-false", "typed"]),
        questionsPerAttempt: 10,
      },
      select: { id: true },
    }));
  // Due in two weeks at 17:00 UTC: a round hour, as a teacher would choose it.
  const dueAt = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 14, 17));
  await db.assignment.create({
    data: {
      classId: demoClass.id,
      deckId: deck.id,
      title: "Who sent troops, and how many died?",
      opensAt: now,
      dueAt,
      timeZone: "UTC",
      maxAttempts: 2,
      scoring: "best",
      answersVisible: "after-attempt",
      allowLate: true,
    },
  });
  return demo;
}
