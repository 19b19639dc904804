import { expect, test } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { demoClassmates, DEMO_CLASS_NAME, DEMO_DECK_NAME } from "../../lib/demo/demo-users.server";
import { demoTeacher, expectAccessible, signIn } from "./support";

test("a teacher's first look at the demo class: a gradebook with scores and a question analysis with flags", async ({
  page,
}) => {
  await signIn(page, demoTeacher.email, demoTeacher.password);
  await expect(page).toHaveURL(/\/classes$/);
  await page.getByRole("link", { name: DEMO_CLASS_NAME }).click();
  await page.getByRole("link", { name: "Casualties: who counted what?" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Casualties: who counted what?" })).toBeVisible();

  // Every student of the class has a score.
  const rows = page.getByRole("table", { name: /^Gradebook/ }).getByRole("row");
  await expect(rows).toHaveCount(1 + 2 + demoClassmates.length);
  for (const row of await rows.all().then((all) => all.slice(1))) await expect(row).toContainText(/\d+ %/);

  // Each question: facility, discrimination and median time; options with their counts; flags.
  const questions = page.locator("[data-item]");
  expect(await questions.count()).toBeGreaterThan(5);
  await expect(questions.first().locator("[data-facility]")).toHaveText(/^\d+ %$/);
  await expect(
    page
      .locator("[data-discrimination]")
      .filter({ hasText: /^[+−]\d\.\d\d/ })
      .first(),
  ).toBeVisible();
  await expect(page.getByRole("list", { name: "Flags" }).first()).toBeVisible();
  const options = page.locator("table[data-options]").first();
  await expect(options.getByRole("row").filter({ hasText: "(right)" })).toHaveCount(1);
  await expect(page.getByText("Most common wrong answers").first()).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/item-analysis.png", fullPage: true });

  // The CSV carries the same figures as the page.
  const csv = parse(await (await page.request.get(`${new URL(page.url()).pathname}/questions.csv`)).body(), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect(csv).toHaveLength(await questions.count());
  const first = questions.first();
  expect(Math.round(Number(csv[0]!["Correct (%)"]))).toBe(
    Number((await first.locator("[data-facility]").innerText()).replace(" %", "")),
  );

  // The deck's own analysis covers its assignments.
  await page.goto("/decks");
  await page.getByRole("link", { name: DEMO_DECK_NAME, exact: true }).click();
  await page.getByRole("link", { name: "How its questions did" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "How its questions did" })).toBeVisible();
  await expectAccessible(page);
});
