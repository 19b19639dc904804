import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { answerByKeyboard, currentQuestion, expectNothingLeaked, itemForStem, recordResponses } from "./quiz-key";
import { buildDeck, demoTeacher, expectAccessible, joinWithCode, signIn, signUp, uniqueEmail } from "./support";

const screens = "test-results/screens";

test("a teacher assigns a deck with answers after the due date; the student sees none before it; the gradebook and CSV agree", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  // The teacher works in Almaty, the student in New York: each sees dates in their own zone.
  const teacherContext = await browser.newContext({ timezoneId: "Asia/Almaty" });
  const teacher = await teacherContext.newPage();
  await signIn(teacher, demoTeacher.email, demoTeacher.password);
  await expect(teacher).toHaveURL(/\/classes$/);

  // 1. A class, and a student who joins it by code.
  const className = `Period 3 ${Date.now().toString(36)}`;
  await teacher.getByLabel("Name").fill(className);
  await teacher.getByRole("button", { name: "Create class" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: className })).toBeVisible();
  const classUrl = teacher.url();
  const code = (await teacher.locator("[data-join-code]").getAttribute("data-join-code"))!;

  const studentContext = await browser.newContext({ timezoneId: "America/New_York" });
  const student = await studentContext.newPage();
  const studentName = `Kasim Cömert ${Date.now().toString(36)}`;
  await signUp(student, {
    name: studentName,
    email: uniqueEmail("kasim"),
    password: "kasim-comert-2022",
    role: "Student",
  });
  await expect(student).toHaveURL(/\/study$/);
  await joinWithCode(student, code, className);

  // 2. A deck of the CSTO facts, previewed with a citation per fact.
  const deckName = `Troops check ${Date.now().toString(36)}`;
  await buildDeck(teacher, { search: "CSTO", name: deckName, perAttempt: 5 });
  const previewFacts = teacher.locator("[data-preview-fact]");
  expect(await previewFacts.count()).toBeGreaterThan(2);
  for (const fact of await previewFacts.all()) {
    await expect(fact.locator("mark").first()).toBeVisible();
    await expect(fact.locator(`a[href$="#fact-${await fact.getAttribute("data-preview-fact")}"]`)).toHaveCount(1);
  }

  // 3. Assigned to the class: one attempt, answers and sources after the due date.
  await teacher.goto(classUrl);
  await teacher.getByLabel("Deck", { exact: true }).selectOption({ label: `${deckName} (5 questions per attempt)` });
  await expect(teacher.getByText("Your time zone: Asia/Almaty")).toBeVisible();
  await teacher.getByRole("radio", { name: /After the due date/ }).check();
  // A due date before the open date is refused at the field, and nothing is assigned.
  const assignForm = teacher.getByRole("form", { name: "Assign a deck" });
  const due = assignForm.getByLabel("Due", { exact: true });
  const weekAhead = await due.inputValue();
  await due.fill("2020-01-01T09:00");
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(due).toHaveAccessibleDescription(/The due date must come after the open date\./);
  await expect(teacher.getByRole("heading", { name: "Assignments (0)" })).toBeVisible();
  await due.fill(weekAhead);
  await expectAccessible(teacher);
  await teacher.getByRole("region", { name: /Assignments/ }).screenshot({ path: `${screens}/assign-form.png` });
  await teacher.getByRole("button", { name: "Assign" }).click();
  await expect(teacher.getByRole("heading", { level: 1, name: deckName })).toBeVisible();
  await expect(teacher.getByText(/\(Asia\/Almaty\)/).first()).toBeVisible();
  const assignmentUrl = teacher.url();
  // Deleting is the last thing on the page and asks first, saying what goes; dismissed, nothing changes.
  const deleteSection = teacher.getByRole("region", { name: "Delete this assignment" });
  await expect(deleteSection).toContainText("No student has started it yet");
  const lastHeading = teacher.getByRole("heading", { level: 2 }).last();
  await expect(lastHeading).toHaveText("Delete this assignment");
  teacher.once("dialog", async (dialog) => {
    expect(dialog.message()).toContain(`Delete “${deckName}” from`);
    expect(dialog.message()).toContain("The students will no longer see it.");
    await dialog.dismiss();
  });
  await deleteSection.getByRole("button", { name: "Delete assignment" }).click();
  await expect(teacher).toHaveURL(assignmentUrl);
  await expect(teacher.getByRole("heading", { level: 1, name: deckName })).toBeVisible();

  // The same teacher on a second device in Berlin: the server renders Berlin times there from the
  // first page after signing in, and still Almaty times here.
  const secondDevice = await browser.newContext({ timezoneId: "Europe/Berlin" });
  const berlin = await secondDevice.newPage();
  await signIn(berlin, demoTeacher.email, demoTeacher.password);
  await expect(berlin).toHaveURL(/\/classes$/);
  const renderedIn = async (page: typeof teacher) =>
    (await (await page.request.get(assignmentUrl)).text()).match(/\((Asia\/Almaty|Europe\/Berlin|UTC)\)/g);
  expect(new Set(await renderedIn(berlin))).toEqual(new Set(["(Europe/Berlin)"]));
  await secondDevice.close();
  expect(new Set(await renderedIn(teacher))).toEqual(new Set(["(Asia/Almaty)"]));

  // 4. The student sees it on Study, due in their own time zone, and takes it.
  await student.goto("/study");
  const card = student.locator(`[data-assignment="${deckName}"]`);
  await expect(card).toContainText("To do");
  await expect(card).toContainText("(America/New_York)");
  await expect(card).toContainText("0 of 1");
  await expectAccessible(student);
  await student.screenshot({ path: `${screens}/assignment-study.png`, fullPage: true });
  const sent = recordResponses(student);
  await card.getByRole("button", { name: "Start" }).click();
  await expect(student).toHaveURL(/\/study\/[a-z0-9]+$/);
  for (let n = 0; n < 5; n++) {
    await expect(student.locator("#quiz-progress-label")).toHaveText(`Question ${n + 1} of 5`);
    const { kind, stem } = await currentQuestion(student);
    const item = itemForStem(kind, stem);
    await expectNothingLeaked(student, sent, item, `question ${n + 1}, before it is answered,`);
    sent.clear();
    await answerByKeyboard(student, n % 2 === 0, "Answer saved");
    await expect(student.getByRole("status")).toContainText("appear after the due date");
    await expect(student.getByText(/Right answer:/)).toHaveCount(0);
    await expect(student.locator("mark")).toHaveCount(0);
    if (n === 0) {
      await expectAccessible(student);
      await student.screenshot({ path: `${screens}/assignment-answer-saved.png`, fullPage: true });
    }
    // After it: no verdict, right answer or passage either (only the student's own answer comes back).
    const text = sent.text();
    for (const secret of [item.factId, item.passage.quote])
      expect(text, `leaked after answering: ${secret}`).not.toContain(secret);
    expect(text).not.toMatch(/"verdict"|"citation"|"expected"|"correctOptionId"|"isTrue"/);
    sent.clear();
    await student.getByRole(n < 4 ? "button" : "link", { name: n < 4 ? "Next question" : "See your results" }).click();
  }
  await expect(student.getByRole("heading", { level: 1, name: "Results" })).toBeVisible();
  await expect(student.getByRole("status")).toContainText("5 of 5 answers saved");
  await expect(student.getByRole("status")).toContainText("after the due date");
  await expect(student.getByText(/Correct|Wrong|Right answer/)).toHaveCount(0);
  await expectAccessible(student);
  await student.screenshot({ path: `${screens}/assignment-results-hidden.png`, fullPage: true });
  await student.goto("/review");
  await expect(student.getByRole("main")).not.toContainText("CSTO");
  await student.goto("/study");
  await expect(card).toContainText("Done");
  await expect(card).toContainText("Shown after the due date");
  await expect(card).toContainText("You have used your one attempt.");

  // 5. The gradebook: the score, attempts and time; each question's share correct with its passage.
  await teacher.goto(assignmentUrl);
  const row = teacher.getByRole("row", { name: new RegExp(studentName) });
  await expect(row.locator('[data-column="attempts"]')).toHaveText("1");
  const score = (await row.locator('[data-column="score"]').textContent())!.trim();
  const answered = await teacher.locator("[data-item]").evaluateAll((items) =>
    items.map(
      (item) =>
        item
          .textContent!.match(/(\d+) of (\d+) answers/)!
          .slice(1)
          .map(Number) as [number, number],
    ),
  );
  expect(answered).toHaveLength(5);
  const correct = answered.reduce((sum, [right]) => sum + right, 0);
  expect(correct).toBe(3);
  expect(score).toBe("60 %");
  for (const question of await teacher.locator("[data-item]").all())
    await expect(question.locator("mark")).toBeVisible();
  await teacher.getByRole("link", { name: /^Score/ }).click();
  await expect(teacher.getByRole("columnheader", { name: /Score/ })).toHaveAttribute("aria-sort", "descending");
  await expectAccessible(teacher);
  await teacher.screenshot({ path: `${screens}/gradebook.png`, fullPage: true });

  // 6. The CSV downloads and parses back to the gradebook's rows, accents intact.
  const [download] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "Download gradebook (CSV)" }).click(),
  ]);
  const rows = parse(readFileSync((await download.path())!, "utf8"), { bom: true, columns: true }) as Record<
    string,
    string
  >[];
  expect(rows).toEqual([
    expect.objectContaining({
      Student: studentName,
      "Score (%)": "60",
      Attempts: "1",
      "Finished attempts": "1",
      Late: "no",
    }),
  ]);
  const [questionsCsv] = await Promise.all([
    teacher.waitForEvent("download"),
    teacher.getByRole("link", { name: "Download question analysis (CSV)" }).click(),
  ]);
  const questionRows = parse(readFileSync((await questionsCsv.path())!, "utf8"), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect(questionRows).toHaveLength(5);
  expect(questionRows.every((r) => r["Source passage"]!.length > 10)).toBe(true);

  // 7. The teacher sees the student's answers with the sources; the student still does not.
  await row.getByRole("link").click();
  await expect(teacher.getByRole("heading", { level: 2, name: "Attempt 1: 3 / 5" })).toBeVisible();
  await expect(teacher.locator("mark")).toHaveCount(5);
  await expectAccessible(teacher);
  await teacher.emulateMedia({ colorScheme: "dark" });
  await teacher.screenshot({ path: `${screens}/gradebook-student-dark.png`, fullPage: true });
  await teacher.emulateMedia({ colorScheme: "light" });
  await student.goto("/progress");
  // Progress counts only answers the student may see: none yet.
  await expect(student.getByRole("main")).toContainText("No progress to show yet");

  // 8. The teacher moves the due date into the past: now the student sees everything.
  await teacher.goto(assignmentUrl);
  await teacher.getByText("Change dates").click();
  await teacher
    .getByRole("form", { name: "Change dates" })
    .getByLabel("Opens", { exact: true })
    .fill("2026-01-01T09:00");
  await teacher.getByRole("form", { name: "Change dates" }).getByLabel("Due", { exact: true }).fill("2026-01-02T09:00");
  await teacher.getByRole("button", { name: "Save dates" }).click();
  await expect(teacher.getByRole("status").filter({ hasText: "Dates saved." })).toBeVisible();
  await expect(teacher.getByText("due Fri, 2 Jan 2026, 09:00 (Asia/Almaty)")).toBeVisible();
  await expectAccessible(teacher);
  await student.goto("/study");
  await expect(card).toContainText("60 % (best attempt)");
  await card.getByRole("link", { name: "Your last attempt" }).click();
  await expect(student.getByRole("definition").first()).toHaveText("3 / 5");
  await expect(student.locator("mark")).toHaveCount(5);
  await student.goto("/review");
  await expect(
    student
      .getByRole("main")
      .getByRole("listitem")
      .filter({ has: student.locator("mark") }),
  ).toHaveCount(2);
  await student.screenshot({ path: `${screens}/assignment-review-after-due.png`, fullPage: true });

  await teacherContext.close();
  await studentContext.close();
});
