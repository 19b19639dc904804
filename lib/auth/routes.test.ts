import { describe, expect, it } from "vitest";
import { accessFor, safeCallbackPath } from "./routes";

describe("accessFor", () => {
  it("maps each section and its sub-pages", () => {
    expect(accessFor("/study")).toBe("student");
    expect(accessFor("/study/session/abc")).toBe("student");
    expect(accessFor("/classes/1/gradebook")).toBe("teacher");
    expect(accessFor("/articles")).toBe("signed-in");
    expect(accessFor("/articles/new")).toBe("teacher");
    expect(accessFor("/articles/new-deal-history-ab2cd")).toBe("signed-in");
    expect(accessFor("/")).toBe("public");
    expect(accessFor("/signin")).toBe("public");
  });
  it("does not match look-alike prefixes", () => {
    expect(accessFor("/studying")).toBe("public");
    expect(accessFor("/decksomething")).toBe("public");
  });
});

describe("safeCallbackPath", () => {
  it("accepts same-site paths only", () => {
    expect(safeCallbackPath("/classes?x=1", "/")).toBe("/classes?x=1");
    expect(safeCallbackPath("https://evil.example", "/")).toBe("/");
    expect(safeCallbackPath("//evil.example", "/")).toBe("/");
    expect(safeCallbackPath("/\\evil.example", "/")).toBe("/");
    expect(safeCallbackPath(null, "/study")).toBe("/study");
  });

  it("refuses paths a browser would read as another host (tab, line breaks, backslashes)", () => {
    const origin = "http://localhost:3000";
    // As they arrive from ?callbackUrl=/%09/example.org/ and its variants, already decoded.
    const tricks = [
      "/\t/example.org/",
      "/\n/example.org/",
      "/\r/example.org/",
      "/\t\\example.org/",
      "\\\\example.org",
      "javascript:alert(1)",
      " //example.org",
      "http://localhost:3001/x",
    ];
    for (const trick of tricks) expect(safeCallbackPath(trick, "/home", origin), JSON.stringify(trick)).toBe("/home");
  });

  it("keeps a same-origin path with its query and fragment, normalised", () => {
    expect(safeCallbackPath("/classes/../study?x=1#q", "/", "http://localhost:3000")).toBe("/study?x=1#q");
    expect(safeCallbackPath("http://localhost:3000/decks", "/", "http://localhost:3000")).toBe("/decks");
  });
});
