import { beforeAll, describe, expect, it } from "vitest";
import { parse as parseGift } from "gift-pegjs";
import { parse as parseCsv } from "csv-parse/sync";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { deckExport, deckExportQuestions, exportFormatNames } from "./exports.server";

const db = testDb();

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

async function teacher() {
  const created = await createAccount(db, {
    name: "Export teacher",
    email: uniqueEmail("export"),
    password: "a long enough password",
    role: "teacher",
  });
  if (!created.ok) throw new Error("no teacher");
  return created.data.userId;
}

describe("deck exports", () => {
  it("writes a deck of library facts in every format, each item with its stem, answer and source", async () => {
    const owner = await teacher();
    const facts = await db.fact.findMany({
      where: { retiredAt: null, ownerId: null },
      orderBy: { id: "asc" },
      take: 8,
    });
    const deck = await db.deck.create({
      data: {
        teacherId: owner,
        name: "Exported: CSTO {mission}",
        factIds: JSON.stringify(facts.map((f) => f.id)),
        itemTypes: JSON.stringify(["multiple-choice", "true-false", "typed"]),
        questionsPerAttempt: 5,
      },
    });
    const { questions } = (await deckExportQuestions(owner, deck.id))!;
    expect(questions.length).toBeGreaterThanOrEqual(facts.length * 2);
    expect(questions.every((q) => q.source.quote.length > 0 && q.source.articleTitle.length > 0)).toBe(true);
    expect(questions.some((q) => q.source.date)).toBe(true);

    const gift = parseGift((await deckExport(owner, deck.id, "gift"))!.body as string).filter(
      (q) => q.type !== "Category",
    );
    expect(gift).toHaveLength(questions.length);
    for (const [i, q] of questions.entries()) {
      expect("stem" in gift[i]! && gift[i]!.stem.text).toBe(q.stem);
      expect("globalFeedback" in gift[i]! && gift[i]!.globalFeedback?.text).toContain(q.source.quote);
    }

    const xml = (await deckExport(owner, deck.id, "moodle-xml"))!.body as string;
    expect(XMLValidator.validate(xml)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false, isArray: (n) => n === "question" }).parse(xml);
    expect(parsed.quiz.question).toHaveLength(questions.length + 1);

    const rows = parseCsv((await deckExport(owner, deck.id, "csv"))!.body as string, { bom: true, columns: true }) as {
      stem: string;
      quote: string;
    }[];
    expect(rows.map((r) => [r.stem, r.quote])).toEqual(questions.map((q) => [q.stem, q.source.quote]));

    const qti = unzipSync((await deckExport(owner, deck.id, "canvas-qti"))!.body as Uint8Array);
    const assessment = strFromU8(Object.entries(qti).find(([name]) => name !== "imsmanifest.xml")![1]);
    expect(assessment.match(/<item /g)).toHaveLength(questions.length);

    for (const format of exportFormatNames)
      expect((await deckExport(owner, deck.id, format))!.body.length).toBeGreaterThan(100);
  });

  it("gives another teacher's deck to no one but its owner", async () => {
    const owner = await teacher();
    const other = await teacher();
    const deck = await db.deck.create({
      data: { teacherId: owner, name: "Private", factIds: "[]", itemTypes: '["typed"]', questionsPerAttempt: 1 },
    });
    expect(await deckExport(other, deck.id, "csv")).toBeNull();
    expect(await deckExport(owner, deck.id, "csv")).not.toBeNull();
  });
});
