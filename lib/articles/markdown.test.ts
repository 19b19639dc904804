import { describe, expect, it } from "vitest";
import { markdownText } from "./markdown";

describe("Markdown as a reader sees it", () => {
  it("takes the first heading as the title, with escaped characters shown as written", () => {
    const { title, text } = markdownText("# 1\\. Intro \\*x\\*\n\nThe *canal* opened in [1914](https://example.org).");
    expect(title).toBe("1. Intro *x*");
    expect(text).toBe("1. Intro *x*\n\nThe canal opened in 1914.");
  });
});
