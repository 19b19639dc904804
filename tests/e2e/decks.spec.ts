import { expect, test, type Page } from "@playwright/test";
import { demoStudent, demoTeacher, expectAccessible, signIn, signUp, uniqueEmail } from "./support";
import { DEMO_DECK_NAME } from "../../lib/demo/demo-users.server";

const screens = "test-results/screens";
const deckUrl = /\/decks\/[a-z0-9]{20,}$/;

const factList = (page: Page) => page.getByRole("list", { name: "Facts" });
const factStatus = (page: Page) => page.getByRole("status").filter({ hasText: /^Showing/ });
const previewSection = (page: Page) => page.getByRole("region", { name: /^(Preview|Questions)/ });

/** Every fact of a preview shows its source: the quote highlighted and a link to it in its article. */
async function expectCitations(page: Page, facts: number) {
  const groups = previewSection(page).locator("[data-preview-fact]");
  await expect(groups).toHaveCount(facts);
  for (const group of await groups.all()) {
    await expect(group.locator("mark")).toBeVisible();
    const factId = await group.getAttribute("data-preview-fact");
    await expect(group.locator(`a[href^="/articles/"][href$="#fact-${factId}"]`)).toHaveCount(1);
    await expect(group.getByText(/Right answer/).first()).toBeVisible();
  }
}

test("a teacher builds a deck by filtering, previews it with citations, renames, duplicates and deletes the copy", async ({
  page,
}) => {
  // A long scenario (about 45 s alone): room for a loaded machine.
  test.slow();
  await signIn(page, demoTeacher.email, demoTeacher.password);
  await expect(page).toHaveURL(/\/classes$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decks" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Decks" })).toBeVisible();
  await page.getByRole("link", { name: "New deck" }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: "New deck" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Preview" })).toContainText("Tick facts above");

  // Search ignores accents: "comert" finds Kassym-Jomart Cömert Tokayev.
  await page.getByLabel("Search").fill("comert");
  await expect(factStatus(page)).toHaveText(/^Showing [1-9]\d* of \d+ facts · 0 selected$/);
  await expect(factList(page)).toContainText("Cömert");
  const comertFact = factList(page).getByRole("checkbox").first();
  await comertFact.check();
  await expect(factStatus(page)).toContainText("1 selected");

  // Then every CSTO fact of one topic, and one left out again.
  await page.getByLabel("Search").fill("");
  await page.getByLabel("Topic").selectOption({ label: "CSTO" });
  await page.getByLabel("Search").fill("CSTO");
  const shown = Number((await factStatus(page).textContent())!.match(/Showing (\d+)/)![1]);
  expect(shown).toBeGreaterThan(2);
  await page.getByRole("button", { name: "Select all shown" }).click();
  await expect(page.getByRole("button", { name: "Select all shown" })).toBeDisabled();
  const lastShown = factList(page).getByRole("checkbox").last();
  await lastShown.uncheck();
  const picked = Number((await factStatus(page).textContent())!.match(/(\d+) selected/)![1]);
  expect(picked).toBeGreaterThanOrEqual(shown);
  await expect(page.locator("[data-selected-count]")).toHaveAttribute("data-selected-count", String(picked));
  // Ten questions, or one per fact for a smaller deck, until the teacher picks a number.
  await expect(page.getByLabel("Questions per attempt")).toHaveValue(String(Math.min(10, picked)));

  // Saving without a name says so next to the field.
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page.getByText("Give the deck a name.")).toBeVisible();
  await expect(page.getByLabel("Name", { exact: true })).toHaveAttribute("aria-invalid", "true");

  const name = `CSTO ${Date.now().toString(36)}`;
  await page.getByLabel("Name", { exact: true }).fill(name);
  // The message goes once the field is corrected.
  await expect(page.getByText("Give the deck a name.")).toHaveCount(0);
  await expect(page.getByRole("main").getByRole("alert")).toHaveCount(0);
  await page.getByLabel("Questions per attempt").fill("3");
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview.locator("[data-preview-fact]")).toHaveCount(3);
  await expectCitations(page, 3);
  await expect(preview).toContainText("each attempt asks 3 of them");
  await expectAccessible(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screens}/deck-builder.png` });
  await preview.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${screens}/deck-builder-preview.png` });
  await page.emulateMedia({ colorScheme: "dark" });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: `${screens}/deck-builder-dark.png` });
  await page.emulateMedia({ colorScheme: "light" });

  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page).toHaveURL(deckUrl);
  const savedUrl = page.url();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  await expect(page.getByRole("definition").filter({ hasText: /^\d+$/ }).first()).toHaveText(String(picked));
  await expectCitations(page, picked);
  // The first fact is the one ticked first: the deck keeps the teacher's order.
  await expect(page.locator("[data-preview-fact]").first()).toContainText("Cömert");
  await expectAccessible(page);
  await page.screenshot({ path: `${screens}/deck-page.png` });
  await page.locator("[data-preview-fact]").first().scrollIntoViewIfNeeded();
  await page.emulateMedia({ colorScheme: "dark" });
  await page.screenshot({ path: `${screens}/deck-page-questions-dark.png` });
  await page.emulateMedia({ colorScheme: "light" });

  // Rename: the name rules are explained beside the field.
  await page.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByLabel("New name")).toBeFocused();
  await page.getByLabel("New name").fill("   ");
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByText("Give the deck a name.")).toBeVisible();
  const renamed = `${name} renamed`;
  await page.getByLabel("New name").fill(renamed);
  await page.getByRole("button", { name: "Save name" }).click();
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByRole("button", { name: "Rename" })).toBeFocused();

  // Edit: the builder opens with the saved selection.
  await page.getByRole("link", { name: "Edit deck" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Edit deck" })).toBeVisible();
  await expect(factStatus(page)).toContainText(`${picked} selected`);
  await expect(page.getByLabel("Name", { exact: true })).toHaveValue(renamed);
  await expect(page.getByLabel("Questions per attempt")).toHaveValue("3");
  await page.getByRole("checkbox", { name: "Typed answer" }).uncheck();
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page).toHaveURL(savedUrl);
  await expect(page.getByRole("definition").filter({ hasText: "Multiple choice, True / false" })).toBeVisible();
  await expect(page.locator('[data-item-kind="typed"]')).toHaveCount(0);

  // Duplicate opens the copy; deleting it returns to the list, where the original stays.
  await page.getByRole("button", { name: "Duplicate" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `${renamed} (copy)` })).toBeVisible();
  expect(page.url()).not.toBe(savedUrl);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page).toHaveURL(/\/decks$/);
  await expect(page.getByRole("link", { name: renamed, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `${renamed} (copy)` })).toHaveCount(0);
  await expect(page.getByRole("listitem").filter({ hasText: renamed })).toContainText(
    `${picked} facts · 3 questions per attempt`,
  );
  await expectAccessible(page);
  await page.screenshot({ path: `${screens}/decks-list.png`, fullPage: true });

  // A deck an assignment uses is not deleted, and the teacher is told why.
  await page.getByRole("link", { name: DEMO_DECK_NAME, exact: true }).click();
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    /^This deck is used by \d+ assignments?, so it cannot be deleted\./,
  );
  await expect(page.getByRole("heading", { level: 1, name: DEMO_DECK_NAME })).toBeVisible();
  await page.screenshot({ path: `${screens}/deck-in-use.png` });
});

test("a deck opens only for its teacher: another teacher gets 404, a student 403", async ({ page, browser }) => {
  await signIn(page, demoTeacher.email, demoTeacher.password);
  await expect(page).toHaveURL(/\/classes$/);
  await page.goto("/decks/new");
  await page.getByLabel("Article").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Select all shown" }).click();
  await page.getByLabel("Name", { exact: true }).fill(`Private ${Date.now().toString(36)}`);
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page).toHaveURL(deckUrl);
  const url = page.url();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUp(other, {
    name: "Other Teacher",
    email: uniqueEmail("decks"),
    password: "another-teacher-1",
    role: "Teacher",
  });
  await expect(other).toHaveURL(/\/classes$/);
  await other.goto("/decks");
  await expect(other.getByRole("heading", { name: "You have no decks yet" })).toBeVisible();
  await expect(other.getByRole("link", { name: "New deck" })).toHaveAttribute("href", "/decks/new");
  await expectAccessible(other);
  expect((await other.goto(url))?.status()).toBe(404);
  expect((await other.goto(`${url}/edit`))?.status()).toBe(404);
  await otherContext.close();

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signIn(student, demoStudent.email, demoStudent.password);
  await expect(student).toHaveURL(/\/study$/);
  expect((await student.goto("/decks"))?.status()).toBe(403);
  expect((await student.goto(url))?.status()).toBe(403);
  await studentContext.close();
});
