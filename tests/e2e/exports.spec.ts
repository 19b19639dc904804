import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { parse as parseGift } from "gift-pegjs";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { demoTeacher, expectAccessible, signIn } from "./support";
import { DEMO_DECK_NAME } from "../../lib/demo/demo-users.server";

async function download(page: Page, label: string): Promise<Buffer> {
  const waiting = page.waitForEvent("download");
  await page.getByRole("link", { name: `Download ${label}`, exact: true }).click();
  const file = await waiting;
  return readFileSync((await file.path())!);
}

test("a teacher downloads the demo deck in every format, and each file parses back with every question and its source", async ({
  page,
}) => {
  await signIn(page, demoTeacher.email, demoTeacher.password);
  await expect(page).toHaveURL(/\/classes$/);
  await page.goto("/decks");
  await page.getByRole("link", { name: DEMO_DECK_NAME, exact: true }).click();
  const section = page.getByRole("region", { name: "Use this deck elsewhere" });
  await expect(section).toBeVisible();
  await expectAccessible(page);
  const questions = Number(
    (await page.getByRole("heading", { name: /^Questions \(\d+\)$/ }).textContent())!.match(/\d+/)![0],
  );
  expect(questions).toBeGreaterThan(5);

  const csv = parseCsv(await download(page, "CSV"), { bom: true, columns: true }) as Record<string, string>[];
  expect(csv).toHaveLength(questions);
  expect(csv.every((row) => row.stem && row.answer && row.quote && row.article)).toBe(true);
  const stems = csv.map((row) => row.stem);

  const gift = parseGift((await download(page, "GIFT")).toString("utf8")).filter((q) => q.type !== "Category");
  expect(gift.map((q) => ("stem" in q ? q.stem.text : ""))).toEqual(stems);
  for (const [i, q] of gift.entries())
    expect("globalFeedback" in q ? q.globalFeedback?.text : "").toContain(csv[i]!.quote);

  const moodle = (await download(page, "Moodle XML")).toString("utf8");
  expect(XMLValidator.validate(moodle)).toBe(true);
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (n) => ["question", "item"].includes(n) });
  const moodleQuestions = parser.parse(moodle).quiz.question as { "@_type": string }[];
  expect(moodleQuestions.filter((q) => q["@_type"] !== "category")).toHaveLength(questions);

  const qti = unzipSync(new Uint8Array(await download(page, "Canvas QTI package")));
  expect(Object.keys(qti)).toContain("imsmanifest.xml");
  const assessment = strFromU8(
    Object.entries(qti).find(([name]) => name.endsWith(".xml") && name !== "imsmanifest.xml")![1],
  );
  expect(parser.parse(assessment).questestinterop.assessment.section.item).toHaveLength(questions);

  const anki = (await download(page, "Anki notes")).toString("utf8").split("\n");
  expect(anki.slice(0, 2)).toEqual(["#separator:tab", "#html:true"]);
  expect(parseCsv(anki.slice(7).join("\n"), { delimiter: "\t" })).toHaveLength(questions);

  const quizlet = (await download(page, "Quizlet")).toString("utf8").trimEnd().split("\n");
  expect(quizlet).toHaveLength(questions);
  expect(quizlet.every((line) => line.split("\t").length === 2)).toBe(true);
});
