import { describe, expect, it } from "vitest";
import { browserLabel } from "./browser-label";

describe("browserLabel", () => {
  it("names the browser and system", () => {
    expect(
      browserLabel(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("Safari on iOS");
    expect(
      browserLabel(
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36",
      ),
    ).toBe("Chrome on Linux");
  });
  it("says so when it cannot tell", () => {
    expect(browserLabel(null)).toBe("Unknown browser");
    expect(browserLabel("curl/8.0")).toBe("Unknown browser");
  });
});
