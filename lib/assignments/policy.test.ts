import { describe, expect, it } from "vitest";
import { assignmentInputSchema, assignmentScore, cannotStart, studentStatus } from "./policy";
import { rulesOf } from "@/lib/study/attempt-rules";
import { ruleWeek } from "@/lib/study/test-support";

const { opensAt, dueAt, rules, before, during, after } = ruleWeek;
const format = (d: Date) => d.toISOString();

describe("submission window and starting", () => {
  it("says why a new attempt cannot start", () => {
    expect(cannotStart(rules, 0, before, format)).toBe(`This assignment opens on ${opensAt.toISOString()}.`);
    expect(cannotStart(rules, 0, after, format)).toMatch(/has passed and your teacher does not accept late work/);
    expect(cannotStart(rules, 2, during, format)).toBe("You have used all 2 attempts.");
    expect(cannotStart({ ...rules, maxAttempts: 1 }, 1, during, format)).toBe("You have used your one attempt.");
    expect(cannotStart({ ...rules, maxAttempts: null }, 50, during, format)).toBeNull();
    expect(cannotStart({ ...rules, allowLate: true }, 0, after, format)).toBeNull();
    // Late work is for those who had not started: after the due date earlier answers are visible.
    expect(cannotStart({ ...rules, allowLate: true, maxAttempts: 3 }, 1, after, format)).toMatch(
      /late work is accepted only from students who had not started/,
    );
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
    expect(
      rulesOf({ opensAt, dueAt, maxAttempts: null, scoring: "?", answersVisible: "?", allowLate: false }),
    ).toMatchObject({ scoring: "best", answersVisible: "after-due" });
  });
});

describe("dates in the teacher's time zone", () => {
  it("refuses a due date before the open date and a missing attempt count, with field messages", () => {
    const base = {
      classId: "c".repeat(20),
      deckId: "d".repeat(20),
      opensAt: "2026-12-08T09:00",
      dueAt: "2026-12-01T09:00",
      timeZone: "Asia/Almaty",
      attempts: "several",
      scoring: "best",
      answersVisible: "after-due",
      allowLate: false,
    };
    const parsed = assignmentInputSchema.safeParse(base);
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(paths).toContainEqual(["dueAt", "The due date must come after the open date."]);
    expect(paths).toContainEqual(["maxAttempts", "Enter how many attempts."]);
    expect(assignmentInputSchema.safeParse({ ...base, timeZone: "Mars/Olympus" }).success).toBe(false);
  });
  it("refuses a time that does not exist instead of moving it", () => {
    const base = {
      classId: "c".repeat(20),
      deckId: "d".repeat(20),
      opensAt: "2026-02-30T09:00",
      dueAt: "2026-03-08T02:30",
      timeZone: "America/New_York",
      attempts: "one",
      scoring: "best",
      answersVisible: "after-due",
      allowLate: false,
    };
    const issues = assignmentInputSchema.safeParse(base).error!.issues.map((i) => [i.path.join("."), i.message]);
    expect(issues).toEqual([
      ["opensAt", "That time does not exist in America/New_York."],
      ["dueAt", "That time does not exist in America/New_York."],
    ]);
    expect(
      assignmentInputSchema.safeParse({ ...base, opensAt: "2026-02-28T09:00", dueAt: "2026-03-08T03:30" }).success,
    ).toBe(true);
  });
});
