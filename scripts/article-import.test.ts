/**
 * `npm run article:import` on a fresh checkout: no server, a scratch database, the app's own
 * extraction and suggestions, JSON another tool can read; bad input is one line and exit 1 or 2.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function importArticle(...args: string[]) {
  const result = spawnSync(
    "node_modules/.bin/tsx",
    ["--conditions=react-server", "scripts/article-import.ts", ...args],
    {
      encoding: "utf8",
      timeout: 90_000,
      // No DATABASE_URL of the caller's: without --owner the script makes its own scratch database.
      env: { ...process.env, DATABASE_URL: "", DATA_DIR: mkdtempSync(path.join(tmpdir(), "sourcebound-cli-")) },
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr.trim() };
}

interface Printed {
  database: string;
  article: { title: string; characters: number; origin: string };
  suggestions: { quote: string; question: string; answer: string; answerType: string; start: number; end: number }[];
}

describe("npm run article:import", () => {
  it("imports a PDF into a scratch database and prints its suggested facts as JSON", () => {
    const { status, stdout, stderr } = importArticle(
      "tests/fixtures/articles/canopy-report.pdf",
      "--suggest",
      "--json",
    );
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const printed = JSON.parse(stdout) as Printed;
    expect(printed.database).toMatch(/scratch/);
    expect(printed.article.origin).toBe("pdf");
    expect(printed.article.characters).toBeGreaterThan(500);
    expect(printed.suggestions.length).toBeGreaterThanOrEqual(5);
    for (const s of printed.suggestions) {
      expect(s.end - s.start).toBe(s.quote.length);
      expect(s.question).toMatch(/\?$/);
      expect(s.quote.replace(/\s+/g, " ")).toContain(s.answer.replace(/\s+/g, " "));
    }
  }, 120_000);

  it("says what is wrong in one line: no such file, an image-only PDF, an unknown option", () => {
    const missing = importArticle("no/such/article.txt");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("✖ No file at no/such/article.txt.");
    const scan = importArticle("tests/fixtures/articles/scanned-page.pdf");
    expect(scan.status).toBe(1);
    expect(scan.stderr).toMatch(/^✖ No text found in that PDF/);
    const unknown = importArticle("tests/fixtures/articles/news-page.html", "--sugest");
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--sugest'/);
    const empty = path.join(mkdtempSync(path.join(tmpdir(), "sourcebound-cli-")), "empty.docx");
    writeFileSync(empty, "not a word document");
    expect(importArticle(empty).stderr).toMatch(/^✖ .*(Word|read)/);
  }, 180_000);
});
