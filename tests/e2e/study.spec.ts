import { expect, test } from "@playwright/test";
import {
  answerByKeyboard,
  currentQuestion,
  expectNothingLeaked,
  factIdsForStem,
  itemForStem,
  recordResponses,
} from "./quiz-key";
import { expectAccessible, signIn, signUp, uniqueEmail } from "./support";
import { demoUsers } from "../../lib/demo/demo-users.server";

const timur = demoUsers.find((u) => u.email.startsWith("timur"))!;
const aigerim = demoUsers.find((u) => u.email.startsWith("aigerim"))!;

test.describe("studying", () => {
  test("a student takes a 10-question quiz by keyboard, sees the source after every answer, reviews and retries what they missed", async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const sent = recordResponses(page);
    // A new student, so the progress figures count this quiz alone (the demo students have history).
    await signUp(page, {
      name: "Quiz Taker",
      email: uniqueEmail("quiz"),
      password: "quiz-taker-2022",
      role: "Student",
    });
    await expect(page).toHaveURL(/\/study$/);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Start a quick quiz (10)" }).click();
    await expect(page).toHaveURL(/\/study\/[a-z0-9]+$/);
    const quizUrl = page.url();
    const wrongOnPurpose = new Set([0, 3, 6]);
    const missedStems: string[] = [];
    for (let i = 0; i < 10; i++) {
      await expect(page.getByText(`Question ${i + 1} of 10`)).toBeVisible();
      const { kind, stem } = await currentQuestion(page);
      // Nothing sent so far may give this question's answer away (HTML, RSC payload or JSON).
      const item = itemForStem(kind, stem);
      await expectNothingLeaked(page, sent, item, `question ${i + 1}, before it is answered,`);
      if (i === 0) await expectAccessible(page);

      const right = !wrongOnPurpose.has(i);
      await answerByKeyboard(page, right);
      if (!right) missedStems.push(stem);
      // The source passage, highlighted, with its article, after every answer.
      const source = page.locator("figure", { hasText: "Source" });
      await expect(source.locator("mark")).toHaveText(item.passage.quote);
      await expect(source.getByRole("link").first()).toHaveAttribute(
        "href",
        new RegExp(`#fact-(${factIdsForStem(kind, stem).join("|")})$`),
      );
      if (i === 0) {
        await expectAccessible(page);
        await page.screenshot({ path: "test-results/screens/quiz-feedback.png", fullPage: true });
      }
      sent.clear();
      await page.keyboard.press("Enter"); // Next question / See your results
    }

    await expect(page).toHaveURL(/\/results$/);
    await expect(page.getByText("7 / 10")).toBeVisible();
    await expect(page.getByRole("listitem").filter({ hasText: "Wrong" })).toHaveCount(3);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screens/quiz-results.png", fullPage: true });

    // A finished quiz cannot be answered again: its page goes to the results.
    await page.goto(quizUrl);
    await expect(page).toHaveURL(/\/results$/);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    await expect(page.locator("dd").first()).toHaveText(/^7 \/ 121$/);
    await expectAccessible(page);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
    const reviewed = page.getByRole("main").getByRole("heading", { level: 3 });
    await expect(reviewed).toHaveCount(3);
    expect((await reviewed.allTextContents()).sort()).toEqual([...missedStems].sort());
    await expect(page.locator("figure mark")).toHaveCount(3);
    await expectAccessible(page);
    await page.screenshot({ path: "test-results/screens/review.png", fullPage: true });

    await page.getByRole("button", { name: "Retry missed (3)" }).click();
    await expect(page.getByText("Question 1 of 3")).toBeVisible();
    await answerByKeyboard(page, true);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Review" }).click();
    await expect(page.getByRole("main").getByRole("heading", { level: 3 })).toHaveCount(2);

    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Progress" }).click();
    await expect(page.locator("dd").first()).toHaveText(/^8 \/ 121$/);
    await page.screenshot({ path: "test-results/screens/progress.png", fullPage: true });
  });

  test("a quiz resumes where it was left; one student cannot open or answer another's @smoke", async ({
    page,
    browser,
  }) => {
    await signIn(page, aigerim.email, aigerim.password);
    await expect(page).toHaveURL(/\/study$/);
    await page.getByLabel("Number of questions").fill("5");
    await page.getByRole("checkbox", { name: "Multiple choice" }).uncheck();
    await page.getByRole("checkbox", { name: "True / false" }).uncheck();
    await page.getByRole("button", { name: "Start quiz" }).click();
    await expect(page.getByText("Question 1 of 5")).toBeVisible();
    const quizUrl = page.url();
    const stem = (await currentQuestion(page)).stem;
    await expect(page.getByLabel("Your answer")).toBeVisible(); // typed only, as chosen

    // Leaving and coming back resumes the same question.
    await page.goto("/study");
    await page.getByRole("link", { name: "Practice: all articles" }).first().click();
    await expect(page.locator("#question-stem")).toHaveText(stem);

    // An empty answer is refused with a message and nothing is stored.
    await page.keyboard.press("Enter");
    await expect(page.getByRole("main").getByRole("alert")).toHaveText("Type an answer first.");

    const other = await browser.newContext();
    const intruder = await other.newPage();
    await signIn(intruder, timur.email, timur.password);
    await expect(intruder).toHaveURL(/\/study$/);
    const response = await intruder.goto(quizUrl);
    expect(response?.status()).toBe(404);
    expect((await intruder.goto(`${quizUrl}/results`))?.status()).toBe(404);

    // Straight at the API, with a question id taken from the owner's page: refused, nothing stored.
    const questionId = await page.locator("form[data-question-id]").getAttribute("data-question-id");
    const stolen = await intruder.request.post("/api/answers", {
      data: { questionId, response: { kind: "typed", text: "Tokayev" }, timeTakenMs: 1 },
    });
    expect(stolen.status()).toBe(404);
    expect(await stolen.json()).toEqual({
      error: "That question is not part of any of your quizzes.",
      code: "not-found",
    });
    expect(
      (
        await intruder.request.post("/api/answers", { data: { questionId: "x", response: { kind: "essay" } } })
      ).status(),
    ).toBe(400);
    expect(
      (await intruder.request.post("/api/answers", { headers: { "content-type": "text/plain" }, data: "{}" })).status(),
    ).toBe(415);
    await other.close();

    const anonymous = await browser.newContext();
    expect(
      (
        await anonymous.request.post("/api/answers", { data: { questionId, response: { kind: "typed", text: "x" } } })
      ).status(),
    ).toBe(401);
    await anonymous.close();

    await page.reload();
    await expect(page.getByText("Question 1 of 5")).toBeVisible();
    await expect(page.getByText("0 answered")).toBeVisible();
  });
});
