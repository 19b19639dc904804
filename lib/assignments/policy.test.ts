import { describe, expect, it } from "vitest";
import { answersShown, assignmentInputSchema, assignmentScore, cannotStart, localValue, rulesOf, studentStatus, submissionWindow, zonedInstant, type AssignmentRules } from "./policy";

const opensAt = new Date("2026-12-01T08:00:00Z");
const dueAt = new Date("2026-12-08T17:00:00Z");
const rules: AssignmentRules = { opensAt, dueAt, maxAttempts: 2, scoring: "best", answersVisible: "after-due", allowLate: false };
const before = new Date("2026-11-30T12:00:00Z");
const during = new Date("2026-12-03T12:00:00Z");
const after = new Date("2026-12-09T12:00:00Z");
const format = (d: Date) => d.toISOString();

describe("answersShown", () => {
  it("shows after each question at once, whatever the state", () => {
    expect(answersShown({ answersVisible: "after-question", dueAt }, false, during)).toBe(true);
  });
  it("after the attempt: hidden until the attempt is finished or the due date passes", () => {
    expect(answersShown({ answersVisible: "after-attempt", dueAt }, false, during)).toBe(false);
    expect(answersShown({ answersVisible: "after-attempt", dueAt }, true, during)).toBe(true);
    expect(answersShown({ answersVisible: "after-attempt", dueAt }, false, after)).toBe(true);
  });
  it("after the due date: hidden even for a finished attempt until the due date", () => {
    expect(answersShown({ answersVisible: "after-due", dueAt }, true, during)).toBe(false);
    expect(answersShown({ answersVisible: "after-due", dueAt }, true, dueAt)).toBe(true);
  });
});

describe("submission window and starting", () => {
  it("refuses before the open date and after the due date unless late work is allowed", () => {
    expect(submissionWindow(rules, before)).toBe("not-open");
    expect(submissionWindow(rules, during)).toBe("open");
    expect(submissionWindow(rules, after)).toBe("closed");
    expect(submissionWindow({ ...rules, allowLate: true }, after)).toBe("late");
  });
  it("says why a new attempt cannot start", () => {
    expect(cannotStart(rules, 0, before, format)).toBe(`This assignment opens on ${opensAt.toISOString()}.`);
    expect(cannotStart(rules, 0, after, format)).toMatch(/has passed and your teacher does not accept late work/);
    expect(cannotStart(rules, 2, during, format)).toBe("You have used all 2 attempts.");
    expect(cannotStart({ ...rules, maxAttempts: 1 }, 1, during, format)).toBe("You have used your one attempt.");
    expect(cannotStart({ ...rules, maxAttempts: null }, 50, during, format)).toBeNull();
    expect(cannotStart({ ...rules, allowLate: true }, 0, after, format)).toBeNull();
    // Late work is for those who had not started: after the due date earlier answers are visible.
    expect(cannotStart({ ...rules, allowLate: true, maxAttempts: 3 }, 1, after, format)).toMatch(/late work is accepted only from students who had not started/);
  });
});

describe("scores and status", () => {
  const first = { startedAt: new Date("2026-12-02T10:00:00Z"), correct: 8, total: 10, answered: 10 };
  const second = { startedAt: new Date("2026-12-03T10:00:00Z"), correct: 6, total: 10, answered: 10 };
  const empty = { startedAt: new Date("2026-12-04T10:00:00Z"), correct: 0, total: 10, answered: 0 };
  it("counts the best or the latest attempt that has answers", () => {
    expect(assignmentScore([first, second, empty], "best")).toBe(0.8);
    expect(assignmentScore([first, second, empty], "latest")).toBe(0.6);
    expect(assignmentScore([empty], "best")).toBeNull();
  });
  it("is done with a finished attempt, overdue without one after the due date", () => {
    expect(studentStatus(rules, [], before)).toBe("not-open");
    expect(studentStatus(rules, [], during)).toBe("to-do");
    expect(studentStatus(rules, [{ finished: false }], during)).toBe("in-progress");
    expect(studentStatus(rules, [{ finished: false }], after)).toBe("overdue");
    expect(studentStatus(rules, [{ finished: true }], after)).toBe("done");
  });
  it("reads unknown stored values as the strictest rule", () => {
    expect(rulesOf({ opensAt, dueAt, maxAttempts: null, scoring: "?", answersVisible: "?", allowLate: false })).toMatchObject({ scoring: "best", answersVisible: "after-due" });
  });
});

describe("dates in the teacher's time zone", () => {
  it("turns a wall-clock time into the instant of that zone, and back", () => {
    expect(zonedInstant("2026-12-08T23:59", "Asia/Almaty").toISOString()).toBe("2026-12-08T18:59:00.000Z");
    expect(zonedInstant("2026-12-08T23:59", "America/New_York").toISOString()).toBe("2026-12-09T04:59:00.000Z");
    expect(localValue(new Date("2026-12-08T18:59:00Z"), "Asia/Almaty")).toBe("2026-12-08T23:59");
  });
  it("refuses a due date before the open date and a missing attempt count, with field messages", () => {
    const base = { classId: "c".repeat(20), deckId: "d".repeat(20), opensAt: "2026-12-08T09:00", dueAt: "2026-12-01T09:00", timeZone: "Asia/Almaty", attempts: "several", scoring: "best", answersVisible: "after-due", allowLate: false };
    const parsed = assignmentInputSchema.safeParse(base);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths).toContainEqual(["dueAt", "The due date must come after the open date."]);
    expect(paths).toContainEqual(["maxAttempts", "Enter how many attempts."]);
    expect(assignmentInputSchema.safeParse({ ...base, timeZone: "Mars/Olympus" }).success).toBe(false);
  });
  it("refuses a time that does not exist instead of moving it", () => {
    const base = { classId: "c".repeat(20), deckId: "d".repeat(20), opensAt: "2026-02-30T09:00", dueAt: "2026-03-08T02:30", timeZone: "America/New_York", attempts: "one", scoring: "best", answersVisible: "after-due", allowLate: false };
    const issues = assignmentInputSchema.safeParse(base).error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["opensAt", "That time does not exist in America/New_York."],
      ["dueAt", "That time does not exist in America/New_York."],
    ]);
    expect(assignmentInputSchema.safeParse({ ...base, opensAt: "2026-02-28T09:00", dueAt: "2026-03-08T03:30" }).success).toBe(true);
  });
});
