import { expect, test, type Page } from "@playwright/test";
import { demoStudent, expectAccessible, signIn } from "./support";

const screenshot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screens/${name}.png`, fullPage: false });

test.describe("article reader", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, demoStudent.email, demoStudent.password);
    await expect(page).toHaveURL(/\/study$/);
  });

  test("lists the five library articles with their outlet, date, fact count and topics @smoke", async ({ page }) => {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Articles" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Articles" })).toBeVisible();
    // A student in no class sees the built-in library only.
    await expect(page.getByRole("heading", { level: 2 })).toHaveText(["Built-in library"]);
    const items = page
      .getByRole("region", { name: "Built-in library" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { level: 3 }) });
    await expect(items).toHaveCount(5);
    const kyiv = items.filter({ hasText: "Putin holds ‘private’ talks with Kazakhstan’s ex-president" });
    await expect(kyiv).toContainText("Kyiv Independent");
    await expect(kyiv).toContainText("20 December 2022 · 22 facts");
    await expect(kyiv).toContainText("Casualties");
    await expectAccessible(page);
    await screenshot(page, "articles-list");
  });

  test("a #fact- link from another article scrolls to the passage and emphasises it", async ({ page }) => {
    await page.goto("/articles/putin-private-talks-nazarbayev");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Putin holds ‘private’ talks with Kazakhstan’s ex-president",
    );

    // Boilerplate is set aside, collapsed, and never highlighted.
    await expect(page.getByText("Set aside: “Support us” appeal (not part of the article)").first()).toBeVisible();
    await expect(page.locator("mark", { hasText: "Support Us" })).toHaveCount(0);
    await expect(page.getByText("Signup bonus from $125")).toBeHidden();

    // The Kyiv Independent's 238 is one claim among several: the reader says so and links to the others.
    const toll = page.locator('mark[data-facts~="a001-kyiv-independent-death-toll"]').last();
    await expect(toll).toContainText("the deaths of 238 civilians");
    await expect(toll.locator("xpath=following-sibling::*[1]")).toHaveText("sources differ");
    const differ = page.getByRole("region", { name: "Where sources differ" });
    await expect(differ).toContainText("Kazakh Prosecutor General's Office: 225");
    await expect(differ).toContainText("Kyiv Independent: 238");
    await expectAccessible(page);

    await differ
      .getByRole("link", { name: "In “Putin Maintains 'Warm Relations' With Both Tokayev, Nazarbayev - Peskov”" })
      .first()
      .click();
    await expect(page).toHaveURL(/\/articles\/putin-warm-relations-tokayev-nazarbayev#fact-a000-/);
    const factId = new URL(page.url()).hash.replace("#fact-", "");
    const target = page.locator(`mark[data-facts~="${factId}"]`).first();
    await expect(target).toHaveAttribute("data-target-fact", "true");
    await expect(target).toBeInViewport();
    await expect(page.locator("mark[data-target-fact]")).not.toHaveCount(0);
    await expectAccessible(page);
    await screenshot(page, "reader-deep-link");
  });

  test("a direct deep link lands on the passage; keyboard focus shows the fact it proves", async ({ page }) => {
    await page.goto("/articles/tokayev-boosts-ties-with-russia#fact-a003-massimov-dismissed");
    const target = page.locator('mark[data-facts~="a003-massimov-dismissed"]').first();
    await expect(target).toHaveAttribute("data-target-fact", "true");
    await expect(target).toBeInViewport();
    await expect(target).toContainText("Karim Massimov");
    // Unmistakable: labelled "Cited passage", focused for screen readers, the other facts quiet until asked.
    await expect(target).toHaveAttribute("data-cited-first", "true");
    await expect(target).toBeFocused();
    expect(await target.evaluate((el) => getComputedStyle(el, "::before").content)).toBe('"Cited passage"');
    const other = page.locator("mark[data-facts]:not([data-target-fact])").first();
    const background = () => other.evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background()).toBe("rgba(0, 0, 0, 0)");
    const showAll = page.getByRole("button", { name: "Show all facts" });
    await expect(showAll).toHaveAttribute("aria-pressed", "false");
    await showAll.click();
    await expect(showAll).toHaveAttribute("aria-pressed", "true");
    expect(await background()).not.toBe("rgba(0, 0, 0, 0)");
    await expectAccessible(page);

    await target.focus();
    await expect(target).toBeFocused();
    const tooltip = target.locator("span[aria-hidden=true]");
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText("Karim Massimov, a Nazarbayev ally, was dismissed and charged with treason");
    // Screen readers get the same statement through aria-describedby.
    await expect(target).toHaveAccessibleDescription(
      /Fact: After the January 2022 protests, intelligence chief Karim Massimov/,
    );
    await screenshot(page, "reader-focus");

    // The repeated headline and the comment widget are not part of the article text.
    await expect(page.locator("mark", { hasText: "Leave a Reply" })).toHaveCount(0);
  });

  test("an unknown article is a friendly 404", async ({ page }) => {
    const response = await page.goto("/articles/no-such-article");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
  });
});
