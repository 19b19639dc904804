import { describe, expect, it } from "vitest";
import { OLDEST_REVIEW_MS, reviewTime } from "./offline";
import { syncInputSchema } from "./offline-input";

const now = new Date("2026-12-02T12:00:00Z");

describe("a device's review time", () => {
  it("is the device's time when it is in the past 90 days", () => {
    expect(reviewTime("2026-12-01T08:30:00+06:00", now).toISOString()).toBe("2026-12-01T02:30:00.000Z");
  });

  it("is moved by how far the device's clock was off when it sent it", () => {
    // The phone's clock is 3 hours slow: it rated at (its) 06:00 and sent at (its) 09:00, the server's 12:00.
    expect(reviewTime("2026-12-02T06:00:00Z", now, "2026-12-02T09:00:00Z").toISOString()).toBe(
      "2026-12-02T09:00:00.000Z",
    );
  });

  it("is never in the server's future, nor further back than 90 days", () => {
    expect(reviewTime("2027-01-01T00:00:00Z", now)).toEqual(now);
    expect(reviewTime("1999-01-01T00:00:00Z", now).getTime()).toBe(now.getTime() - OLDEST_REVIEW_MS);
  });
});

describe("the sync's input", () => {
  const review = {
    reviewId: "0b7d4c7e-1f0a-4c52-9a53-3d2f1b0c9e11",
    factId: "a000-un-injured",
    grade: 3,
    reviewedAt: "2026-12-01T08:30:00Z",
  };

  const batch = { userId: "cmx6r8i8e0003ha7d27bx472a", sentAt: "2026-12-01T08:31:00Z" };

  it("takes up to 500 well-formed reviews, with whose they are and when they were sent", () => {
    expect(syncInputSchema.safeParse({ ...batch, reviews: [review] }).success).toBe(true);
    expect(syncInputSchema.safeParse({ ...batch, reviews: Array.from({ length: 501 }, () => review) }).success).toBe(
      false,
    );
    expect(syncInputSchema.safeParse({ ...batch, reviews: [] }).success).toBe(false);
    expect(syncInputSchema.safeParse({ reviews: [review] }).success).toBe(false);
  });

  it("refuses a made-up id, grade or time, with a message", () => {
    for (const bad of [{ reviewId: "1" }, { grade: 5 }, { reviewedAt: "yesterday" }, { factId: "../etc" }]) {
      const parsed = syncInputSchema.safeParse({ ...batch, reviews: [{ ...review, ...bad }] });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.message).toMatch(/\w/);
    }
  });
});
