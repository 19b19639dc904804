import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import { demoUsers } from "../../lib/demo/demo-users.server";

export const demoTeacher = demoUsers.find((u) => u.role === "teacher")!;
export const demoStudent = demoUsers.find((u) => u.role === "student")!;

export function uniqueEmail(label: string) {
  return `${label}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}@e2e.sourcebound.test`;
}

/**
 * axe (WCAG 2.1 A/AA) must find nothing on the page, in the light and the dark scheme. On a phone
 * (`phone`), WCAG 2.2's target size too, and the page must not scroll sideways (reflow, 1.4.10).
 */
export async function expectAccessible(page: Page, { phone = false } = {}) {
  if (phone) {
    const { scrollWidth, innerWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
    }));
    expect(scrollWidth, `${page.url()} scrolls sideways at ${innerWidth} px`).toBeLessThanOrEqual(innerWidth);
  }
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", ...(phone ? ["wcag22aa"] : []), "best-practice"])
      .analyze();
    const summary = results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
    expect(summary, `axe violations in ${colorScheme} mode at ${page.url()}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: "light" });
}

/** The sign-in form's own message (Next's route announcer is also role=alert). */
export function formAlert(page: Page) {
  return page.getByRole("main").getByRole("alert");
}

export async function signIn(page: Page, email: string, password: string) {
  await page.goto("/signin");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signUp(
  page: Page,
  user: { name: string; email: string; password: string; role: "Student" | "Teacher" },
) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("radio", { name: user.role }).check();
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signOut(page: Page) {
  await page.getByRole("banner").locator("summary").click();
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
}

/** A student joins a class with its code and is told so. */
export async function joinWithCode(page: Page, code: string, className: string) {
  await page.getByLabel("Join code").fill(code);
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByRole("status")).toHaveText(`You joined ${className}.`);
}

/** A teacher's new deck of the facts a search shows, with the question types left on (all by default). */
export async function buildDeck(
  page: Page,
  deck: { search: string; name: string; perAttempt: number; leaveOut?: string[] },
) {
  await page.goto("/decks/new");
  await page.getByLabel("Search").fill(deck.search);
  await page.getByRole("button", { name: "Select all shown" }).click();
  for (const type of deck.leaveOut ?? []) await page.getByRole("checkbox", { name: type }).uncheck();
  await page.getByLabel("Name", { exact: true }).fill(deck.name);
  await page.getByLabel("Questions per attempt").fill(String(deck.perAttempt));
  await page.getByRole("button", { name: "Save deck" }).click();
  await expect(page.getByRole("heading", { level: 1, name: deck.name })).toBeVisible();
}

/** A phone's screen (360 × 740, touch), as most students open the app. */
export const phone = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true } as const;
