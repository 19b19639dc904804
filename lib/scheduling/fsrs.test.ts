import { describe, expect, it } from "vitest";
import { fsrs, Rating as FsrsRating } from "ts-fsrs";
import {
  formatInterval,
  isDue,
  newCard,
  previewDue,
  quizReviewGrade,
  Rating,
  reviewCard,
  schedulerParameters,
  State,
  undoReview,
  type Grade,
} from "./fsrs";

const at = (iso: string) => new Date(iso);

describe("scheduling through ts-fsrs", () => {
  it("gives exactly what ts-fsrs gives with the stored parameters", () => {
    const now = at("2026-11-25T09:00:00Z");
    const card = newCard(now);
    const reference = fsrs(schedulerParameters).next(card, now, FsrsRating.Good);
    expect(reviewCard(card, Rating.Good, now)).toEqual({ card: reference.card, log: reference.log });
  });

  it("moves a card through learning to review, with longer intervals for better ratings", () => {
    const now = at("2026-11-25T09:00:00Z");
    const due = previewDue(newCard(now), now);
    expect(due[Rating.Again] < due[Rating.Hard]).toBe(true);
    expect(due[Rating.Hard] <= due[Rating.Good]).toBe(true);
    expect(due[Rating.Good] < due[Rating.Easy]).toBe(true);
    const easy = reviewCard(newCard(now), Rating.Easy, now).card;
    expect(easy.state).toBe(State.Review);
    expect(easy.reps).toBe(1);
  });

  it("undo restores the exact previous card, every field, after any rating", () => {
    let card = newCard(at("2026-11-01T08:00:00Z"));
    let now = at("2026-11-01T08:00:00Z");
    for (const grade of [Rating.Good, Rating.Good, Rating.Again, Rating.Hard, Rating.Easy, Rating.Good] as Grade[]) {
      const before = structuredClone(card);
      const { card: after, log } = reviewCard(card, grade, now);
      expect(undoReview(after, log, { due: before.due, last_review: before.last_review })).toEqual(before);
      card = after;
      now = new Date(after.due.getTime() + 60_000);
    }
  });
});

describe("day boundaries in the student's time zone", () => {
  // 2026-11-25T09:30Z is 23:30 on the 25th in Kiritimati (UTC+14) and 23:30 on the 24th in Honolulu (UTC−10).
  const instant = at("2026-11-25T09:30:00Z");
  const reviewCardDue = (iso: string) => ({ due: at(iso), state: State.Review });

  it("shows a card due 'tomorrow' to nobody at 23:59 today, and a card due later today to everyone", () => {
    const laterToday = reviewCardDue("2026-11-25T09:45:00Z"); // 23:45 local in both zones
    const tomorrow = reviewCardDue("2026-11-25T10:30:00Z"); // 00:30 the next local day in both zones
    for (const zone of ["Pacific/Kiritimati", "Pacific/Honolulu"]) {
      expect(isDue(laterToday, instant, zone)).toBe(true);
      expect(isDue(tomorrow, instant, zone)).toBe(false);
    }
  });

  it("gives students in zones whose days differ different due sets at the same instant", () => {
    // UTC+14 and UTC−10 are exactly a day apart, so their midnights coincide; UTC's does not.
    const card = reviewCardDue("2026-11-25T12:00:00Z"); // 02:00 on the 26th in UTC+14, 12:00 on the 25th in UTC
    expect(isDue(card, at("2026-11-25T09:00:00Z"), "Pacific/Kiritimati")).toBe(false);
    expect(isDue(card, at("2026-11-25T09:00:00Z"), "UTC")).toBe(true);
  });

  it("keeps a learning card waiting for its step, whatever the day", () => {
    expect(isDue({ due: at("2026-11-25T09:40:00Z"), state: State.Learning }, instant, "UTC")).toBe(false);
    expect(isDue({ due: at("2026-11-25T09:20:00Z"), state: State.Learning }, instant, "UTC")).toBe(true);
  });
});

describe("quiz answers feed the scheduler", () => {
  const now = at("2026-11-25T09:00:00Z");
  const reviewed = reviewCard(newCard(now), Rating.Easy, now).card; // due in days

  it("makes a missed fact an Again review, due or not", () => {
    expect(quizReviewGrade(false, reviewed, now, "UTC")).toBe(Rating.Again);
    expect(quizReviewGrade(false, null, now, "UTC")).toBe(Rating.Again);
  });

  it("counts a right answer as Good only when the card is due (or new)", () => {
    expect(quizReviewGrade(true, reviewed, now, "UTC")).toBeNull();
    expect(quizReviewGrade(true, reviewed, reviewed.due, "UTC")).toBe(Rating.Good);
    expect(quizReviewGrade(true, null, now, "UTC")).toBe(Rating.Good);
  });
});

describe("formatInterval", () => {
  it.each([
    [1, "1m"],
    [10, "10m"],
    [90, "2h"],
    [60 * 24 * 2, "2d"],
    [60 * 24 * 60, "2mo"],
    [60 * 24 * 550, "1.5y"],
  ])("%d minutes → %s", (minutes, text) => {
    const from = at("2026-11-25T09:00:00Z");
    expect(formatInterval(from, new Date(from.getTime() + minutes * 60_000))).toBe(text);
  });
});
