import { expect, test, type Browser } from "@playwright/test";
import { demoTeacher, signIn, signUp, uniqueEmail } from "./support";
import { DEMO_DECK_NAME, demoUsers } from "../../lib/demo/demo-users.server";
import { exportFormatNames } from "../../lib/exports/formats";

const demoAssignment = "Who sent troops, and how many died?";

async function signedIn(
  browser: Browser,
  as: { email: string; password: string } | "anonymous" | "new student" | "new teacher",
) {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (as === "new student" || as === "new teacher") {
    const role = as === "new student" ? "Student" : "Teacher";
    await signUp(page, {
      name: `Other ${role}`,
      email: uniqueEmail(role.toLowerCase()),
      password: "another-user-2022",
      role,
    });
    await expect(page).toHaveURL(role === "Student" ? /\/study$/ : /\/classes$/);
  } else if (as !== "anonymous") {
    await signIn(page, as.email, as.password);
    await expect(page).not.toHaveURL(/signin/);
  }
  return { context, page };
}

test("every class, deck, deck export, printable quiz, assignment, gradebook and CSV address opens for the owning teacher only", async ({
  page,
  browser,
}) => {
  await signIn(page, demoTeacher.email, demoTeacher.password);
  await expect(page).toHaveURL(/\/classes$/);
  await page.getByRole("link", { name: "Kazakhstan, January 2022 (demo class)" }).click();
  await page.getByRole("link", { name: demoAssignment }).click();
  await expect(page.getByRole("heading", { level: 1, name: demoAssignment })).toBeVisible();
  const assignmentUrl = new URL(page.url()).pathname;
  const classUrl = assignmentUrl.replace(/\/assignments\/.*/, "");
  const studentRow = page.getByRole("row", { name: /Aigerim/ });
  await studentRow.getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /Aigerim/ })).toBeVisible();
  const studentUrl = new URL(page.url()).pathname;
  await page.goto("/decks");
  await page.getByRole("link", { name: DEMO_DECK_NAME, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: DEMO_DECK_NAME })).toBeVisible();
  const deckUrl = new URL(page.url()).pathname;
  const addresses = [
    classUrl,
    assignmentUrl,
    `${assignmentUrl}?sort=score&dir=desc`,
    studentUrl,
    `${assignmentUrl}/gradebook.csv`,
    `${assignmentUrl}/questions.csv`,
    deckUrl,
    `${deckUrl}/edit`,
    `${deckUrl}/print?version=B&paper=letter`,
    `${deckUrl}/analysis`,
    ...exportFormatNames.map((format) => `${deckUrl}/export/${format}`),
  ];

  // The owner: every address answers.
  for (const address of addresses) expect((await page.request.get(address)).status(), address).toBe(200);

  // Signed out: sent to sign in.
  const anonymous = await signedIn(browser, "anonymous");
  for (const address of addresses) {
    const response = await anonymous.page.request.get(address, { maxRedirects: 0 });
    expect(response.status(), address).toBe(307);
    expect(response.headers().location).toContain("/signin?callbackUrl=");
  }
  await anonymous.context.close();

  // A student of the class and a student of no class: the teacher pages are forbidden.
  const classStudent = demoUsers.find((u) => u.name.startsWith("Aigerim"))!;
  for (const who of [classStudent, "new student"] as const) {
    const student = await signedIn(browser, who);
    for (const address of addresses) expect((await student.page.request.get(address)).status(), address).toBe(403);
    await student.context.close();
  }

  // Another teacher: none of it exists for them.
  const other = await signedIn(browser, "new teacher");
  for (const address of addresses) {
    const response = await other.page.request.get(address);
    expect(response.status(), address).toBe(404);
    expect(await response.text()).not.toContain("Aigerim");
  }
  // Their own deck list does not list it either.
  expect(await (await other.page.request.get("/decks")).text()).not.toContain(DEMO_DECK_NAME);
  // A made-up class in the address of a real assignment is not a way in either.
  expect(
    (await page.request.get(assignmentUrl.replace(/\/classes\/[^/]+/, "/classes/aaaaaaaaaaaaaaaaaaaaaaaaa"))).status(),
  ).toBe(404);
  await other.context.close();
});

test("the demo assignment appears on the Study page of the class's students only", async ({ browser }) => {
  const classStudent = demoUsers.find((u) => u.name.startsWith("Timur"))!;
  const member = await signedIn(browser, classStudent);
  await expect(member.page.getByRole("region", { name: "Assignments" })).toContainText(demoAssignment);
  await member.context.close();

  const outsider = await signedIn(browser, "new student");
  await expect(outsider.page.getByRole("heading", { name: "Study", level: 1 })).toBeVisible();
  await expect(outsider.page.getByRole("region", { name: "Assignments" })).toHaveCount(0);
  await expect(outsider.page.getByText(demoAssignment)).toHaveCount(0);
  await outsider.context.close();
});
