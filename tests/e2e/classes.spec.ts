import { expect, test } from "@playwright/test";
import { demoStudent, demoTeacher, expectAccessible, signIn } from "./support";

test("a teacher creates a class, a student joins with its code, the teacher sees and removes them", async ({ page, browser }) => {
  await signIn(page, demoTeacher.email, demoTeacher.password);
  await expect(page).toHaveURL(/\/classes$/);
  await expectAccessible(page);
  const name = `History ${Date.now().toString(36)}`;
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Description (optional)").fill("January 2022 in Kazakhstan");
  await page.getByRole("button", { name: "Create class" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const code = (await page.locator("[data-join-code]").getAttribute("data-join-code"))!;
  expect(code).toMatch(/^[A-Z0-9]{6}$/);
  await expectAccessible(page);

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signIn(student, demoStudent.email, demoStudent.password);
  await expect(student).toHaveURL(/\/study$/);
  await student.getByLabel("Join code").fill("AAA-AAA");
  await student.getByRole("button", { name: "Join" }).click();
  await expect(student.getByRole("main").getByRole("alert")).toHaveText("No class accepts that code. Check it with your teacher.");
  await student.getByLabel("Join code").fill(`${code.slice(0, 3).toLowerCase()}-${code.slice(3)}`);
  await student.getByRole("button", { name: "Join" }).click();
  await expect(student.getByRole("status")).toHaveText(`You joined ${name}.`);
  await expect(student.getByRole("region", { name: "My classes" })).toContainText(name);
  await expectAccessible(student);

  // Another teacher's class page is not there for a student.
  expect((await student.goto(page.url()))?.status()).toBe(403);

  await page.reload();
  await expect(page.getByRole("heading", { name: "Students (1)" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(demoStudent.name) })).toBeVisible();
  await page.screenshot({ path: "test-results/screens/class-roster.png", fullPage: true });

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Remove ${demoStudent.name}` }).click();
  await expect(page.getByRole("heading", { name: "Students (0)" })).toBeVisible();
  await student.goto("/study");
  await expect(student.getByRole("region", { name: "My classes" })).not.toContainText(name);
  await studentContext.close();
});
