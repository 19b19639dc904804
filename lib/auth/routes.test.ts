import { describe, expect, it } from "vitest";
import { accessFor, mayOpen, safeCallbackPath } from "./routes";

describe("accessFor", () => {
  it("maps each section and its sub-pages", () => {
    expect(accessFor("/study")).toBe("student");
    expect(accessFor("/study/session/abc")).toBe("student");
    expect(accessFor("/classes/1/gradebook")).toBe("teacher");
    expect(accessFor("/articles")).toBe("signed-in");
    expect(accessFor("/")).toBe("public");
    expect(accessFor("/signin")).toBe("public");
  });
  it("does not match look-alike prefixes", () => {
    expect(accessFor("/studying")).toBe("public");
    expect(accessFor("/decksomething")).toBe("public");
  });
});

describe("mayOpen", () => {
  it("keeps students out of teacher pages and vice versa", () => {
    expect(mayOpen("teacher", "student")).toBe(false);
    expect(mayOpen("student", "teacher")).toBe(false);
    expect(mayOpen("teacher", "teacher")).toBe(true);
  });
  it("requires a session for anything not public", () => {
    expect(mayOpen("signed-in", undefined)).toBe(false);
    expect(mayOpen("public", undefined)).toBe(true);
    expect(mayOpen("signed-in", "student")).toBe(true);
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
});
