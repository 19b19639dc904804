/**
 * The authorization matrix for every teacher action and the student's assignment action, through
 * the real server actions: anonymous, a student of the class, a student of another class, another
 * teacher and the owning teacher. Each refused call must leave the database exactly as it was.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import type { CurrentUser } from "@/lib/auth/session.server";
import { createAccount } from "@/lib/accounts/create-account.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";

const session = vi.hoisted(() => ({ user: null as CurrentUser | null }));
vi.mock("@/lib/auth/session.server", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/lib/security/current-address.server", () => ({ currentAddress: async () => "192.0.2.9" }));

const classActions = await import("./classes/actions");
const deckActions = await import("./decks/actions");
const studyActions = await import("../(student)/study/actions");
const db = testDb();

async function account(role: "student" | "teacher", name: string): Promise<CurrentUser> {
  const email = uniqueEmail(role);
  const result = await createAccount(db, { name, email, password: "a long enough password", role });
  if (!result.ok) throw new Error("could not create the account");
  return {
    id: result.data.userId,
    name,
    email,
    role,
    timeZone: "UTC",
    savedTimeZone: "UTC",
    sessionId: "test-session",
  };
}

/** Everything a teacher action could change, to compare before and after a refused call. */
async function snapshot() {
  const [classes, enrollments, decks, assignments, sessions] = await Promise.all([
    db.class.findMany({ orderBy: { id: "asc" } }),
    db.enrollment.findMany({ orderBy: [{ classId: "asc" }, { studentId: "asc" }] }),
    db.deck.findMany({ orderBy: { id: "asc" } }),
    db.assignment.findMany({ orderBy: { id: "asc" } }),
    db.quizSession.findMany({ orderBy: { id: "asc" }, select: { id: true } }),
  ]);
  return { classes, enrollments, decks, assignments, sessions };
}

let owner: CurrentUser, otherTeacher: CurrentUser, member: CurrentUser, outsider: CurrentUser;
let classId: string, deckId: string, assignmentId: string, factIds: string[];

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
  [owner, otherTeacher, member, outsider] = await Promise.all([
    account("teacher", "Owner"),
    account("teacher", "Other"),
    account("student", "Member"),
    account("student", "Outsider"),
  ]);
  factIds = (
    await db.fact.findMany({ where: { retiredAt: null }, take: 4, orderBy: { id: "asc" }, select: { id: true } })
  ).map((f) => f.id);
  session.user = owner;
  const created = await classActions.createClassAction({ name: "Owner's class" });
  if (!created.ok) throw new Error(created.error);
  classId = created.data.classId;
  const code = (await db.class.findUniqueOrThrow({ where: { id: classId } })).joinCode;
  const deck = await deckActions.createDeckAction({
    name: "Owner's deck",
    factIds,
    itemTypes: ["multiple-choice", "true-false"],
    questionsPerAttempt: 3,
  });
  if (!deck.ok) throw new Error(deck.error);
  deckId = await db.deck.findFirstOrThrow({ where: { teacherId: owner.id } }).then((d) => d.id);
  const assigned = await classActions.createAssignmentAction(assignment());
  if (!assigned.ok) throw new Error(assigned.error);
  assignmentId = assigned.data.assignmentId;
  session.user = member;
  expect(await studyActions.joinClassAction({ code })).toMatchObject({ ok: true });
  session.user = null;
});

function assignment(overrides: Record<string, unknown> = {}) {
  return {
    classId,
    deckId,
    opensAt: "2026-01-01T09:00",
    dueAt: "2036-01-01T09:00",
    timeZone: "Asia/Almaty",
    attempts: "one",
    scoring: "best",
    answersVisible: "after-due",
    allowLate: false,
    ...overrides,
  };
}

/** Every teacher action, with input aimed at the owner's class, deck and assignment. */
const teacherCalls = () =>
  ({
    "edit class details": () => classActions.updateClassAction({ classId, name: "Taken over", description: "" }),
    "regenerate code": () => classActions.regenerateCodeAction({ classId }),
    "close joining": () => classActions.setJoiningAction({ classId, enabled: false }),
    "remove student": () => classActions.removeStudentAction({ classId, studentId: member.id }),
    "assign a deck": () => classActions.createAssignmentAction(assignment()),
    "update deck": () =>
      deckActions.updateDeckAction({
        deckId,
        name: "Taken over",
        factIds,
        itemTypes: ["typed"],
        questionsPerAttempt: 2,
      }),
    "rename deck": () => deckActions.renameDeckAction({ deckId, name: "Taken over" }),
    "duplicate deck": () => deckActions.duplicateDeckAction({ deckId }),
    "delete deck": () => deckActions.deleteDeckAction({ deckId }),
    "delete assignment": () => classActions.deleteAssignmentAction({ assignmentId }),
    "change dates": () =>
      classActions.rescheduleAssignmentAction({
        assignmentId,
        opensAt: "2026-01-01T09:00",
        dueAt: "2026-01-02T09:00",
        timeZone: "UTC",
        allowLate: true,
      }),
  }) as Record<string, () => Promise<{ ok: boolean; error?: string }>>;

describe("teacher actions: only the owning teacher changes anything", () => {
  for (const who of ["anonymous", "student of the class", "student of another class", "another teacher"] as const) {
    it(`refuses ${who} and changes nothing`, async () => {
      session.user = {
        anonymous: null,
        "student of the class": member,
        "student of another class": outsider,
        "another teacher": otherTeacher,
      }[who];
      const before = await snapshot();
      for (const [name, call] of Object.entries(teacherCalls())) {
        const result = await call();
        expect(result.ok, `${name} as ${who}`).toBe(false);
        expect(result.error, `${name} as ${who}`).toMatch(
          /Sign in again|Only a teacher|not yours|does not exist|Choose one of your decks|not in this class/,
        );
      }
      expect(await snapshot()).toEqual(before);
    });
  }

  it("lets the owning teacher do each of them", async () => {
    session.user = owner;
    const calls = teacherCalls();
    for (const name of [
      "edit class details",
      "regenerate code",
      "close joining",
      "rename deck",
      "duplicate deck",
      "change dates",
    ])
      expect((await calls[name]!()).ok, name).toBe(true);
    expect(await db.class.findUniqueOrThrow({ where: { id: classId } })).toMatchObject({
      name: "Taken over",
      description: null,
    });
    expect(await classActions.updateClassAction({ classId, name: "  " })).toMatchObject({
      ok: false,
      fieldErrors: { name: "Give the class a name." },
    });
    expect((await db.class.findUniqueOrThrow({ where: { id: classId } })).name).toBe("Taken over");
    expect(await db.assignment.findUniqueOrThrow({ where: { id: assignmentId } })).toMatchObject({
      dueAt: new Date("2026-01-02T09:00:00Z"),
      allowLate: true,
    });
    expect(
      await classActions.rescheduleAssignmentAction({
        assignmentId,
        opensAt: "2026-01-02T09:00",
        dueAt: "2026-01-01T09:00",
        timeZone: "UTC",
        allowLate: true,
      }),
    ).toMatchObject({
      ok: false,
      fieldErrors: { dueAt: "The due date must come after the open date." },
    });
    const second = await classActions.createAssignmentAction(assignment());
    if (!second.ok) throw new Error(second.error);
    // A deck in use is never deleted, not even by its teacher; an assignment nobody started is.
    expect(await calls["delete deck"]!()).toMatchObject({
      ok: false,
      code: "conflict",
      error: expect.stringMatching(/used by 2 assignments/),
    });
    expect(await classActions.deleteAssignmentAction({ assignmentId: second.data.assignmentId })).toEqual({
      ok: true,
      data: { href: `/classes/${classId}` },
    });
    expect(await db.assignment.count({ where: { classId } })).toBe(1);
    expect((await calls["remove student"]!()).ok).toBe(true);
  });
});

describe("the student's assignment action", () => {
  it("starts an attempt only for a student of the class", async () => {
    session.user = outsider;
    expect(await studyActions.startAssignment({ assignmentId })).toEqual({
      ok: false,
      code: "not-found",
      error: "That assignment is not set for any of your classes.",
    });
    session.user = otherTeacher;
    expect(await studyActions.startAssignment({ assignmentId })).toEqual({
      ok: false,
      code: "forbidden",
      error: "Only a student can do this.",
    });
    session.user = null;
    expect(await studyActions.startAssignment({ assignmentId })).toEqual({
      ok: false,
      code: "unauthenticated",
      error: "Your session has ended. Sign in again.",
    });
    session.user = outsider;
    expect(await studyActions.startAssignment({ assignmentId: "'; DROP TABLE" })).toMatchObject({
      ok: false,
      fieldErrors: { assignmentId: "Unknown assignment." },
    });
    expect(await db.quizSession.count({ where: { assignmentId } })).toBe(0);
  });
});
