import { expect, test } from "@playwright/test";
import { currentQuestion, itemForStem } from "./quiz-key";
import { demoTeacher, expectAccessible, phone, signIn, signUp, uniqueEmail } from "./support";

test.use(phone);

test("on a phone a student finds every page in the menu, takes a quiz by tapping and typing, and follows a citation to the passage", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signUp(page, {
    name: "Dana Phone",
    email: uniqueEmail("phone"),
    password: "steppe-river-lantern-42",
    role: "Student",
  });
  await expect(page).toHaveURL(/\/study$/);
  // The menu fits: every link on screen, none scrolled out of sight.
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const name of ["Study", "Articles", "Flashcards", "Review", "Progress"]) {
    const link = nav.getByRole("link", { name });
    await expect(link).toBeInViewport({ ratio: 1 });
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  await expectAccessible(page, { phone: true });

  await page.getByRole("button", { name: "Start a quick quiz (10)" }).tap();
  await expect(page).toHaveURL(/\/study\/[a-z0-9]+$/);
  for (let n = 0; n < 10; n++) {
    await expect(page.locator("#quiz-progress-label")).toHaveText(`Question ${n + 1} of 10`);
    const { kind, stem } = await currentQuestion(page);
    const item = itemForStem(kind, stem);
    if (item.type === "typed") {
      const field = page.locator("#typed-answer");
      await field.tap();
      await field.fill(item.answer);
      await expect(field).toBeInViewport();
      await page.getByRole("button", { name: "Submit answer" }).tap();
    } else {
      const option = page.locator("fieldset label").filter({
        hasText: item.type === "true-false" ? (item.isTrue ? "True" : "False") : item.answer,
      });
      expect((await option.first().boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await option.first().tap();
      await page.getByRole("button", { name: "Submit answer" }).tap();
    }
    await expect(page.locator("#feedback-heading")).toHaveText("Correct");
    if (n === 0) {
      await expectAccessible(page, { phone: true });
      await page.screenshot({ path: "test-results/screens/phone-quiz-feedback-360.png", fullPage: true });
    }
    if (n < 9) await page.getByRole("button", { name: "Next question" }).tap();
    else await page.getByRole("link", { name: "See your results" }).tap();
  }
  await expect(page).toHaveURL(/\/results$/);
  await expect(page.getByText("10 / 10")).toBeVisible();
  await expectAccessible(page, { phone: true });

  // A citation opens the article at its passage: in view, labelled, the rest quiet.
  const source = page.locator('a[href*="#fact-"]').first();
  await source.scrollIntoViewIfNeeded();
  await source.tap();
  await expect(page).toHaveURL(/\/articles\/.+#fact-/);
  const passage = page.locator("mark[data-cited-first]");
  await expect(passage).toBeInViewport();
  await expect(passage).toBeFocused();
  await expect(page.getByRole("button", { name: "Show all facts" })).toBeVisible();
  await expectAccessible(page, { phone: true });
  await page.screenshot({ path: "test-results/screens/phone-reader-cited-360.png" });

  for (const path of ["/flashcards", "/progress", "/review", "/articles", "/account"]) {
    await page.goto(path);
    await expectAccessible(page, { phone: true });
  }
  await page.goto("/flashcards");
  await page.screenshot({ path: "test-results/screens/phone-flashcards-360.png", fullPage: true });
});

test("on a phone a teacher reads the gradebook: it scrolls sideways in its own box, the names stay in view", async ({
  page,
}) => {
  await signIn(page, demoTeacher.email, demoTeacher.password);
  await expect(page).toHaveURL(/\/classes$/);
  await expectAccessible(page, { phone: true });
  await page.getByRole("link", { name: /demo class/ }).tap();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page, { phone: true });
  await page.getByRole("link", { name: "Casualties: who counted what?" }).tap();
  const gradebook = page.getByRole("region", { name: "Gradebook table" });
  await expect(gradebook).toBeVisible();
  await expectAccessible(page, { phone: true });

  const box = await gradebook.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(box.scrollWidth).toBeGreaterThan(box.clientWidth); // wider than the screen: it scrolls, not the page
  await gradebook.scrollIntoViewIfNeeded();
  const name = gradebook.getByRole("rowheader").first();
  const before = (await name.boundingBox())!.x;
  await gradebook.evaluate((el) => el.scrollBy({ left: 400 }));
  await expect.poll(async () => (await name.boundingBox())!.x).toBe(before);
  await expect(name).toBeInViewport();
  await page.screenshot({ path: "test-results/screens/phone-gradebook-360.png" });

  // Deleting is the last thing on the page, and asks first.
  const lastSection = page.getByRole("region", { name: "Delete this assignment" });
  await expect(lastSection).toContainText("Students have started it, so it stays");
});
