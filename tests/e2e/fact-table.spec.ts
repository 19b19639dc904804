import { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { expectAccessible, formAlert, signUp, uniqueEmail } from "./support";
import { factCsvColumns } from "../../lib/exports/fact-columns";

type Row = Record<string, string>;

const launch: Row = {
  "fact id": "",
  quote: "The spacecraft had\nlaunched from Kourou, French Guiana, on 2 March 2004",
  statement: "Rosetta launched from Kourou, French Guiana, on 2 March 2004.",
  question: "From where did Rosetta launch in 2004?",
  answer: "Kourou",
  "other accepted answers": "Kourou, French Guiana",
  "answer type": "place",
  topics: "launch | space",
  "claim by": "",
  "claim group": "",
  "wrong answers": "Baikonur | Cape Canaveral",
};
const instruments: Row = {
  ...launch,
  quote: "Philae still returned data from all ten of its instruments",
  statement: "Philae returned data from all ten of its instruments.",
  question: "From how many of its instruments did Philae return data?",
  answer: "ten",
  "other accepted answers": "10",
  "answer type": "number",
  topics: "landing",
  "wrong answers": "",
};

const csvFile = (rows: Row[], name = "facts.csv") => ({
  name,
  mimeType: "text/csv",
  buffer: Buffer.from(stringify(rows, { header: true, columns: [...factCsvColumns] })),
});

async function newUser(browser: Browser, role: "Teacher" | "Student") {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signUp(page, {
    name: `Fact table ${role}`,
    email: uniqueEmail(`fact-table-${role.toLowerCase()}`),
    password: "fact-table-2022",
    role,
  });
  await expect(page).toHaveURL(role === "Teacher" ? /\/classes$/ : /\/study$/);
  return { context, page };
}

async function downloadTable(page: Page): Promise<Row[]> {
  const waiting = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download the fact table (CSV)" }).click();
  return parse(readFileSync((await (await waiting).path())!), { bom: true, columns: true }) as Row[];
}

test("a teacher imports a fact table: a bad file is refused row by row and saves nothing; a good one adds its facts, and its download comes back as updates", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { context, page } = await newUser(browser, "Teacher");
  await page.goto("/articles/new");
  await page.getByRole("radio", { name: /Upload a file/ }).check();
  await page.getByLabel("File", { exact: true }).setInputFiles("tests/fixtures/articles/comet-mission.md");
  await page.getByRole("button", { name: "Import the article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new$)[a-z0-9-]+$/);
  const articleUrl = new URL(page.url()).pathname;
  const section = page.getByRole("region", { name: "Fact table as CSV" });
  const chooser = section.getByLabel("Fact table to import", { exact: true });
  const factsLink = page.getByRole("link", { name: /^\d+ facts?$/ });

  // A file with two bad rows: each problem named by its row and column; nothing saved.
  await chooser.setInputFiles(
    csvFile([
      launch,
      { ...instruments, quote: "Philae returned data from all eleven of its instruments" },
      { ...instruments, answer: "twelve" },
    ]),
  );
  await section.getByRole("button", { name: "Import facts" }).click();
  await expect(formAlert(page)).toContainText("Nothing was imported: 2 rows have problems");
  const problems = section.getByRole("table", { name: "Problems in the file, by row" });
  await expect(problems.getByRole("row", { name: /^3 quote Not found word for word in the article/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /^4 answer .*words of the quoted passage/ })).toBeVisible();
  await expect(problems.getByRole("row", { name: /^4 statement .*contain the answer/ })).toBeVisible();
  await expect(problems.getByRole("row")).toHaveCount(4); // the header and three problems
  await expectAccessible(page);
  await page.reload();
  await expect(factsLink).toHaveText("0 facts");

  // The corrected file: both facts, their passages highlighted in the article.
  await chooser.setInputFiles(csvFile([launch, instruments]));
  await section.getByRole("button", { name: "Import facts" }).click();
  await expect(section.getByRole("status")).toHaveText("Imported: 2 new facts.");
  await expect(factsLink).toHaveText("2 facts");

  // Its own table comes back with ids; an edited row updates its fact, the other changes nothing.
  const table = await downloadTable(page);
  expect(table.map((row) => row.answer)).toEqual(["Kourou", "ten"]);
  expect(table.every((row) => /^t[0-9a-f]{20}$/.test(row["fact id"]!))).toBe(true);
  expect(table[0]!.quote!.replace(/\s+/g, " ")).toBe(
    "The spacecraft had launched from Kourou, French Guiana, on 2 March 2004",
  );
  table[1]!.question = "From how many instruments did Philae send back data?";
  await chooser.setInputFiles(csvFile(table, "edited.csv"));
  await section.getByRole("button", { name: "Import facts" }).click();
  await expect(section.getByRole("status")).toHaveText("Imported: 1 updated, 1 unchanged.");
  await expect(factsLink).toHaveText("2 facts");
  expect((await downloadTable(page)).map((row) => row.question)).toEqual([
    launch.question,
    "From how many instruments did Philae send back data?",
  ]);

  // The table is the owner's: another teacher finds nothing there, a student is refused, and
  // signed out is sent to sign in.
  const other = await newUser(browser, "Teacher");
  expect((await other.page.request.get(`${articleUrl}/facts.csv`)).status()).toBe(404);
  const student = await newUser(browser, "Student");
  expect((await student.page.request.get(`${articleUrl}/facts.csv`)).status()).toBe(403);
  const anonymous = await browser.newContext();
  const signedOut = await anonymous.request.get(`${articleUrl}/facts.csv`, { maxRedirects: 0 });
  expect(signedOut.status()).toBe(307);

  // The library's tables are open to every teacher to copy from, read only; not to students.
  await other.page.goto("/articles");
  await other.page
    .getByRole("link", { name: /^Putin Maintains/ })
    .first()
    .click();
  await expect(other.page).toHaveURL(/\/articles\/[a-z0-9-]+$/);
  const libraryUrl = new URL(other.page.url()).pathname;
  await expect(other.page.getByRole("region", { name: "Fact table as CSV" })).toHaveCount(0);
  const libraryTable = await downloadTable(other.page);
  expect(libraryTable.length).toBeGreaterThan(5);
  const articleText = (await other.page.locator("article").innerText()).replace(/\s+/g, " ");
  for (const row of libraryTable) expect(articleText).toContain(row.quote!.replace(/\s+/g, " "));
  expect((await student.page.request.get(`${libraryUrl}/facts.csv`)).status()).toBe(403);
  await Promise.all([context.close(), other.context.close(), student.context.close(), anonymous.close()]);
});
