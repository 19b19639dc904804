import { describe, expect, it } from "vitest";
import { articleDetailsSchema, articleSlug } from "./details";

describe("article details", () => {
  it("keeps what the teacher wrote, trimmed, and turns empty fields into nothing", () => {
    const parsed = articleDetailsSchema.parse({
      title: "  The Panama Canal  ",
      author: "",
      outlet: " Encyclopedia ",
      date: "1914-08-15",
      sourceUrl: "",
      licence: "CC BY-SA 4.0",
    });
    expect(parsed).toEqual({
      title: "The Panama Canal",
      author: null,
      outlet: "Encyclopedia",
      date: "1914-08-15",
      sourceUrl: null,
      licence: "CC BY-SA 4.0",
    });
  });

  it("accepts a year or a month alone, and refuses dates that do not exist or are not ISO", () => {
    expect(articleDetailsSchema.parse({ title: "A title", date: "1914" }).date).toBe("1914");
    expect(articleDetailsSchema.parse({ title: "A title", date: "1914-08" }).date).toBe("1914-08");
    for (const date of ["1914-02-30", "1914-13", "15/08/1914", "August 1914"])
      expect(articleDetailsSchema.safeParse({ title: "A title", date }).success).toBe(false);
  });

  it("refuses a missing title, an address that is not http(s), and overlong fields", () => {
    expect(articleDetailsSchema.safeParse({ title: " " }).error?.issues[0]?.message).toMatch(/title/);
    expect(articleDetailsSchema.safeParse({ title: "A title", sourceUrl: "javascript:alert(1)" }).success).toBe(false);
    expect(articleDetailsSchema.safeParse({ title: "A title", author: "x".repeat(201) }).success).toBe(false);
  });

  it("makes a slug of the title's words that the library's slug rule accepts", () => {
    const slug = articleSlug("Über die Brücke: 1,000 Years of Bridges in Köln!", () => 0.5);
    expect(slug).toMatch(/^uber-die-brucke-1-000-years-[a-z2-9]{5}$/);
    expect(articleSlug("¿?", () => 0)).toMatch(/^[a-z2-9]{5}$/);
  });
});
