import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, signUp, uniqueEmail } from "./support";

const screens = "test-results/screens";
const fixture = (name: string) => `tests/fixtures/articles/${name}`;

/** Selects the first occurrence of `phrase` in the reader, as a teacher would with the mouse. */
async function selectInReader(page: Page, phrase: string) {
  const found = await page.evaluate((wanted) => {
    for (const span of document.querySelectorAll<HTMLElement>("[data-start]")) {
      const node = span.firstChild;
      const at = node?.textContent?.indexOf(wanted) ?? -1;
      if (!node || at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      span.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      return true;
    }
    return false;
  }, phrase);
  expect(found, `“${phrase}” in the reader`).toBe(true);
  await expect(page.getByRole("region", { name: "Selected passage" })).toBeVisible();
}

async function importFile(page: Page, file: string, title?: string) {
  await page.goto("/articles/new");
  await page.getByRole("radio", { name: /Upload a file/ }).check();
  await page.getByLabel("File", { exact: true }).setInputFiles(fixture(file));
  if (title) await page.getByLabel("Title", { exact: true }).fill(title);
  await page.getByRole("button", { name: "Import the article" }).click();
  await expect(page).toHaveURL(/\/articles\/(?!new$)[a-z0-9-]+$/);
}

let fixtureServer: Server;
let fixtureUrl = "";
test.beforeAll(async () => {
  fixtureServer = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(readFileSync(fixture("news-page.html")));
  });
  await new Promise<void>((resolve) => fixtureServer.listen(0, "127.0.0.1", resolve));
  fixtureUrl = `http://127.0.0.1:${(fixtureServer.address() as AddressInfo).port}/bees.html`;
});
test.afterAll(() => fixtureServer.close());

test("a teacher imports their own reading, curates facts, assigns them with library facts; only their class reads the article", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const run = Date.now().toString(36);
  const teacherContext = await browser.newContext();
  const teacher = await teacherContext.newPage();
  await signUp(teacher, {
    name: "Ruth Okafor",
    email: uniqueEmail("ruth"),
    password: "ruth-okafor-2022",
    role: "Teacher",
  });
  await expect(teacher).toHaveURL(/\/classes$/);
  const className = `Geography 8 ${run}`;
  await teacher.getByLabel("Name").fill(className);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const classUrl = teacher.url();
  const code = (await teacher.locator("[data-join-code]").getAttribute("data-join-code"))!;

  // 1. A web page on this machine's own network is refused, with the reason, and nothing is stored.
  await teacher.goto("/articles/new");
  await expectAccessible(teacher);
  await teacher.getByRole("radio", { name: /Web address/ }).check();
  await teacher.getByLabel("Web address", { exact: true }).fill(fixtureUrl);
  await teacher.getByRole("button", { name: "Import the article" }).click();
  await expect(teacher.getByLabel("Web address", { exact: true })).toHaveAccessibleDescription(/private network/);
  await expect(teacher).toHaveURL(/\/articles\/new$/);

  // 2. The same page uploaded as HTML: the body without the page's furniture, furniture lines set aside.
  await importFile(teacher, "news-page.html");
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText(/Honeybee colonies/);
  await expect(teacher.getByRole("heading", { name: /Text set aside \([1-9]/ })).toBeVisible();
  await expect(teacher.getByRole("main")).not.toContainText("Accept all cookies");

  // 3. A PDF: its title comes from the document.
  await importFile(teacher, "canopy-report.pdf");
  await expect(teacher.getByText("Private: only you can see it")).toBeVisible();

  // 4. Hard-wrapped text, pasted: the reader flows its lines into paragraphs.
  await teacher.goto("/articles/new");
  await teacher.getByLabel("Article text", { exact: true }).fill(readFileSync(fixture("newsletter-email.txt"), "utf8"));
  await teacher.getByLabel("Title", { exact: true }).fill(`Night trains ${run}`);
  await teacher.getByRole("button", { name: "Import the article" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: `Night trains ${run}` })).toBeVisible();
  const articleUrl = teacher.url();
  await expect(
    teacher.locator("p", { hasText: "made its first run on 13 December 2021, it was the first" }),
  ).toHaveCount(1);

  // A line that is not part of the article, set aside by selecting it.
  const asideBefore = Number(
    (await teacher.getByRole("heading", { name: /Text set aside/ }).textContent())!.match(/\d+/)![0],
  );
  await selectInReader(teacher, "By Tomas Berglund, transport correspondent");
  await teacher.getByRole("button", { name: "Set aside" }).click();
  await expect(teacher.getByRole("heading", { name: `Text set aside (${asideBefore + 1})` })).toBeVisible();

  // 5. Three suggestions accepted as they are, after a look at each.
  const suggestions = teacher.getByRole("region", { name: /Suggested facts/ });
  for (let accepted = 1; accepted <= 3; accepted++) {
    await suggestions
      .getByRole("button", { name: /Review and accept/ })
      .first()
      .click();
    await expect(teacher.getByRole("heading", { name: "Accept the suggested fact" })).toBeFocused();
    await teacher.getByRole("button", { name: "Save the fact" }).click();
    await expect(teacher.getByRole("heading", { name: `Your facts (${accepted})` })).toBeVisible();
  }

  // 6. Two facts made by selecting their passages; the checker's message for a wrong answer first.
  await selectInReader(teacher, "Bahn ended its own sleeper services in December 2016");
  await teacher.getByRole("button", { name: "Make a fact" }).click();
  await teacher.getByLabel("Question", { exact: true }).fill("When did Deutsche Bahn end its own sleeper services?");
  await teacher.getByLabel("Answer", { exact: true }).fill("2017");
  await teacher.getByLabel("Kind of answer", { exact: true }).selectOption("date");
  await teacher.getByRole("button", { name: "Save the fact" }).click();
  await expect(teacher.getByLabel("Answer", { exact: true })).toHaveAccessibleDescription(
    /words of the quoted passage/,
  );
  await teacher.getByLabel("Answer", { exact: true }).fill("December 2016");
  await expectAccessible(teacher);
  await teacher.getByRole("button", { name: "Save the fact" }).click();
  await expect(teacher.getByRole("heading", { name: "Your facts (4)" })).toBeVisible();

  await selectInReader(teacher, "needs an average occupancy of 70 percent");
  await teacher.getByRole("button", { name: "Make a fact" }).click();
  await teacher
    .getByLabel("Question", { exact: true })
    .fill("What average occupancy does ÖBB need to cover its costs on the Paris route?");
  await teacher.getByLabel("Answer", { exact: true }).fill("70 percent");
  await teacher.getByLabel("Kind of answer", { exact: true }).selectOption("quantity");
  await teacher
    .getByLabel("Statement", { exact: true })
    .fill("ÖBB needs an average occupancy of 70 percent on the Paris route.");
  await teacher.getByRole("button", { name: "Save the fact" }).click();
  await expect(teacher.getByRole("heading", { name: "Your facts (5)" })).toBeVisible();
  await expect(teacher.locator("main mark[data-facts]").first()).toBeVisible();
  await expectAccessible(teacher);
  await teacher.screenshot({ path: `${screens}/teacher-article.png`, fullPage: true });
  await teacher.setViewportSize({ width: 390, height: 844 });
  await teacher.screenshot({ path: `${screens}/teacher-article-phone.png`, fullPage: true });
  await teacher.setViewportSize({ width: 1280, height: 720 });

  // 7. A deck of the article's facts and a library article's, assigned with answers after each question.
  await teacher.goto("/decks/new");
  await teacher.getByLabel("Article").selectOption({ label: `Night trains ${run}` });
  await teacher.getByRole("button", { name: "Select all shown" }).click();
  await teacher.getByLabel("Article").selectOption({ index: 1 });
  // Five of the library article's facts: with ten questions an attempt asks every fact, the teacher's too.
  const libraryFacts = teacher.getByLabel("Facts", { exact: true }).getByRole("checkbox");
  for (let i = 0; i < 5; i++) await libraryFacts.nth(i).check();
  const deckName = `Trains and more ${run}`;
  await teacher.getByLabel("Name", { exact: true }).fill(deckName);
  await teacher.getByLabel("Questions per attempt").fill("10");
  await teacher.getByRole("button", { name: "Save deck" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: deckName })).toBeVisible();
  await expect(teacher.getByRole("main")).toContainText(`Night trains ${run}`);

  const student = await (await browser.newContext()).newPage();
  await signUp(student, {
    name: "Ali Hassan",
    email: uniqueEmail("ali"),
    password: "ali-hassan-2022",
    role: "Student",
  });
  await student.getByLabel("Join code").fill(code);
  await student.getByRole("button", { name: "Join" }).click();
  await expect(student.getByRole("status")).toHaveText(`You joined ${className}.`);
  // Not shared yet: the student cannot open it.
  expect((await student.goto(articleUrl))!.status()).toBe(404);

  await teacher.goto(classUrl);
  await teacher.getByLabel("Deck", { exact: true }).selectOption({ label: `${deckName} (10 questions per attempt)` });
  await teacher.getByRole("radio", { name: /After each question/ }).check();
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: deckName })).toBeVisible();

  // 8. The student takes it; a question from the teacher's article cites its passage there.
  await student.goto("/study");
  await student.locator(`[data-assignment="${deckName}"]`).getByRole("button", { name: "Start" }).click();
  let cited = false;
  for (let n = 0; n < 10; n++) {
    await expect(student.locator("#quiz-progress-label")).toHaveText(`Question ${n + 1} of 10`);
    if (await student.locator("#typed-answer").count()) await student.locator("#typed-answer").fill("no idea");
    else await student.keyboard.press((await student.locator("#option-true").count()) ? "t" : "1");
    await student.keyboard.press("Enter");
    await expect(student.locator("#feedback-heading")).toBeVisible();
    const source = student.getByRole("link", { name: `Night trains ${run}` });
    if (!cited && (await source.count())) {
      cited = true;
      await expectAccessible(student);
      await student.screenshot({ path: `${screens}/student-teacher-citation.png`, fullPage: true });
      const href = (await source.getAttribute("href"))!;
      const reader = await student.context().newPage();
      await reader.goto(href);
      const factId = href.split("#fact-")[1]!;
      await expect(reader.locator(`mark[data-facts~="${factId}"]`).first()).toBeVisible();
      await expect(reader.getByRole("button", { name: "Make a fact" })).toHaveCount(0);
      await expect(reader.getByText("Your article")).toHaveCount(0);
      await reader.screenshot({ path: `${screens}/student-teacher-article.png`, fullPage: true });
      await reader.close();
    }
    await student.getByRole(n < 9 ? "button" : "link", { name: n < 9 ? "Next question" : "See your results" }).click();
  }
  expect(cited, "a question from the teacher's article cited its passage").toBe(true);
  await student.goto("/articles");
  await expect(student.getByRole("heading", { name: "From your classes" })).toBeVisible();

  // 9. Another teacher, and a student of no class of hers, cannot open the article: it does not exist for them.
  const stranger = await (await browser.newContext()).newPage();
  await signUp(stranger, {
    name: "Other Teacher",
    email: uniqueEmail("other"),
    password: "other-teacher-2022",
    role: "Teacher",
  });
  await expect(stranger).toHaveURL(/\/classes$/);
  expect((await stranger.goto(articleUrl))!.status()).toBe(404);
  // A class of the other teacher, and a student in it.
  await stranger.goto("/classes");
  await stranger.getByLabel("Name").fill(`History 9 ${run}`);
  await stranger.getByRole("button", { name: "Create class" }).click();
  await expect(stranger.getByRole("heading", { level: 1, name: `History 9 ${run}` })).toBeVisible();
  const otherCode = (await stranger.locator("[data-join-code]").getAttribute("data-join-code"))!;
  const outsider = await (await browser.newContext()).newPage();
  await signUp(outsider, {
    name: "Other Student",
    email: uniqueEmail("outsider"),
    password: "other-student-2022",
    role: "Student",
  });
  await expect(outsider).toHaveURL(/\/study$/);
  await outsider.getByLabel("Join code").fill(otherCode);
  await outsider.getByRole("button", { name: "Join" }).click();
  await expect(outsider.getByRole("status")).toHaveText(`You joined History 9 ${run}.`);
  expect((await outsider.goto(articleUrl))!.status()).toBe(404);
  await outsider.goto("/articles");
  await expect(outsider.getByRole("main")).not.toContainText(`Night trains ${run}`);
});
