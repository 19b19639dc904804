import { describe, expect, it } from "vitest";
import { answersShown, submissionWindow } from "./attempt-rules";
import { ruleWeek } from "./test-support";

const { dueAt, rules, before, during, after } = ruleWeek;

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

describe("submission window", () => {
  it("refuses before the open date and after the due date unless late work is allowed", () => {
    expect(submissionWindow(rules, before)).toBe("not-open");
    expect(submissionWindow(rules, during)).toBe("open");
    expect(submissionWindow(rules, after)).toBe("closed");
    expect(submissionWindow({ ...rules, allowLate: true }, after)).toBe("late");
  });
});
