import { expect, test, type Browser } from "@playwright/test";
import { signUp, uniqueEmail } from "./support";

/**
 * Forms of plain fields post to their server action before JavaScript has loaded (or when it
 * never does): the same checks run and the page comes back with the answer.
 */

/**
 * A new account's page in a browser without JavaScript. Signing up and in is next-auth's browser
 * flow, so it happens with scripts; the account's cookie then serves the page without them.
 */
async function withoutJavaScript(browser: Browser, role: "Student" | "Teacher") {
  const withScripts = await browser.newContext();
  const page = await withScripts.newPage();
  await signUp(page, {
    name: `${role} Offline`,
    email: uniqueEmail("nojs"),
    password: "steppe-river-lantern-42",
    role,
  });
  await expect(page).toHaveURL(role === "Student" ? /\/study$/ : /\/classes$/);
  const plain = await browser.newContext({ javaScriptEnabled: false, storageState: await withScripts.storageState() });
  await withScripts.close();
  return { offline: await plain.newPage(), close: () => plain.close() };
}

test("without JavaScript a student is told what is wrong with a join code, and saves a setting", async ({
  browser,
}) => {
  const { offline, close } = await withoutJavaScript(browser, "Student");

  await offline.goto("/study");
  // Z is not in the code alphabet: the schema refuses it, as it does for a script's call.
  await offline.getByLabel("Join code").fill("zzz-zzz");
  await offline.getByRole("button", { name: "Join" }).click();
  await expect(offline.getByRole("main").getByRole("alert")).toContainText("A join code is 6 letters and digits");
  await offline.getByLabel("Join code").fill("yyy-yyy");
  await offline.getByRole("button", { name: "Join" }).click();
  await expect(offline.getByRole("main").getByRole("alert")).toContainText("No class accepts that code");
  await expect(offline.getByLabel("Join code")).toBeVisible();

  await offline.goto("/flashcards");
  await offline.getByLabel("New cards a day").fill("7");
  await offline.getByRole("button", { name: "Save" }).click();
  await expect(offline.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await offline.goto("/flashcards");
  await expect(offline.getByLabel("New cards a day")).toHaveValue("7");

  await close();
});

test("without JavaScript a teacher creates a class, and a name of spaces is refused", async ({ browser }) => {
  const { offline, close } = await withoutJavaScript(browser, "Teacher");

  await offline.goto("/classes");
  // Spaces pass the browser's "required" check; the server trims them and refuses.
  await offline.getByLabel("Name").fill("   ");
  await offline.getByRole("button", { name: "Create class" }).click();
  await expect(offline.getByRole("main").getByRole("alert")).toBeVisible();
  await offline.getByLabel("Name").fill("History 9A offline");
  await offline.getByRole("button", { name: "Create class" }).click();
  await expect(offline.getByRole("status")).toContainText("Class created.");
  await offline.goto("/classes");
  await expect(offline.getByRole("link", { name: /History 9A offline/ })).toBeVisible();

  await close();
});
