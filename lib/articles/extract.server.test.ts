import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Result } from "@/lib/result";
import { proposeBoilerplate } from "./boilerplate";
import {
  extractArticle,
  formatOf,
  maxTextChars,
  maxUploadBytes,
  normalizeExtractedText,
  type Extracted,
  type SourceFormat,
} from "./extract.server";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../tests/fixtures/articles/${name}`, import.meta.url)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const body =
  "Glaciers in the Alps lost 6 percent of their remaining ice volume in 2022, the Swiss monitoring network said. ".repeat(
    3,
  );

function extracted(result: Result<Extracted>): Extracted {
  if (!result.ok) throw new Error(`expected success, got ${result.code}: ${result.error}`);
  return result.data;
}
const extract = async (format: SourceFormat, bytes: Uint8Array) => extracted(await extractArticle({ format, bytes }));
const paragraphs = (text: string) => text.split("\n\n");

describe("formatOf", () => {
  it("goes by the extension first, then the MIME type", () => {
    expect(formatOf("Report.PDF", "application/octet-stream")).toBe("pdf");
    expect(formatOf("notes.markdown")).toBe("md");
    expect(formatOf("page.htm", "text/plain")).toBe("html");
    expect(formatOf("upload", "text/html; charset=utf-8")).toBe("html");
    expect(formatOf("blob", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).toBe("docx");
    expect(formatOf("essay.doc", "application/msword")).toBeNull();
    expect(formatOf("photo.jpg")).toBeNull();
  });
});

describe("normalizeExtractedText", () => {
  it("turns line ends, unusual spaces and tabs into plain ones and drops invisible characters", () => {
    expect(normalizeExtractedText("\ufeffOne\r\ntwo\rthree\u2028four")).toBe("One\ntwo\nthree\nfour");
    expect(normalizeExtractedText("4\u00a0578\u202fkm\tnorth\u2003of")).toBe("4 578 km north of");
    expect(normalizeExtractedText("in\u200bvisi\u00adble\u200d and\u0007 bell\u0000")).toBe("invisible and bell");
  });

  it("trims line ends and the whole, and keeps at most one blank line", () => {
    expect(normalizeExtractedText("\n\n  Title   \n\n\n\n\nFirst line  \nsecond line\n\n\n")).toBe(
      "Title\n\nFirst line\nsecond line",
    );
  });

  it("keeps hard-wrapped lines and indentation as they are", () => {
    expect(normalizeExtractedText("a wrapped\nparagraph\n    indented code")).toBe(
      "a wrapped\nparagraph\n    indented code",
    );
  });

  it("composes accents so a quote typed by hand matches the text", () => {
    expect(normalizeExtractedText("Va\u0301squez")).toBe("Vásquez");
  });
});

describe("extractArticle: HTML", () => {
  it("keeps the article's paragraphs and leaves the page around it out", async () => {
    const article = await extract("html", fixture("news-page.html"));
    const blocks = paragraphs(article.text);
    expect(blocks[0]).toMatch(/^Ontario beekeepers lost 18 percent .* across the province\.$/);
    expect(blocks[1]).toMatch(/^"It is the first spring .* well into October\.$/);
    expect(blocks).toContain(
      "Hives near Guelph in April, before the first canola bloom.\nPhoto: Daniel Okafor / The Northern Ledger",
    );
    expect(article.text).toContain("Its 2021 survey found that losses were consistently higher");
    for (const furniture of ["Politics", "cookies", "Accept all", "beekeeper_bob", "Leave a comment", "12 comments"]) {
      expect(article.text).not.toContain(furniture);
    }
    for (const furniture of ["Why wild bees thrive", "All rights reserved", "dataLayer", "Share on Facebook"]) {
      expect(article.text).not.toContain(furniture);
    }
  });

  it("reads the title, author, date and site name", async () => {
    const { title, author, date, siteName, format } = await extract("html", fixture("news-page.html"));
    expect({ title, author, date, siteName, format }).toEqual({
      title: "Honeybee colonies in Ontario rebound after two hard winters",
      author: "Maya Lindqvist",
      date: "2023-05-14",
      siteName: "The Northern Ledger",
      format: "html",
    });
  });

  it("leaves only furniture for the boilerplate proposal, and proposes all of it", async () => {
    const { text } = await extract("html", fixture("news-page.html"));
    expect(proposeBoilerplate(text).map(({ kind, start, end }) => [kind, text.slice(start, end)])).toEqual([
      ["picture-credit", "Photo: Daniel Okafor / The Northern Ledger"],
      ["advertisement", "ADVERTISEMENT"],
      ["support-us", "Support us"],
      ["support-us", "Donate"],
    ]);
  });

  it("writes lists, tables, line breaks and preformatted text as a reader sees them", async () => {
    const html = `<html><head><title>Tides</title><meta name="date" content="2021-03"></head><body><article>
      <p>${body}</p>
      <ul><li>Spring tides</li><li>Neap tides</li></ul>
      <ol start="3"><li>High water</li><li>Low water</li></ol>
      <table><tr><th>Port</th><th>Range</th></tr><tr><td>Saint-Malo</td><td>13.5 m</td></tr></table>
      <p>Line one<br>line two</p>
      <pre>tide  = moon
  + sun</pre>
      <p>${body}</p></article></body></html>`;
    const article = await extract("html", utf8(html));
    const blocks = paragraphs(article.text);
    expect(blocks).toEqual(expect.arrayContaining(["• Spring tides", "• Neap tides", "3. High water", "4. Low water"]));
    expect(blocks).toEqual(expect.arrayContaining(["Port | Range", "Saint-Malo | 13.5 m", "Line one\nline two"]));
    expect(blocks).toContain("tide  = moon\n  + sun");
    expect(article.date).toBe("2021-03");
  });

  it("reads a page without article markup, leaving out its navigation, forms and scripts", async () => {
    const html = `<nav>Home | Contact</nav><script>track()</script><p>${body}</p><form>Search the site</form><footer>Imprint</footer>`;
    const article = await extract("html", utf8(html));
    expect(article.text).toBe(body.trim());
  });

  it("fails when a page has no readable text", async () => {
    const result = await extractArticle({ format: "html", bytes: utf8("<nav>Home</nav><script>x()</script>") });
    expect(result).toMatchObject({ ok: false, code: "invalid", error: "We found no readable text in that page." });
  });
});

describe("extractArticle: Markdown", () => {
  it("shows the text without markup, takes the first heading as title, keeps bullets as •", async () => {
    const article = await extract("md", fixture("comet-mission.md"));
    expect(article.title).toBe("How Rosetta caught up with a comet");
    expect(
      article.text.startsWith("How Rosetta caught up with a comet\n\nThe European Space Agency's Rosetta probe"),
    ).toBe(true);
    expect(article.text).toContain("arrived on 6 August 2014.");
    expect(article.text).toContain("\n\nThe landing\n\nOn 12 November 2014 the lander Philae separated");
    expect(article.text).toContain("\n• organic molecules, including 16 compounds");
    expect(article.text).toContain("a result published in\nScience in December 2014.");
    expect(article.text.endsWith("The last command sent was:\n\nSET_MODE SAFE; COLLIDE")).toBe(true);
    expect(article.text).not.toMatch(/[#*`]|\]\(|!\[|https?:/);
  });

  it("keeps escaped characters and underscores inside words, and reads front matter", async () => {
    const markdown = [
      '---\ntitle: "Salt marshes"\nauthor: Ines Duarte\ndate: 2020-06-01\n---',
      "Marsh\\_grass covers 3 \\* 4 km; *sedge* and snake_case_name stay.",
      "> See [the survey][1] and <https://example.org/marsh>, or run `tide --all`.",
      "[1]: https://example.org/survey",
      body,
    ].join("\n\n");
    const article = await extract("md", utf8(markdown));
    expect(article).toMatchObject({ title: "Salt marshes", author: "Ines Duarte", date: "2020-06-01" });
    expect(paragraphs(article.text).slice(0, 2)).toEqual([
      "Marsh_grass covers 3 * 4 km; sedge and snake_case_name stay.",
      "See the survey and https://example.org/marsh, or run tide --all.",
    ]);
  });
});

describe("extractArticle: plain text and paste", () => {
  it("keeps hard-wrapped lines and takes a short first line as the title", async () => {
    const article = await extract("txt", fixture("newsletter-email.txt"));
    expect(article.title).toBe("The quiet return of the night train");
    expect(article.text).toContain("made its first run on\n13 December 2021, it was the first regular sleeper");
    expect(paragraphs(article.text)).toHaveLength(7);
  });

  it("proposes no title when the first line is a sentence or runs on into the paragraph", async () => {
    const pasted = async (text: string) => extracted(await extractArticle({ format: "paste", text })).title;
    expect(await pasted(`A sentence that ends with a period.\n\n${body}`)).toBeNull();
    expect(await pasted(`When the first night train left Vienna on\n13 December 2021, ${body}`)).toBeNull();
    expect(await pasted(`\r\n  Alpine glaciers in retreat\r\n\r\n${body}`)).toBe("Alpine glaciers in retreat");
  });

  it("reads a Windows-1252 file that is not valid UTF-8", async () => {
    const bytes = Uint8Array.from([...utf8(body), 0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x32, 0x30, 0x32, 0x32]);
    expect((await extract("txt", bytes)).text.endsWith("Café – 2022")).toBe(true);
  });
});

describe("extractArticle: PDF", () => {
  it("extracts each page, with blank lines between paragraphs and pages, and the document's metadata", async () => {
    const bytes = fixture("canopy-report.pdf");
    const article = await extract("pdf", bytes);
    expect(paragraphs(article.text).map((paragraph) => paragraph.slice(0, 30))).toEqual([
      "Shade and heat in Melbourne's ",
      "The City of Melbourne counted ",
      "On a hot afternoon in January ",
      "About a quarter of the current",
      "The council budgeted 4.5 milli",
    ]);
    expect(article.text).toContain("in its 2019 audit,\nand its Urban Forest Strategy");
    expect(article).toMatchObject({
      title: "Shade and heat in Melbourne's inner suburbs",
      author: "Elena Marsh",
      date: "2021-03-04",
    });
    expect(bytes.byteLength).toBeGreaterThan(0); // the caller's upload is still there to store
  });

  it("fails with advice for a scanned PDF and says so for a corrupt one", async () => {
    expect(await extractArticle({ format: "pdf", bytes: fixture("scanned-page.pdf") })).toEqual({
      ok: false,
      code: "invalid",
      error: "No text found in that PDF: it may be a scan (images of pages). Paste its text instead.",
    });
    expect(await extractArticle({ format: "pdf", bytes: utf8("%PDF-1.4\nthis is not a pdf") })).toEqual({
      ok: false,
      code: "invalid",
      error: "That file could not be read as a PDF.",
    });
  });
});

describe("extractArticle: Word", () => {
  it("keeps headings and paragraphs apart and takes the first heading as title", async () => {
    const article = await extract("docx", fixture("panama-canal.docx"));
    expect(article.title).toBe("The Panama Canal's third set of locks");
    expect(paragraphs(article.text).map((paragraph) => paragraph.slice(0, 30))).toEqual([
      "The Panama Canal's third set o",
      "The expanded Panama Canal open",
      "The new locks accept ships up ",
      "Water and drought",
      "Each new lock chamber has thre",
      "Gatun Lake, which feeds the lo",
    ]);
    expect(article.text).toContain("administrator Ricaurte Vásquez warned");
  });

  it("fails clearly on a file that is not a Word document", async () => {
    const result = await extractArticle({ format: "docx", bytes: utf8("PK\u0003\u0004 not really a zip") });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      error: expect.stringContaining("Word document (.docx)"),
    });
  });
});

describe("extractArticle: size", () => {
  it("refuses a file over 8 MB before reading it", async () => {
    const result = await extractArticle({ format: "txt", bytes: new Uint8Array(maxUploadBytes + 1) });
    expect(result).toMatchObject({ ok: false, code: "too-large", error: expect.stringContaining("larger than 8 MB") });
  });

  it("refuses text over 200,000 characters and under 200", async () => {
    const long = await extractArticle({ format: "paste", text: "word ".repeat(maxTextChars / 5 + 1) });
    expect(long).toMatchObject({ ok: false, code: "too-large", error: expect.stringContaining("200,000 characters") });
    const short = await extractArticle({ format: "paste", text: "Just a headline" });
    expect(short).toMatchObject({
      ok: false,
      code: "invalid",
      error: expect.stringContaining("too short to be an article"),
    });
    expect(extracted(await extractArticle({ format: "paste", text: "x".repeat(200) })).text).toHaveLength(200);
  });
});
