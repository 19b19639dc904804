import "server-only";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import { ownedArticles } from "@/lib/articles/access.server";
import { parseJsonColumn } from "@/lib/db/json-column";
import { boilerplateRangeSchema } from "@/lib/facts/schema";
import { teacherFactProblems, teacherFactSchema } from "@/lib/facts/teacher-fact";
import { createFactIn, updateFactIn } from "@/lib/curation/facts.server";
import { fail, ok, type Result } from "@/lib/result";
import { z } from "zod";
import { factCsvColumns } from "./facts-csv";
import { LIST_SEPARATOR } from "./flat";

/** A fact table file is read whole: bounded so a mistaken upload cannot tie up the server. */
export const MAX_FACTS_CSV_BYTES = 1024 * 1024;
export const MAX_FACTS_CSV_ROWS = 500;

type Column = (typeof factCsvColumns)[number];
const required: Column[] = ["quote", "statement", "question", "answer", "answer type"];

/** Which CSV column each field of a teacher's fact comes from, for messages by column. */
const columnOf: Record<string, Column> = {
  quoteStart: "quote",
  quoteEnd: "quote",
  quote: "quote",
  statement: "statement",
  question: "question",
  answer: "answer",
  aliases: "other accepted answers",
  answerType: "answer type",
  topics: "topics",
  attribution: "claim by",
  claimGroup: "claim group",
  distractors: "wrong answers",
};

export interface CsvProblem {
  /** The spreadsheet's row number: the header is row 1. */
  row: number;
  column: string;
  message: string;
}

/** What an import did: new facts, facts of this article changed by their row, and rows that changed nothing. */
export interface FactsImported {
  created: number;
  updated: number;
  unchanged: number;
}

export type FactsImport = Result<FactsImported> & { problems?: CsvProblem[] };

interface ArticleText {
  text: string;
  bodyStart: number;
  boilerplate: { start: number; end: number }[];
}

/**
 * Where a quote sits: its first occurrence in the article's body outside boilerplate, word for
 * word; runs of spaces and line breaks may differ (a spreadsheet rewraps long cells).
 */
export function locateQuoteIn(
  article: ArticleText,
  quote: string,
): { start: number; end: number } | "set-aside" | null {
  const words = quote.trim().split(/\s+/).filter(Boolean);
  if (!words.length) return null;
  const pattern = new RegExp(words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("\\s+"), "g");
  let setAside = false;
  for (const match of article.text.matchAll(pattern)) {
    const range = { start: match.index, end: match.index + match[0].length };
    if (range.start < article.bodyStart || article.boilerplate.some((b) => range.start < b.end && b.start < range.end))
      setAside = true;
    else return range;
  }
  return setAside ? "set-aside" : null;
}

const problemsText = (problems: CsvProblem[]) =>
  problems
    .slice(0, 20)
    .map((p) => `Row ${p.row}, ${p.column}: ${p.message}`)
    .join("\n") + (problems.length > 20 ? `\n…and ${problems.length - 20} more.` : "");

/** Thrown inside the import's transaction so nothing of a failing file is saved. */
class RowsRefused extends Error {
  constructor(readonly problems: CsvProblem[]) {
    super("rows refused");
  }
}

/**
 * The separator a spreadsheet saved the file with: a comma, or a semicolon where the decimal
 * separator is a comma (Excel in much of Europe), or a tab. Read from the header row, whose
 * column names contain none of them.
 */
export function delimiterOf(csv: string): string {
  const header = csv.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const count = (separator: string) => header.split(separator).length;
  return [",", ";", "\t"].reduce((best, separator) => (count(separator) > count(best) ? separator : best));
}

/**
 * Imports a fact table (the columns of `factsCsv`) into one of the teacher's articles. Every row
 * is checked as a fact made in the app is (`teacherFactProblems`): a quote not word for word in
 * the article, one in boilerplate, an answer missing from its quote are reported by row and
 * column, and nothing of a file with a problem is saved (one transaction). A row whose fact id
 * is one of this article's facts (any version) updates that fact (so a table exported, edited and imported
 * again changes what was edited and doubles nothing); any other row, its id empty or from
 * elsewhere (the library's table of the same article), makes a new fact.
 */
export async function importFactsCsv(teacherId: string, slug: string, csv: string): Promise<FactsImport> {
  if (Buffer.byteLength(csv) > MAX_FACTS_CSV_BYTES) return fail("too-large", "The file is larger than 1 MB.");
  const row = await db().article.findFirst({
    where: { id: slug, ...ownedArticles(teacherId) },
    select: {
      text: true,
      bodyStart: true,
      boilerplate: true,
      facts: { where: { ownerId: teacherId }, select: { id: true, lineageId: true, retiredAt: true } },
    },
  });
  if (!row) return fail("not-found", "That article is not one of yours.");
  // A row names a fact by any of its versions' ids (a table exported before an edit made a new
  // version still updates it); the row goes to the lineage's current version.
  const currentOfLineage = new Map(row.facts.filter((f) => !f.retiredAt).map((f) => [f.lineageId ?? f.id, f.id]));
  const currentOf = new Map(row.facts.map((f) => [f.id, currentOfLineage.get(f.lineageId ?? f.id)]));
  const article: ArticleText = {
    ...row,
    boilerplate: parseJsonColumn(z.array(boilerplateRangeSchema), row.boilerplate, "article boilerplate"),
  };

  let records: Record<string, string>[];
  try {
    records = parse(csv, {
      bom: true,
      columns: true,
      skip_empty_lines: true,
      trim: false,
      delimiter: delimiterOf(csv),
      // Undoes the download's guard against spreadsheet formulas ("'=…" back to "=…").
      cast: (value) => value.replace(/^'(?=[=+\-@\t\r])/, ""),
    }) as Record<string, string>[];
  } catch (error) {
    return fail("invalid", `The file is not a CSV file we can read: ${(error as Error).message}`);
  }
  if (!records.length) return fail("invalid", "The file has no facts: a header row and one row per fact.");
  if (records.length > MAX_FACTS_CSV_ROWS)
    return fail("invalid", `At most ${MAX_FACTS_CSV_ROWS} facts in one file (this one has ${records.length}).`);
  const header = Object.keys(records[0]!);
  const missing = required.filter((c) => !header.includes(c));
  const unknown = header.filter((c) => !(factCsvColumns as readonly string[]).includes(c));
  if (missing.length || unknown.length)
    return fail(
      "invalid",
      [
        missing.length ? `Missing columns: ${missing.join(", ")}.` : "",
        unknown.length ? `Unknown columns: ${unknown.join(", ")}.` : "",
        `The columns are: ${factCsvColumns.join(", ")}.`,
      ]
        .filter(Boolean)
        .join(" "),
    );

  const problems: CsvProblem[] = [];
  const inputs: { row: number; factId: string | null; input: z.output<typeof teacherFactSchema> }[] = [];
  const rowOfFact = new Map<string, number>();
  const list = (cell: string | undefined) =>
    (cell ?? "")
      .split(LIST_SEPARATOR.trim())
      .map((v) => v.trim())
      .filter(Boolean);
  for (const [i, record] of records.entries()) {
    const rowNumber = i + 2;
    const id = (record["fact id"] ?? "").trim();
    const factId = currentOf.get(id) ?? null;
    if (factId && rowOfFact.has(factId)) {
      problems.push({
        row: rowNumber,
        column: "fact id",
        message: `row ${rowOfFact.get(factId)} has the same fact id: one row per fact.`,
      });
      continue;
    }
    if (factId) rowOfFact.set(factId, rowNumber);
    const located = locateQuoteIn(article, record.quote ?? "");
    if (located === null || located === "set-aside") {
      problems.push({
        row: rowNumber,
        column: "quote",
        message:
          located === "set-aside"
            ? "That passage is in text set aside as not part of the article (boilerplate)."
            : "Not found word for word in the article: copy the passage from it.",
      });
      continue;
    }
    const parsed = teacherFactSchema.safeParse({
      quoteStart: located.start,
      quoteEnd: located.end,
      question: record.question,
      answer: record.answer,
      statement: record.statement,
      aliases: list(record["other accepted answers"]),
      answerType: record["answer type"],
      topics: list(record.topics),
      attribution: record["claim by"],
      claimGroup: record["claim group"],
      distractors: list(record["wrong answers"]),
    });
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push({ row: rowNumber, column: columnOf[String(issue.path[0])] ?? "file", message: issue.message });
      continue;
    }
    // The checks a fact made in the app gets, for every row at once (clashes with other facts'
    // answers are checked again as each is saved).
    const found = teacherFactProblems(parsed.data, article);
    if (found) {
      for (const [field, message] of Object.entries(found))
        problems.push({ row: rowNumber, column: columnOf[field] ?? field, message });
      continue;
    }
    inputs.push({ row: rowNumber, factId, input: parsed.data });
  }
  if (problems.length) return { ...fail("invalid", `Nothing was imported:\n${problemsText(problems)}`), problems };

  try {
    const imported = await db().$transaction(async (tx) => {
      const refused: CsvProblem[] = [];
      const counts: FactsImported = { created: 0, updated: 0, unchanged: 0 };
      for (const { row: rowNumber, factId, input } of inputs) {
        const saved = factId
          ? await updateFactIn(tx, teacherId, factId, input)
          : await createFactIn(tx, teacherId, slug, input);
        if (!saved.ok)
          for (const [field, message] of Object.entries(saved.fieldErrors ?? { file: saved.error }))
            refused.push({ row: rowNumber, column: columnOf[field] ?? field, message });
        else if (!factId) counts.created++;
        else if ("changed" in saved.data && saved.data.changed) counts.updated++;
        else counts.unchanged++;
      }
      if (refused.length) throw new RowsRefused(refused);
      return counts;
    });
    return ok(imported);
  } catch (error) {
    if (!(error instanceof RowsRefused)) throw error;
    return { ...fail("invalid", `Nothing was imported:\n${problemsText(error.problems)}`), problems: error.problems };
  }
}
