import { expect, test } from "@playwright/test";
import { demoStudent, demoTeacher, expectAccessible, signIn } from "./support";
import { demoClassmates } from "../../lib/demo/demo-users.server";

test("a teacher creates a class, a student joins with its code, the teacher sees and removes them", async ({
  page,
  browser,
}) => {
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
  await expect(student.getByRole("main").getByRole("alert")).toHaveText(
    "No class accepts that code. Check it with your teacher.",
  );
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

  // A typo in the name is corrected in place; the student sees the new name; an empty name is refused.
  await page.getByText("Edit name and description").click();
  const details = page.getByRole("form", { name: "Class details" });
  await details.getByLabel("Name").fill("  ");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByLabel("Name")).toHaveAccessibleDescription(/Give the class a name\./);
  const renamed = `${name} (period 2)`;
  await details.getByLabel("Name").fill(renamed);
  await details.getByLabel("Description (optional)").fill("");
  await details.getByRole("button", { name: "Save details" }).click();
  await expect(details.getByRole("status")).toHaveText("Details saved.");
  await expect(page.getByRole("heading", { level: 1, name: renamed })).toBeVisible();
  await expect(page.getByText("January 2022 in Kazakhstan")).toHaveCount(0);
  await page.screenshot({ path: "test-results/screens/class-details-saved.png" });
  await expectAccessible(page);
  await student.goto("/study");
  await expect(student.getByRole("region", { name: "My classes" })).toContainText(renamed);

  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: `Remove ${demoStudent.name}` }).click();
  await expect(page.getByRole("heading", { name: "Students (0)" })).toBeVisible();
  await student.goto("/study");
  await expect(student.getByRole("region", { name: "My classes" })).not.toContainText(name);
  await studentContext.close();
});

test("a class page opens only for its teacher: anonymous → sign in, student → 403, another teacher → 404", async ({
  page,
  browser,
}) => {
  await signIn(page, demoTeacher.email, demoTeacher.password);
  await expect(page).toHaveURL(/\/classes$/);
  await page.getByRole("link", { name: "Kazakhstan, January 2022 (demo class)" }).click();
  await expect(page.getByRole("heading", { name: `Students (${2 + demoClassmates.length})` })).toBeVisible();
  const classUrl = page.url();

  const anonymous = await browser.newContext();
  const visitor = await anonymous.newPage();
  await visitor.goto(classUrl);
  await expect(visitor).toHaveURL(/\/signin\?callbackUrl=%2Fclasses%2F/);
  await anonymous.close();

  const studentContext = await browser.newContext();
  const student = await studentContext.newPage();
  await signIn(student, demoStudent.email, demoStudent.password);
  await expect(student).toHaveURL(/\/study$/);
  expect((await student.goto(classUrl))?.status()).toBe(403);
  await studentContext.close();

  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await other.goto("/signup");
  await other.getByLabel("Name").fill("Other Teacher");
  await other.getByLabel("Email").fill(`other-${Date.now().toString(36)}@e2e.sourcebound.test`);
  await other.getByLabel("Password").fill("another-teacher-1");
  await other.getByRole("radio", { name: "Teacher" }).check();
  await other.getByRole("button", { name: "Create account" }).click();
  await expect(other).toHaveURL(/\/classes$/);
  expect((await other.goto(classUrl))?.status()).toBe(404);
  await expect(other.getByRole("heading", { name: /^Students \(/ })).toHaveCount(0);
  await otherContext.close();
});
