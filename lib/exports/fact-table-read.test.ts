import { describe, expect, it } from "vitest";
import { delimiterOf, locateQuoteIn, readFactTable } from "./fact-table-read";

const header =
  "fact id,quote,statement,question,answer,other accepted answers,answer type,topics,claim by,claim group,wrong answers";
const row = 'f1,"The quote, here",A statement.,A question?,quote,,other,,,,';

describe("reading a fact table file", () => {
  it("finds the separator a spreadsheet used from the header row", () => {
    expect(delimiterOf(`${header}\n${row}`)).toBe(",");
    expect(delimiterOf(`\uFEFF${header.replaceAll(",", ";")}\n"a, b";c`)).toBe(";");
    expect(delimiterOf(header.replaceAll(",", "\t"))).toBe("\t");
  });

  it("numbers rows as a spreadsheet does, skipping rows a spreadsheet emptied but keeping their numbers", () => {
    const read = readFactTable([header, row, ",,,,,,,,,,", "", row.replace("f1", "f2")].join("\r\n"));
    expect(read.ok && read.data.map((r) => [r.row, r.cells["fact id"]])).toEqual([
      [2, "f1"],
      [5, "f2"],
    ]);
    expect(read.ok && read.data[0]!.cells.quote).toBe("The quote, here");
  });

  it("matches header names whatever their case, ignores unnamed columns, and leaves out missing optional ones", () => {
    const read = readFactTable(["Quote,Statement,QUESTION,Answer,Answer Type,", '"q",s,q?,a,other,stray'].join("\n"));
    expect(read.ok && read.data[0]!.cells).toMatchObject({ quote: "q", question: "q?", "fact id": "", topics: "" });
  });

  it("refuses a header that repeats, lacks or misnames columns, briefly", () => {
    expect(readFactTable(`${header},quote\n${row},x`)).toMatchObject({
      ok: false,
      error: "These columns appear twice: “quote”.",
    });
    const many = Array.from({ length: 2_000 }, (_, i) => `extra column number ${i}`).join(",");
    const refused = readFactTable(`${header},${many}\n${row}`);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toContain("“extra column number 0”");
    expect(!refused.ok && refused.error).toContain("and 1992 more");
    expect(!refused.ok && refused.error.length).toBeLessThan(800);
    expect(readFactTable("name,score\nAigerim,3")).toMatchObject({
      ok: false,
      error: expect.stringContaining("Missing columns: quote, statement, question, answer, answer type."),
    });
    expect(readFactTable(header)).toMatchObject({ ok: false, error: expect.stringContaining("has no facts") });
    expect(readFactTable(`${header}\n"unclosed,quote`)).toMatchObject({
      ok: false,
      error: expect.stringContaining("not a CSV file we can read"),
    });
  });

  it("undoes the download's formula guard, the fullwidth signs included, and nothing else", () => {
    const read = readFactTable(`${header}\nf1,"'=SUM(1)",'＋1,'-5,'plain,,other,,,,`);
    expect(read.ok && read.data[0]!.cells).toMatchObject({
      quote: "=SUM(1)",
      statement: "＋1",
      question: "-5",
      answer: "'plain",
    });
  });
});

describe("placing a quote in the article", () => {
  const article = {
    text: "Title\nThe report said often people died. Later ten people died, and then ten people died again.\nSubscribe now",
    bodyStart: 6,
    boilerplate: [{ start: 96, end: 109 }],
  };
  /** Where `phrase` stands as whole words, from `from` on. */
  const at = (phrase: string, from = 0) => {
    const start = from + article.text.slice(from).search(new RegExp(`\\b${phrase}\\b`));
    return { start, end: start + phrase.length };
  };

  it("finds whole words only, allowing other runs of spaces and line breaks", () => {
    expect(locateQuoteIn(article, "ten people died")).toEqual(at("ten people died"));
    expect(at("ten people died").start).toBeGreaterThan(article.text.indexOf("often"));
    expect(locateQuoteIn(article, "Later ten\n  people died")).toEqual(at("Later ten people died"));
    expect(locateQuoteIn(article, "eleven people died")).toBeNull();
    expect(locateQuoteIn(article, "Subscribe now")).toBe("set-aside");
    expect(locateQuoteIn(article, "Title")).toBe("set-aside");
  });

  it("keeps a fact on its passage when the quote is also there, else the first place", () => {
    const second = at("ten people died", at("ten people died").end);
    expect(locateQuoteIn(article, "ten people died", second)).toEqual(second);
    expect(locateQuoteIn(article, "ten people died", { start: 1, end: 5 })).toEqual(at("ten people died"));
  });

  it("refuses a mistaken cell far longer than any quote without building a huge pattern", () => {
    expect(locateQuoteIn(article, "word ".repeat(100_000))).toBeNull();
  });
});
