import { beforeAll, describe, expect, it } from "vitest";
import { testDb, uniqueEmail } from "@/tests/setup/db";
import { createAccount } from "@/lib/accounts/create-account.server";
import { importArticle, readSource, setBoilerplate } from "@/lib/articles/articles.server";
import { importCorpus } from "@/lib/facts/import.server";
import { loadCorpus } from "@/lib/facts/load.server";
import { factsCsv } from "./facts-csv";
import { importFactsCsv } from "./facts-import.server";
import { articleFactTable } from "./exports.server";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";

const db = testDb();

beforeAll(async () => {
  await importCorpus(db, loadCorpus());
});

const text = [
  "Water and drought",
  "The reservoir held 4,578 cubic metres in March, the regional office said.",
  "Farmers in the valley asked the council for help with irrigation.",
  "Subscribe to our newsletter for more stories like this one.",
].join("\n");

/** A new teacher with their own article of `articleText`. */
async function teacherWithArticle(articleText = text, title = "Water and drought") {
  const created = await createAccount(db, {
    name: "Import teacher",
    email: uniqueEmail("facts-import"),
    password: "a long enough password",
    role: "teacher",
  });
  if (!created.ok) throw new Error("no teacher");
  const teacher = created.data.userId;
  const source = await readSource({ kind: "paste", text: articleText });
  if (!source.ok) throw new Error(source.error);
  const article = await importArticle(teacher, source.data, { title });
  if (!article.ok) throw new Error(article.error);
  return { teacher, slug: article.data.slug, text: article.data.text };
}

const fact = (overrides: Partial<Parameters<typeof factsCsv>[0][number]> = {}) => ({
  id: "",
  quote: "The reservoir held 4,578 cubic metres in March",
  statement: "The reservoir held 4,578 cubic metres in March.",
  question: "How many cubic metres did the reservoir hold in March?",
  answer: "4,578",
  aliases: ["4578"],
  answerType: "number" as const,
  topics: ["water"],
  attribution: "the regional office",
  distractors: ["5,000"],
  ...overrides,
});

describe("fact table CSV import", () => {
  it("imports every row of a good file as the teacher's facts, quotes placed in the text", async () => {
    const w = await teacherWithArticle();
    const farmers = fact({
      quote: "Farmers in the valley asked the council for help\nwith irrigation",
      statement: "Farmers in the valley asked the council for help with irrigation.",
      question: "Whom did farmers in the valley ask for help with irrigation?",
      answer: "the council",
      aliases: [],
      answerType: "organization",
      attribution: undefined,
      distractors: [],
    });
    const result = await importFactsCsv(w.teacher, w.slug, factsCsv([fact(), farmers]));
    expect(result).toEqual({ ok: true, data: { created: 2, updated: 0, unchanged: 0 } });
    const facts = await db.fact.findMany({ where: { articleId: w.slug }, orderBy: { quoteStart: "asc" } });
    expect(facts.map((f) => w.text.slice(f.quoteStart, f.quoteEnd))).toEqual([
      "The reservoir held 4,578 cubic metres in March",
      "Farmers in the valley asked the council for help with irrigation",
    ]);
    expect(facts[0]!.aliases).toBe('["4578"]');
  });

  it("refuses a file with bad rows, saying which row and column, and saves nothing of it", async () => {
    const w = await teacherWithArticle();
    await setBoilerplate(w.teacher, w.slug, [
      { kind: "set-aside", start: w.text.indexOf("Subscribe"), end: w.text.length },
    ]);
    const csv = factsCsv([
      fact(),
      fact({
        quote: "The reservoir held 9,999 cubic metres",
        answer: "9,999",
        statement: "It held 9,999 cubic metres.",
      }),
      fact({ answer: "Tuesday", statement: "On Tuesday the reservoir held 4,578 cubic metres in March." }),
      fact({
        quote: "Subscribe to our newsletter for more stories",
        answer: "newsletter",
        statement: "Subscribe to our newsletter.",
      }),
    ]);
    const result = await importFactsCsv(w.teacher, w.slug, csv);
    expect(result.ok).toBe(false);
    expect(result.problems).toEqual([
      { row: 3, column: "quote", message: "Not found word for word in the article: copy the passage from it." },
      { row: 4, column: "answer", message: "The answer must be words of the quoted passage: copy them from it." },
      {
        row: 5,
        column: "quote",
        message: "That passage is in text set aside as not part of the article (boilerplate).",
      },
    ]);
    expect(!result.ok && result.error).toContain(
      "Row 3, quote: Not found word for word in the article: copy the passage from it.",
    );
    expect(await db.fact.count({ where: { articleId: w.slug } })).toBe(0);
  });

  it("refuses a file that is not a fact table, and another teacher's article", async () => {
    const w = await teacherWithArticle();
    expect(await importFactsCsv(w.teacher, w.slug, "name,score\nAigerim,3\n")).toMatchObject({
      ok: false,
      error: expect.stringContaining("Missing columns: quote, statement, question, answer, answer type."),
    });
    const other = await teacherWithArticle();
    expect(await importFactsCsv(other.teacher, w.slug, factsCsv([fact()]))).toMatchObject({
      ok: false,
      code: "not-found",
    });
  });

  it("takes back its own download: unchanged rows change nothing, an edited row updates its fact, none doubles", async () => {
    const w = await teacherWithArticle();
    const first = await importFactsCsv(w.teacher, w.slug, factsCsv([{ ...fact(), claimGroup: "Reservoir level" }]));
    expect(first.ok).toBe(true);
    const table = await articleFactTable(w.teacher, w.slug);
    const rows = parse(table!.csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ "claim by": "the regional office", "claim group": "Reservoir level" });

    expect(await importFactsCsv(w.teacher, w.slug, table!.csv)).toEqual({
      ok: true,
      data: { created: 0, updated: 0, unchanged: 1 },
    });
    const edited = table!.csv.replace("How many cubic metres did", "How many cubic metres of water did");
    expect(await importFactsCsv(w.teacher, w.slug, edited)).toEqual({
      ok: true,
      data: { created: 0, updated: 1, unchanged: 0 },
    });
    const facts = await db.fact.findMany({ where: { articleId: w.slug, retiredAt: null } });
    expect(facts).toHaveLength(1);
    expect(facts[0]!.question).toBe("How many cubic metres of water did the reservoir hold in March?");
    expect(facts[0]!.claimGroup).not.toBeNull();
  });

  it("gives the fact table to its owner and of the library, to no other teacher", async () => {
    const w = await teacherWithArticle();
    await importFactsCsv(w.teacher, w.slug, factsCsv([fact()]));
    const other = await teacherWithArticle();
    expect(await articleFactTable(other.teacher, w.slug)).toBeNull();
    const library = await db.article.findFirst({ where: { ownerId: null }, select: { id: true } });
    const table = await articleFactTable(other.teacher, library!.id);
    const rows = parse(table!.csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(await db.fact.count({ where: { articleId: library!.id, retiredAt: null } }));
  });

  it("reads a table a spreadsheet saved with semicolons, its formula guard undone", async () => {
    const w = await teacherWithArticle();
    const rows = parse(factsCsv([fact({ aliases: ["=4578"] })]), { bom: true }) as string[][];
    const csv = stringify(rows, { delimiter: ";" });
    expect(csv).toContain("'=4578");
    expect(await importFactsCsv(w.teacher, w.slug, csv)).toMatchObject({ ok: true, data: { created: 1 } });
    const saved = await db.fact.findFirst({ where: { articleId: w.slug } });
    expect(saved!.aliases).toBe('["=4578"]');
  });

  it("changes nothing when the same table comes back: a fact stays on its passage, a table without ids doubles nothing", async () => {
    const repeated = "The river rose by 3 metres overnight.";
    const {
      teacher,
      slug,
      text: articleText,
    } = await teacherWithArticle(
      [
        "Flood notes",
        `Often people said the river rose by 3 metres overnight. ${repeated}`,
        "The council opened two shelters in the school and the sports hall, and volunteers brought blankets.",
        `Later, the water office repeated its figure: ${repeated}`,
      ].join("\n"),
      "Flood notes",
    );
    const river = fact({
      quote: repeated,
      statement: repeated,
      question: "By how many metres did the river rise overnight?",
      answer: "3 metres",
      aliases: [],
      answerType: "quantity",
      attribution: undefined,
      distractors: [],
    });
    const withoutIds = factsCsv([river]);
    expect(await importFactsCsv(teacher, slug, withoutIds)).toMatchObject({ data: { created: 1 } });
    // Moved by hand to the second, identical sentence (as the app's editor allows).
    const second = articleText.lastIndexOf(repeated);
    const saved = await db.fact.findFirstOrThrow({ where: { articleId: slug } });
    await db.fact.update({ where: { id: saved.id }, data: { quoteStart: second, quoteEnd: second + repeated.length } });

    const table = (await articleFactTable(teacher, slug))!.csv;
    for (const csv of [table, withoutIds])
      expect(await importFactsCsv(teacher, slug, csv)).toEqual({
        ok: true,
        data: { created: 0, updated: 0, unchanged: 1 },
      });
    const facts = await db.fact.findMany({ where: { articleId: slug } });
    expect(facts.map((f) => [f.id, f.quoteStart, f.retiredAt])).toEqual([[saved.id, second, null]]);
  });

  it("imports a full file of 500 facts in one go", async () => {
    const sentence = (n: number) => `Station ${n} recorded ${n * 7 + 1000} millimetres of rain last year.`;
    const { teacher, slug } = await teacherWithArticle(
      ["Rain by station", ...Array.from({ length: 500 }, (_, n) => sentence(n))].join("\n"),
      "Rain by station",
    );
    const rows = Array.from({ length: 500 }, (_, n) =>
      fact({
        quote: sentence(n),
        statement: sentence(n),
        question: `How many millimetres of rain did station ${n} record last year?`,
        answer: String(n * 7 + 1000),
        aliases: [],
        answerType: "number",
        attribution: undefined,
        distractors: [],
      }),
    );
    expect(await importFactsCsv(teacher, slug, factsCsv(rows))).toEqual({
      ok: true,
      data: { created: 500, updated: 0, unchanged: 0 },
    });
    expect(await db.fact.count({ where: { articleId: slug, retiredAt: null } })).toBe(500);
  });
});
