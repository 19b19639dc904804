/**
 * The test's answer key: the corpus's items generated here, in the test process, and looked up
 * by what the page shows. The browser never gets any of this; the tests check that it doesn't.
 */
import { loadCorpus } from "../../lib/facts/load.server";
import { locatedFacts } from "../../lib/facts/located";
import { generateItems } from "../../lib/quiz/generate";
import { expect, type Page } from "@playwright/test";
import type { QuizItem } from "../../lib/quiz/items";

const corpus = loadCorpus();
const { items } = generateItems(locatedFacts(corpus), corpus.entities);

/** The item a question shows (typed and multiple-choice items share their stem, the fact's question). */
export function itemForStem(kind: "typed" | "multiple-choice" | "true-false", stem: string): QuizItem {
  const found = items.find((item) => item.type === kind && item.stem === stem);
  if (!found) throw new Error(`No ${kind} item with the stem: ${stem}`);
  return found;
}

/**
 * Every fact an item with this stem can come from: two facts may share a statement (and so a
 * true/false stem), as "began in Zhanaozen and Aktau" does for each city's fact.
 */
export function factIdsForStem(kind: "typed" | "multiple-choice" | "true-false", stem: string): string[] {
  return items.filter((item) => item.type === kind && item.stem === stem).map((item) => item.factId);
}

/** Strings that must not reach the browser before this item is answered. */
export function secretsOf(item: QuizItem): string[] {
  const secrets = [item.factId, item.passage.quote, item.id];
  if (item.type === "typed") secrets.push(item.answer, ...item.aliases);
  if (item.type === "true-false") secrets.push(`"isTrue"`, item.answer);
  if (item.type === "multiple-choice") secrets.push(item.correctOptionId, `"correctOptionId"`);
  // Very short strings ("oil", "68") occur by chance in any page; the longer ones would not.
  return secrets.filter((s) => s.length >= 4);
}

/** The fact a flashcard's front (its question) comes from. */
export function factIdForQuestion(question: string): string {
  const fact = corpus.facts.find((f) => f.question === question);
  if (!fact) throw new Error(`No fact asks: ${question}`);
  return fact.id;
}

/** Everything the server sends, as text, since the buffer was last cleared. */
export function recordResponses(page: Page) {
  let pages: string[] = [];
  let assets: string[] = [];
  page.on("response", async (response) => {
    const type = response.headers()["content-type"] ?? "";
    if (!/html|json|text|x-component|javascript/.test(type)) return;
    const path = new URL(response.url()).pathname;
    // The articles are the open corpus, every passage and fact anchor in them by design; the
    // router prefetches one when a citation links to it. What must stay hidden is which of
    // them answers the question at hand, and only the quiz's own responses could tell that.
    if (path === "/articles" || path.startsWith("/articles/")) return;
    const body = await response.text().catch(() => "");
    // Build assets are public and the same for everyone; pages, RSC payloads and JSON are per request.
    (path.startsWith("/_next/static/") ? assets : pages).push(body);
  });
  return {
    text: () => pages.join("\n"),
    assets: () => assets.join("\n"),
    clear: () => {
      pages = [];
      assets = [];
    },
  };
}

/**
 * Fails when anything sent since the last clear gives the item's answer away: any secret in a
 * page, RSC payload or JSON; in the build's scripts, its passage or ids (a bundled fact table).
 * Plain words there ("integrity") are the framework's, not an answer. A secret the question
 * itself shows ("CSTO" in a stem about the CSTO) is no secret.
 */
export async function expectNothingLeaked(
  page: Page,
  sent: ReturnType<typeof recordResponses>,
  item: QuizItem,
  label: string,
) {
  const shown = ((await page.locator("main").textContent()) ?? "").toLowerCase();
  for (const secret of secretsOf(item).filter((s) => !shown.includes(s.toLowerCase())))
    expect(sent.text(), `${label} leaks "${secret}"`).not.toContain(secret);
  for (const secret of [item.passage.quote, item.factId, item.id])
    expect(sent.assets(), `${label} leaks "${secret}" in a script`).not.toContain(secret);
}

type Kind = "typed" | "multiple-choice" | "true-false";

export async function currentQuestion(page: Page): Promise<{ kind: Kind; stem: string }> {
  const stem = (await page.locator("#question-stem").textContent())!.trim();
  const kind: Kind = (await page.locator("#typed-answer").count())
    ? "typed"
    : (await page.locator("#option-true").count())
      ? "true-false"
      : "multiple-choice";
  return { kind, stem };
}

/** Answers the current question by keyboard, right or wrong on purpose, and waits for the feedback. */
export async function answerByKeyboard(
  page: Page,
  right: boolean,
  feedback: string | RegExp = right ? "Correct" : /Not quite|Close/,
) {
  const { kind, stem } = await currentQuestion(page);
  const item = itemForStem(kind, stem);
  if (item.type === "typed") {
    await page.locator("#typed-answer").fill(right ? item.answer : "definitely not the answer");
  } else if (item.type === "true-false") {
    await page.keyboard.press(right === item.isTrue ? "t" : "f");
  } else if (item.type === "multiple-choice") {
    const labels = await page.locator("fieldset label").allTextContents();
    const index = labels.findIndex((label) => (label.trim().slice(1) === item.answer) === right);
    await page.keyboard.press(String(index + 1));
  }
  await page.keyboard.press("Enter");
  await expect(page.locator("#feedback-heading")).toHaveText(feedback);
  return { item, stem };
}
