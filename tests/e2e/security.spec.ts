import { expect, test, type Browser, type Page } from "@playwright/test";
import { demoStudent, expectAccessible, formAlert, signIn, signOut, signUp, uniqueEmail } from "./support";

const password = "steppe-river-lantern";

async function newStudent(page: Page) {
  const email = uniqueEmail("secure");
  await signUp(page, { name: "Dana Security", email, password, role: "Student" });
  await expect(page).toHaveURL(/\/study$/);
  return email;
}

/** A second browser (its own cookies) signed in as `email`. */
async function otherBrowser(browser: Browser, email: string, withPassword = password) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email, withPassword);
  await expect(page).toHaveURL(/\/study$/);
  return { context, page };
}

test("signing out ends the session: a copy of the old cookie opens nothing and is not renewed @smoke", async ({
  page,
  browser,
}) => {
  await newStudent(page);
  const oldCookies = await page.context().cookies();
  await signOut(page);

  const replay = await browser.newContext();
  await replay.addCookies(oldCookies);
  const thief = await replay.newPage();
  await thief.goto("/study");
  await expect(thief).toHaveURL(/\/signin/);
  const session = await thief.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  expect(session.headers()["set-cookie"] ?? "").toMatch(/next-auth\.session-token=;.*Max-Age=0/);
  await replay.close();
});

test("after signing in, a callback that a browser would read as another site stays on this one", async ({
  browser,
}) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const email = await newStudent(page);
  await signOut(page);
  const offSite: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).hostname.endsWith("example.org")) offSite.push(request.url());
  });
  for (const callback of [
    "/%09/example.org/",
    "/%0A/example.org/",
    "/%0D/example.org/",
    "/%09%5Cexample.org/",
    "%5C%5Cexample.org",
    "https://example.org/",
  ]) {
    await page.goto(`/signin?callbackUrl=${callback}`);
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/^http:\/\/localhost:\d+\/study$/);
    await signOut(page);
  }
  expect(offSite).toEqual([]);
  await context.close();
});

test("the account page changes the password (current one required) and signs other browsers out; sign out everywhere ends them all", async ({
  page,
  browser,
}) => {
  const email = await newStudent(page);
  const phone = await otherBrowser(browser, email);

  await page.getByRole("banner").locator("summary").click();
  await page.getByRole("link", { name: "Account and security" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Account" })).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "This browser" })).toHaveCount(1);
  await expect(page.getByText("1 other browser is signed in.")).toBeVisible();
  await expectAccessible(page);

  const form = page.getByRole("form", { name: "Change password" });
  await form.getByLabel("Current password").fill("not my password");
  await form.getByLabel("New password", { exact: true }).fill("granite-owl-meadow");
  await form.getByLabel("New password again").fill("granite-owl-meadow");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("Current password")).toHaveAccessibleDescription("That is not your current password.");

  await form.getByLabel("Current password").fill(password);
  await form.getByLabel("New password", { exact: true }).fill("password12");
  await form.getByLabel("New password again").fill("password12");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByLabel("New password", { exact: true })).toHaveAccessibleDescription(/commonly used password/);

  await form.getByLabel("Current password").fill(password);
  await form.getByLabel("New password", { exact: true }).fill("granite-owl-meadow");
  await form.getByLabel("New password again").fill("granite-owl-meadow");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toHaveText("Password changed. 1 other browser was signed out.");
  await expect(page.getByText("Only this browser is signed in.")).toBeVisible();
  await page.screenshot({ path: "test-results/screens/account-desktop.png", fullPage: true });

  // The other browser is signed out; this one is not.
  await phone.page.goto("/study");
  await expect(phone.page).toHaveURL(/\/signin/);
  await page.goto("/study");
  await expect(page).toHaveURL(/\/study$/);

  // Sign out everywhere, from a phone-sized browser signed in with the new password.
  const small = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
  const smallPage = await small.newPage();
  await signIn(smallPage, email, "granite-owl-meadow");
  await expect(smallPage).toHaveURL(/\/study$/);
  await smallPage.goto("/account");
  await expectAccessible(smallPage);
  await smallPage.screenshot({ path: "test-results/screens/account-phone.png", fullPage: true });
  await smallPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(smallPage).toHaveURL(/\/signin/);
  await page.goto("/study");
  await expect(page).toHaveURL(/\/signin/);
  await Promise.all([small.close(), phone.context.close()]);
});

test("500 wrong-role requests in a row all answer 403 with the friendly page", async ({ page }) => {
  await signIn(page, demoStudent.email, demoStudent.password);
  await expect(page).toHaveURL(/\/study$/);
  const statuses = new Map<number, number>();
  for (let i = 0; i < 500; i++) {
    const response = await page.request.get(i % 2 ? "/classes" : "/decks", { maxRedirects: 0 });
    statuses.set(response.status(), (statuses.get(response.status()) ?? 0) + 1);
    if (i === 0) {
      // The 403 page (rendered from the response's payload), never the teacher page's content.
      const body = await response.text();
      expect(body).toContain("This page isn't for your account");
      expect(body).not.toContain("Create classes");
    }
  }
  expect(Object.fromEntries(statuses)).toEqual({ 403: 500 });
});

test("guessing join codes is stopped with the time to wait", async ({ page }) => {
  await newStudent(page);
  const code = page.getByLabel("Join code");
  for (let attempt = 1; attempt <= 10; attempt++) {
    await code.fill("AAA-AAA");
    await page.getByRole("button", { name: "Join" }).click();
    await expect(formAlert(page)).toContainText(
      attempt < 10 ? "No class accepts that code." : "That was the last try for now: Try again in 15 minutes",
    );
  }
  await code.fill("CCC-CCC");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(formAlert(page)).toHaveText(/^Too many wrong codes\. Try again in 15 minutes \(at \d\d:\d\d\)\.$/);
  await expectAccessible(page);
});

test("oversized and malformed bodies get 413 and 'not valid JSON', never a 500", async ({ page }) => {
  await signIn(page, demoStudent.email, demoStudent.password);
  await expect(page).toHaveURL(/\/study$/);
  const json = { "content-type": "application/json" };
  const huge = await page.request.post("/api/health", { headers: json, data: Buffer.alloc(20 * 1024 * 1024, "a") });
  expect(huge.status()).toBe(413);
  expect(await huge.json()).toEqual({ error: "The request is too large: send at most 2 MB.", code: "too-large" });
  const bigAnswer = await page.request.post("/api/answers", {
    headers: json,
    data: Buffer.from(`{"questionId":"${"x".repeat(10_000)}"}`),
  });
  expect(bigAnswer.status()).toBe(413);
  expect(await bigAnswer.json()).toEqual({ error: "The request is too large: send at most 4 KB.", code: "too-large" });
  // A Buffer is sent as it is (a string would be sent as a JSON string).
  const broken = await page.request.post("/api/answers", { headers: json, data: Buffer.from('{"questionId": ') });
  expect(broken.status()).toBe(400);
  expect(await broken.json()).toEqual({ error: "The body is not valid JSON.", code: "invalid" });
});
