import { expect, test } from "@playwright/test";
import { demoStudent, demoTeacher, expectAccessible, formAlert, signIn, signOut, signUp, uniqueEmail } from "./support";

test.describe("accounts", () => {
  test("a student signs up, lands on Study with student navigation, signs out and back in @smoke", async ({ page }) => {
    const email = uniqueEmail("student");
    await signUp(page, { name: "Aruzhan Bekova", email, password: "kazakh-history-1", role: "Student" });
    await expect(page).toHaveURL(/\/study$/);
    await expect(page.getByRole("heading", { level: 1, name: "Study" })).toBeVisible();
    const nav = page.getByRole("navigation", { name: "Main" });
    await expect(nav.getByRole("link")).toHaveText(["Study", "Articles", "Flashcards", "Review", "Progress"]);
    await expect(nav.getByRole("link", { name: "Study" })).toHaveAttribute("aria-current", "page");
    await expectAccessible(page);

    await signOut(page);
    await expect(page).toHaveURL(/\/$/);
    await page.goto("/study");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fstudy/);

    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill("kazakh-history-1");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/study$/);
  });

  test("a teacher signs up and gets the teacher navigation @smoke", async ({ page }) => {
    await signUp(page, {
      name: "Marat Teacher",
      email: uniqueEmail("teacher"),
      password: "teaching-2022!",
      role: "Teacher",
    });
    await expect(page).toHaveURL(/\/classes$/);
    await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveText([
      "Classes",
      "Decks",
      "Articles",
    ]);
    await expectAccessible(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Decks" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Decks" })).toBeVisible();
    await expectAccessible(page);
  });

  test("sign-up explains bad input and creates nothing", async ({ page }) => {
    const email = uniqueEmail("bad");
    await signUp(page, { name: "Short Password", email, password: "short", role: "Student" });
    // The browser's own check (minlength) stops the form first; bypass it to reach the server's.
    await page.locator("form").evaluate((form: HTMLFormElement) => (form.noValidate = true));
    await page.getByRole("button", { name: "Create account" }).click();
    await expect(page.getByText("Use at least 10 characters")).toBeVisible();
    await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
    await expectAccessible(page);

    await signUp(page, { name: "Common Password", email, password: "password12", role: "Student" });
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(/This is a commonly used password\./);
    await expect(formAlert(page)).toHaveText("Please choose a stronger password.");

    await signUp(page, { name: "Taken", email: demoStudent.email, password: "long enough password", role: "Student" });
    await expect(page.getByText("An account with this email already exists. Sign in instead.")).toBeVisible();
    await expect(page).toHaveURL(/\/signup$/);
  });

  test("the demo student signs in; a wrong password and an unknown email get the same message @smoke", async ({
    page,
  }) => {
    await signIn(page, demoStudent.email, "not-the-password");
    await expect(formAlert(page)).toHaveText("That email and password do not match an account.");
    await expectAccessible(page);

    await signIn(page, uniqueEmail("nobody"), "not-the-password");
    await expect(formAlert(page)).toHaveText("That email and password do not match an account.");

    await signIn(page, demoStudent.email, demoStudent.password);
    await expect(page).toHaveURL(/\/study$/);
    await expect(page.getByRole("banner")).toContainText(demoStudent.name);
  });

  test("repeated failures lock the account and say when to try again", async ({ page }) => {
    const email = uniqueEmail("locked");
    await signUp(page, { name: "Locked Out", email, password: "the-right-password", role: "Student" });
    await expect(page).toHaveURL(/\/study$/);
    await signOut(page);

    for (let attempt = 1; attempt <= 4; attempt++) {
      await signIn(page, email, `wrong-password-${attempt}`);
      await expect(formAlert(page)).toHaveText("That email and password do not match an account.");
    }
    await signIn(page, email, "wrong-password-5");
    await expect(formAlert(page)).toContainText("Too many failed sign-in attempts. Try again in 15 minutes (at ");
    await expectAccessible(page);

    // Even the right password is refused while the lock holds.
    await signIn(page, email, "the-right-password");
    await expect(formAlert(page)).toContainText("Too many failed sign-in attempts. Try again in");
    await expect(page).toHaveURL(/\/signin/);
  });
});

test.describe("access by role", () => {
  test("a student opening a teacher page gets the 403 page, never the content", async ({ page }) => {
    await signIn(page, demoStudent.email, demoStudent.password);
    await expect(page).toHaveURL(/\/study$/);
    for (const path of ["/classes", "/decks"]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(403);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn't for your account");
      await expect(page.getByText("Create classes, share a join code")).toHaveCount(0);
    }
    await expectAccessible(page);
  });

  test("a teacher opening a student page gets the 403 page", async ({ page }) => {
    await signIn(page, demoTeacher.email, demoTeacher.password);
    await expect(page).toHaveURL(/\/classes$/);
    const response = await page.goto("/review");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("This page isn't for your account");
  });

  test("signed-out visitors are sent to sign in and come back afterwards", async ({ page }) => {
    await page.goto("/classes");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Fclasses/);
    await page.getByLabel("Email").fill(demoTeacher.email);
    await page.getByLabel("Password").fill(demoTeacher.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/classes$/);
  });
});
