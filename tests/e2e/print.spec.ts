import { expect, test, type Page } from "@playwright/test";
import { extractText, getDocumentProxy } from "unpdf";
import { demoTeacher, expectAccessible, signIn } from "./support";
import { DEMO_DECK_NAME } from "../../lib/demo/demo-users.server";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

/**
 * The printed pages' text, one string per page, and the page size in points, as Chromium prints
 * the page to PDF. The paper asked for is the other size: the page's own CSS must win.
 */
async function printedPages(page: Page, otherFormat: "A4" | "Letter"): Promise<{ pages: string[]; size: number[] }> {
  await page.emulateMedia({ media: "print" });
  const pdf = await getDocumentProxy(
    new Uint8Array(await page.pdf({ format: otherFormat, preferCSSPageSize: true, printBackground: true })),
  );
  const { text } = await extractText(pdf, { mergePages: false });
  const first = await pdf.getPage(1);
  const [, , width, height] = first.view;
  await page.emulateMedia({ media: "screen" });
  return { pages: text.map(squash), size: [Math.round(width!), Math.round(height!)] };
}

test("a teacher prints the demo deck: numbered questions on A4 or Letter, versions A and B, and an answer key on its own page citing every source", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signIn(page, demoTeacher.email, demoTeacher.password);
  await expect(page).toHaveURL(/\/classes$/);
  await page.goto("/decks");
  await page.getByRole("link", { name: DEMO_DECK_NAME, exact: true }).click();
  await page.getByRole("link", { name: "Printable quiz" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Printable quiz" })).toBeVisible();
  await expectAccessible(page);

  const questions = page.locator("[data-printed-question]");
  const count = await questions.count();
  expect(count).toBeGreaterThan(5);
  const keyEntries = page.locator("[data-key-question]");
  await expect(keyEntries).toHaveCount(count);
  const orderA = await Promise.all(
    Array.from({ length: count }, (_, i) => questions.nth(i).locator("p").first().innerText()),
  );
  const quotes = await Promise.all(
    Array.from({ length: count }, (_, i) => keyEntries.nth(i).locator("blockquote").innerText()),
  );
  expect(quotes.every((q) => q.length > 10)).toBe(true);

  // A4: the quiz, then the key on a page of its own, which names every question's source passage.
  const a4 = await printedPages(page, "Letter");
  expect(a4.size).toEqual([595, 842]);
  const keyStart = a4.pages.findIndex((text) => text.includes("Answer key · Version A"));
  expect(keyStart).toBeGreaterThan(0);
  expect(a4.pages[keyStart]!.startsWith("Answer key · Version A")).toBe(true);
  expect(a4.pages[0]).toContain(`${DEMO_DECK_NAME} Version A · ${count} questions`);
  expect(a4.pages[0]).toMatch(/Name\s+Class\s+Date/);
  expect(a4.pages.join(" ")).not.toContain("Sourcebound — every answer grounded");
  const key = a4.pages.slice(keyStart).join(" ");
  for (const quote of quotes) expect(key).toContain(squash(quote).slice(0, 60));
  expect(a4.pages.slice(0, keyStart).join(" ")).not.toContain(squash(quotes[0]!).slice(0, 60));

  // Letter, version B: the same questions in another order.
  await page.getByRole("navigation", { name: "Paper" }).getByRole("link", { name: "US Letter" }).click();
  await expect(page).toHaveURL(/version=A&paper=letter/);
  await page.getByRole("navigation", { name: "Version" }).getByRole("link", { name: "B" }).click();
  await expect(page).toHaveURL(/version=B&paper=letter/);
  await expect(page.getByRole("button", { name: "Print version B" })).toBeVisible();
  const orderB = await Promise.all(
    Array.from({ length: count }, (_, i) => questions.nth(i).locator("p").first().innerText()),
  );
  const stemOf = (line: string) => line.replace(/^\d+\.\s*/, "");
  expect(orderB.map(stemOf).toSorted()).toEqual(orderA.map(stemOf).toSorted());
  expect(orderB.map(stemOf)).not.toEqual(orderA.map(stemOf));
  const letter = await printedPages(page, "A4");
  expect(letter.size).toEqual([612, 792]);
  expect(letter.pages.some((text) => text.startsWith("Answer key · Version B"))).toBe(true);

  // Copies for the class without the key, and the key alone for the teacher.
  await page.getByRole("navigation", { name: "Print" }).getByRole("link", { name: "Quiz only" }).click();
  await expect(page).toHaveURL(/part=quiz/);
  const quizOnly = await printedPages(page, "A4");
  expect(quizOnly.pages.join(" ")).not.toContain("Answer key");
  expect(quizOnly.pages.join(" ")).toContain(`Version B · ${count} questions`);
  await page.getByRole("navigation", { name: "Print" }).getByRole("link", { name: "Key only" }).click();
  await expect(page).toHaveURL(/part=key/);
  const keyOnly = await printedPages(page, "A4");
  expect(keyOnly.pages[0]!.startsWith("Answer key · Version B")).toBe(true);
  expect(keyOnly.pages.join(" ")).not.toContain("Name Class Date");
});
