import { describe, expect, it } from "vitest";
import { normalizeText } from "./normalize";

describe("normalizeText", () => {
  it("ignores case, accents and hyphens in the corpus's spellings", () => {
    expect(normalizeText("Kasim Cömert Tokayev")).toBe(normalizeText("kasim comert tokayev"));
    expect(normalizeText("Kassym-Jomart Tokayev")).toBe("kassym jomart tokayev");
    expect(normalizeText("KGAÖ")).toBe("kgao");
  });
  it("drops a leading article and surrounding punctuation", () => {
    expect(normalizeText("the CSTO.")).toBe("csto");
    expect(normalizeText("“elbasy,”")).toBe("elbasy");
  });
  it("reads thousands separators as one number", () => {
    expect(normalizeText("4,578")).toBe("4578");
    expect(normalizeText("4 578")).toBe("4578");
    expect(normalizeText("nearly 1,000")).toBe("nearly 1000");
  });
  it("treats typographic and plain apostrophes alike", () => {
    expect(normalizeText("Prosecutor General’s Office")).toBe(normalizeText("Prosecutor General's Office"));
  });
});
