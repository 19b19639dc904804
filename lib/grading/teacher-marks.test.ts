import { describe, expect, it } from "vitest";
import { isTeacherMark, teacherMarkCounts, teacherMarkVerdict } from "./teacher-marks";

describe("teacher marks", () => {
  it("say who decided, as the reader is told", () => {
    expect(teacherMarkVerdict("accepted", "your teacher")).toBe("Correct: accepted by your teacher");
    expect(teacherMarkVerdict("marked-right", "you")).toBe("Correct: marked right by you");
    expect(teacherMarkVerdict("marked-wrong", "the teacher")).toBe("Wrong: marked wrong by the teacher");
  });

  it("count a student's decided answers in a fixed order, leaving out kinds with none", () => {
    expect(teacherMarkCounts({ "marked-wrong": 1, accepted: 2 })).toBe("2 accepted; 1 marked wrong");
    expect(teacherMarkCounts({ "marked-right": 0 })).toBe("");
  });

  it("know only their own values", () => {
    expect(isTeacherMark("marked-right")).toBe(true);
    expect(isTeacherMark(null)).toBe(false);
    expect(isTeacherMark("grader")).toBe(false);
  });
});
