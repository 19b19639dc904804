import { describe, expect, it } from "vitest";
import { describeRetry, lockedUntil, parseRateLimitedError, rateLimitedError, SIGN_IN_WINDOW_MS } from "./sign-in-limit";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 10, minute));

describe("lockedUntil", () => {
  it("stays open below the limit", () => {
    expect(lockedUntil([at(0), at(1), at(2), at(3)], 5)).toBeNull();
  });

  it("locks at the limit until the oldest failure leaves the window", () => {
    const until = lockedUntil([at(4), at(0), at(1), at(3), at(2)], 5);
    expect(until).toEqual(new Date(at(0).getTime() + SIGN_IN_WINDOW_MS));
  });

  it("with more failures than the limit, waits for enough of them to age out", () => {
    const until = lockedUntil([at(0), at(1), at(2), at(3), at(4), at(5), at(6)], 5);
    expect(until).toEqual(new Date(at(2).getTime() + SIGN_IN_WINDOW_MS));
  });
});

describe("rate-limited error round trip", () => {
  it("carries the retry time to the page", () => {
    expect(parseRateLimitedError(rateLimitedError(at(15)))).toEqual(at(15));
  });
  it("ignores other errors", () => {
    expect(parseRateLimitedError("CredentialsSignin")).toBeNull();
    expect(parseRateLimitedError("rate-limited:garbage")).toBeNull();
    expect(parseRateLimitedError(undefined)).toBeNull();
  });
});

describe("describeRetry", () => {
  it("says how long and until when, rounding up", () => {
    expect(describeRetry(at(15), new Date(at(0).getTime() + 30_000), "UTC")).toBe("Try again in 15 minutes (at 10:15).");
    expect(describeRetry(at(1), at(0), "UTC")).toBe("Try again in 1 minute (at 10:01).");
  });
});
