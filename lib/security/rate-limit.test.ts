import { describe, expect, it } from "vitest";
import { describeRetry, limitKey, limits, parseRateLimitedError, rateLimitedError, signInChecks } from "./rate-limit";

const at = (minute: number) => new Date(Date.UTC(2026, 0, 5, 10, minute));

describe("sign-in limits", () => {
  it("lock an account and address pair before the account as a whole", () => {
    expect(limits.signInPair.max).toBeLessThan(limits.signInAccount.max);
    expect(signInChecks("a@b.test", "10.0.0.1").map(limitKey)).toEqual([
      "signInPair:a@b.test|10.0.0.1",
      "signInAccount:a@b.test",
      "signInAddress:10.0.0.1",
    ]);
  });

  it("bound the stored key", () => {
    expect(limitKey({ rule: "signInAccount", subject: "x".repeat(5000) }).length).toBeLessThanOrEqual(320);
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
    expect(describeRetry(at(15), new Date(at(0).getTime() + 30_000), "UTC")).toBe(
      "Try again in 15 minutes (at 10:15).",
    );
    expect(describeRetry(at(1), at(0), "UTC")).toBe("Try again in 1 minute (at 10:01).");
  });
});
