import { describe, expect, it } from "vitest";
import { gradebookRows, gradebookSortSchema, questionStats, sortGradebook, type AttemptAggregate } from "./gradebook";

const students = [
  { id: "s1", name: "Aigerim", email: "a@x.test", enrolled: true },
  { id: "s2", name: "Timur", email: "t@x.test", enrolled: true },
  { id: "s3", name: "Dana", email: "d@x.test", enrolled: true },
];
const attempt = (
  userId: string,
  day: number,
  correct: number,
  extra: Partial<AttemptAggregate> = {},
): AttemptAggregate => ({
  userId,
  startedAt: new Date(`2026-12-0${day}T10:00:00Z`),
  finishedAt: new Date(`2026-12-0${day}T10:05:00Z`),
  total: 10,
  answered: 10,
  correct,
  timeMs: 60_000,
  lastAnswerAt: new Date(`2026-12-0${day}T10:05:00Z`),
  lateAnswers: 0,
  ...extra,
});

describe("gradebookRows", () => {
  const attempts = [attempt("s1", 1, 9), attempt("s1", 2, 5), attempt("s2", 3, 7, { lateAnswers: 2 })];
  it("scores by the assignment's rule and sums attempts and time", () => {
    const best = gradebookRows(students, attempts, "best");
    expect(best.find((r) => r.studentId === "s1")).toMatchObject({
      score: 0.9,
      attempts: 2,
      timeMs: 120_000,
      late: false,
    });
    expect(best.find((r) => r.studentId === "s2")).toMatchObject({ score: 0.7, attempts: 1, late: true });
    expect(best.find((r) => r.studentId === "s3")).toMatchObject({ score: null, attempts: 0, lastActivity: null });
    expect(gradebookRows(students, attempts, "latest").find((r) => r.studentId === "s1")!.score).toBe(0.5);
  });
  it("sorts by any column, students without a score last either way", () => {
    const rows = gradebookRows(students, attempts, "best");
    expect(sortGradebook(rows, { sort: "score", dir: "desc" }).map((r) => r.name)).toEqual([
      "Aigerim",
      "Timur",
      "Dana",
    ]);
    expect(sortGradebook(rows, { sort: "score", dir: "asc" }).map((r) => r.name)).toEqual(["Timur", "Aigerim", "Dana"]);
    expect(sortGradebook(rows, { sort: "name", dir: "asc" }).map((r) => r.name)).toEqual(["Aigerim", "Dana", "Timur"]);
    expect(sortGradebook(rows, { sort: "last", dir: "desc" }).map((r) => r.name)).toEqual(["Timur", "Aigerim", "Dana"]);
  });
  it("reads a malformed sort from the address bar as the default", () => {
    expect(gradebookSortSchema.parse({ sort: "password", dir: "sideways" })).toEqual({ sort: "name", dir: "asc" });
  });
});

describe("questionStats", () => {
  it("gives the share correct and groups typed spellings of one wrong answer", () => {
    const stats = questionStats([
      { itemId: "i1", answer: "Astana", correct: true, count: 4 },
      { itemId: "i1", answer: "Almaty", correct: false, count: 3 },
      { itemId: "i1", answer: "almaty ", correct: false, count: 1 },
      { itemId: "i1", answer: "Almatý", correct: false, count: 1 },
      { itemId: "i1", answer: "Moscow", correct: false, count: 2 },
      { itemId: "i2", answer: "True", correct: false, count: 1 },
    ]).get("i1")!;
    expect(stats).toMatchObject({ answered: 11, correct: 4 });
    expect(stats.share).toBeCloseTo(4 / 11);
    expect(stats.wrongAnswers).toEqual([
      { answer: "Almaty", count: 5, spellings: ["almaty", "Almatý"] },
      { answer: "Moscow", count: 2, spellings: [] },
    ]);
  });
});
