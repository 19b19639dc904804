import { describe, expect, it } from "vitest";
import { displayZoneCookie, displayZoneCookieOf, recordedDisplayZone } from "./display-zone";

describe("the browser's display zone cookie", () => {
  it("reads back the zone it recorded among other cookies", () => {
    const recorded = displayZoneCookieOf("America/New_York").split(";")[0]!;
    expect(recordedDisplayZone(`theme=dark; ${recorded}; other=1`)).toBe("America/New_York");
    expect(recordedDisplayZone(recorded)).toBe("America/New_York");
  });

  it("finds nothing when the browser has not recorded a zone", () => {
    expect(recordedDisplayZone("")).toBeUndefined();
    expect(recordedDisplayZone(`x${displayZoneCookie}=Asia/Almaty`)).toBeUndefined();
  });

  it("lasts as long as a browser keeps a cookie, for the whole site", () => {
    expect(displayZoneCookieOf("Asia/Almaty")).toMatch(/Path=\/; Max-Age=34560000; SameSite=Lax$/);
    expect(displayZoneCookieOf("Asia/Almaty", true)).toMatch(/SameSite=Lax; Secure$/);
  });
});
