import { expect, test } from "@playwright/test";
import { buildDeck, demoTeacher, expectAccessible, joinWithCode, signIn, signUp, uniqueEmail } from "./support";

test("a teacher accepts a typed answer, then marks one answer by hand: the student's result turns right with who decided, the score rises, the exports say so; undo takes each back", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const run = Date.now().toString(36);
  const teacher = await (await browser.newContext()).newPage();
  await signIn(teacher, demoTeacher.email, demoTeacher.password);
  await expect(teacher).toHaveURL(/\/classes$/);
  const className = `Regrade ${run}`;
  await teacher.getByLabel("Name").fill(className);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const classUrl = teacher.url();
  const code = (await teacher.locator("[data-join-code]").getAttribute("data-join-code"))!;

  const student = await (await browser.newContext()).newPage();
  const studentName = `Typist ${run}`;
  await signUp(student, {
    name: studentName,
    email: uniqueEmail("typist"),
    password: "typist-2022-ok",
    role: "Student",
  });
  await joinWithCode(student, code, className);

  // A deck of typed questions only, answers shown after each question.
  const deckName = `Typed only ${run}`;
  await buildDeck(teacher, {
    search: "CSTO",
    name: deckName,
    perAttempt: 5,
    leaveOut: ["Multiple choice", "True / false"],
  });
  await teacher.goto(classUrl);
  await teacher.getByLabel("Deck", { exact: true }).selectOption({ label: `${deckName} (5 questions per attempt)` });
  await teacher.getByRole("radio", { name: /After each question/ }).check();
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: deckName })).toBeVisible();
  const assignmentUrl = teacher.url();

  // The student writes the same thing everywhere: every answer is wrong.
  await student.goto("/study");
  await student.locator(`[data-assignment="${deckName}"]`).getByRole("button", { name: "Start" }).click();
  for (let n = 0; n < 5; n++) {
    await expect(student.locator("#quiz-progress-label")).toHaveText(`Question ${n + 1} of 5`);
    await student.locator("#typed-answer").fill("the peacekeepers");
    await student.keyboard.press("Enter");
    await expect(student.locator("#feedback-heading")).toBeVisible();
    await student.getByRole(n < 4 ? "button" : "link", { name: n < 4 ? "Next question" : "See your results" }).click();
  }
  await expect(student).toHaveURL(/\/results$/);
  const resultsUrl = student.url();
  await expect(student.getByText("0 / 5")).toBeVisible();

  const row = teacher.getByRole("row", { name: new RegExp(studentName) });
  await teacher.reload();
  await expect(row).toContainText("0 %");

  // Accept it for the first question in the list: one answer regraded, the score rises.
  // Once right, the question moves down the list (hardest first): follow it by its id.
  const itemId = await teacher.locator("[data-item]").first().getAttribute("data-item");
  const question = teacher.locator(`[data-item="${itemId}"]`);
  await question.getByRole("button", { name: "Accept “the peacekeepers”" }).click();
  await expect(question.getByText("Answers you accepted")).toBeVisible();
  await expect(row).toContainText("20 %");
  await expectAccessible(teacher);

  await student.goto(resultsUrl);
  await expect(student.getByText("1 / 5")).toBeVisible();
  await expect(student.getByText("Correct: accepted by your teacher")).toHaveCount(1);
  await expectAccessible(student);

  // Undo: back to the grader's verdict everywhere.
  await question.getByRole("button", { name: "Undo accepting “the peacekeepers”" }).click();
  await expect(question.getByText("Answers you accepted")).toHaveCount(0);
  await expect(row).toContainText("0 %");
  await student.reload();
  await expect(student.getByText("0 / 5")).toBeVisible();
  await expect(student.getByText("Correct: accepted by your teacher")).toHaveCount(0);

  // One answer marked right by hand, on the student's page of the gradebook.
  await row.getByRole("link", { name: studentName }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: studentName })).toBeVisible();
  await teacher.getByRole("button", { name: "Mark right: question 2" }).click();
  const second = teacher
    .getByRole("listitem")
    .filter({ has: teacher.getByRole("button", { name: "Undo your mark: question 2" }) });
  await expect(second.getByText("Correct: marked right by you")).toBeVisible();
  await expect(second.getByText("The automatic grading said: Wrong.")).toBeVisible();
  await expect(teacher.getByRole("heading", { name: "Attempt 1: 1 / 5" })).toBeVisible();
  await expectAccessible(teacher);

  await student.reload();
  await expect(student.getByText("1 / 5")).toBeVisible();
  await expect(student.getByText("Correct: marked right by your teacher")).toHaveCount(1);

  const answersCsv = await (await teacher.request.get(`${assignmentUrl}/answers.csv`)).text();
  expect(answersCsv).toContain("Correct: marked right by the teacher");
  expect(answersCsv.match(/Automatic grading/g)?.length).toBeGreaterThanOrEqual(4);
  const gradebookCsv = await (await teacher.request.get(`${assignmentUrl}/gradebook.csv`)).text();
  expect(gradebookCsv).toContain("1 marked right");
  // Not for a student: the export is the teacher's.
  expect((await student.request.get(`${assignmentUrl}/answers.csv`)).status()).toBe(403);

  await teacher.getByRole("button", { name: "Undo your mark: question 2" }).click();
  await expect(teacher.getByRole("heading", { name: "Attempt 1: 0 / 5" })).toBeVisible();
  await expect(teacher.getByText("Correct: marked right by you")).toHaveCount(0);
  await student.reload();
  await expect(student.getByText("0 / 5")).toBeVisible();
});
