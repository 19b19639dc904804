import { expect, test, type Page } from "@playwright/test";
import { answerByKeyboard, factIdForQuestion } from "./quiz-key";
import { expectAccessible, signIn, signUp, uniqueEmail } from "./support";
import { demoUsers } from "../../lib/demo/demo-users.server";

const aigerim = demoUsers.find((u) => u.email.startsWith("aigerim"))!;

const count = (page: Page, label: string) =>
  page
    .getByRole("definition")
    .filter({ has: page.locator(`xpath=preceding-sibling::dt[1][normalize-space()="${label}"]`) });
/** The interval under each rating button: "1m", "10m", "2d"… */
const intervals = (page: Page) =>
  page
    .getByRole("group", { name: /How well did you know it/ })
    .getByRole("button")
    .locator("span:last-child")
    .allTextContents();

/** Space, once the card's "Show answer" button is there; then waits for the back. */
async function flip(page: Page) {
  await expect(page.getByRole("button", { name: /Show answer/ })).toBeFocused();
  await page.keyboard.press("Space");
  await expect(page.locator("#card-answer")).toBeVisible();
}

test("a student studies five flashcards by keyboard: flip, rate, undo; intervals and counts follow", async ({
  page,
}) => {
  await signIn(page, aigerim.email, aigerim.password);
  await expect(page).toHaveURL(/\/study$/);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Flashcards" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Flashcards" })).toBeVisible();
  await expect(count(page, "New")).toHaveText("20");
  await expect(count(page, "Learning")).toHaveText("0");
  await expectAccessible(page);

  const front = page.locator("#card-front");
  const firstQuestion = await front.textContent();
  await flip(page);
  await expect(page.locator("figure mark")).toBeVisible(); // the source passage
  const newCardIntervals = await intervals(page);
  expect(newCardIntervals).toHaveLength(4);
  for (const interval of newCardIntervals) expect(interval).toMatch(/^\d+(\.\d)?(m|h|d|mo|y)$/);
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/flashcard-back.png", fullPage: true });

  // Rate Good, then undo with Z: the same card comes back exactly as it was, counts restored.
  await page.keyboard.press("3");
  await expect(count(page, "Learning")).toHaveText("1");
  await expect(front).not.toHaveText(firstQuestion!);
  await page.keyboard.press("z");
  await expect(front).toHaveText(firstQuestion!);
  await expect(count(page, "Learning")).toHaveText("0");
  await flip(page);
  expect(await intervals(page)).toEqual(newCardIntervals);

  // Five cards: Good, Again, Good, Easy, Hard.
  const seen: string[] = [];
  for (const key of ["3", "1", "3", "4", "2"]) {
    if (!(await page.locator("#card-answer").isVisible())) await flip(page); // the first is still flipped from above
    seen.push((await front.textContent())!);
    await page.keyboard.press(key);
    await expect(front).not.toHaveText(seen.at(-1)!);
  }
  expect(new Set(seen).size).toBe(5);
  await expect(count(page, "New")).toHaveText("15");
  await expect(count(page, "Learning")).toHaveText("4"); // Good, Again, Good and Hard stay in learning; Easy graduates

  // The first card, rated Good once, now offers other intervals than it did as a new card.
  await page.goto(`/flashcards?card=${factIdForQuestion(seen[0]!)}`);
  await expect(front).toHaveText(seen[0]!);
  await flip(page);
  const afterGood = await intervals(page);
  expect(afterGood).toHaveLength(4);
  expect(afterGood).not.toEqual(newCardIntervals);
  await page.screenshot({ path: "test-results/screens/flashcards-after.png", fullPage: true });

  await page.getByRole("link", { name: /Statistics/ }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Flashcard statistics" })).toBeVisible();
  await expect(page.getByRole("definition").first()).toHaveText("5"); // five ratings stand after the undos
  await expect(page.getByRole("img", { name: /Reviews per day: \d{1,2} [A-Z][a-z]{2} 5 \(1 Again\)/ })).toBeVisible();
  await expectAccessible(page);
  await page.screenshot({ path: "test-results/screens/flashcard-stats.png", fullPage: true });
});

test("quiz answers reach the flashcards as soon as they are given: a miss and a right answer each start a card", async ({
  page,
}) => {
  await signUp(page, {
    name: "Yerlan Feed",
    email: uniqueEmail("feed"),
    password: "steppe-river-lantern-42",
    role: "Student",
  });
  await expect(page).toHaveURL(/\/study$/);
  await page.getByRole("button", { name: "Start a quick quiz (10)" }).click();
  await expect(page).toHaveURL(/\/study\/[a-z0-9]+$/);
  await answerByKeyboard(page, false);
  await page.getByRole("button", { name: /Next question/ }).click();
  await expect(page.getByText("Question 2 of 10")).toBeVisible();
  await answerByKeyboard(page, true);
  // Fed right after each answer's response (Again for the miss, Good for the new card); the page only reads.
  // It may still be running for the last answer when the page is opened: look again until it has landed.
  await expect(async () => {
    await page.goto("/flashcards");
    await expect(count(page, "Learning")).toHaveText("2", { timeout: 3_000 });
  }).toPass({ timeout: 20_000 });
  await expect(count(page, "New")).toHaveText("18"); // the two cards started today count against 20 new a day
});
