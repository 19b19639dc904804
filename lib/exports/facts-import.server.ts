import "server-only";
import { db } from "@/lib/db";
import { ownedArticles } from "@/lib/articles/access.server";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { boilerplateRangeSchema } from "@/lib/facts/schema";
import { teacherFactProblems, teacherFactSchema, type TeacherFactInput } from "@/lib/facts/teacher-fact";
import { createFactIn, updateFactIn } from "@/lib/curation/facts.server";
import { fail, ok, type Result } from "@/lib/result";
import { normalizeText } from "@/lib/text/normalize";
import { claimGroupTitles } from "@/lib/facts/queries.server";
import { z } from "zod";
import { locateQuoteIn, readFactTable, type ArticleText, type FactColumn } from "./fact-table-read";
import { LIST_SEPARATOR } from "./flat";

/** A fact table file is read whole: bounded so a mistaken upload cannot tie up the server. */
export const MAX_FACTS_CSV_BYTES = 1024 * 1024;

/** Which CSV column each field of a teacher's fact comes from, for messages by column. */
const columnOf: Record<string, FactColumn> = {
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

type StoredFact = {
  id: string;
  lineageId: string | null;
  retiredAt: Date | null;
  quoteStart: number;
  quoteEnd: number;
  statement: string;
  question: string;
  answer: string;
  aliases: string;
  answerType: string;
  topics: string;
  attribution: string | null;
  claimGroup: string | null;
  distractors: string;
};

/** Whether saving `input` would leave the stored fact as it is (what the teacher can edit, claim group by title). */
function sameFact(stored: StoredFact, groupTitle: string | null, input: TeacherFactInput): boolean {
  const list = (json: string) => JSON.stringify(parseJsonColumn(stringList, json, "fact list"));
  return (
    stored.quoteStart === input.quoteStart &&
    stored.quoteEnd === input.quoteEnd &&
    stored.statement === input.statement &&
    stored.question === input.question &&
    stored.answer === input.answer &&
    stored.answerType === input.answerType &&
    stored.attribution === input.attribution &&
    groupTitle === input.claimGroup &&
    list(stored.aliases) === JSON.stringify(input.aliases) &&
    list(stored.topics) === JSON.stringify(input.topics) &&
    list(stored.distractors) === JSON.stringify(input.distractors)
  );
}

/** One fact per quote and question: a row asking what a fact of the article already asks of that quote is that fact. */
const passageKey = (quote: string, question: string) =>
  `${quote.trim().split(/\s+/).join(" ")}\n${normalizeText(question)}`;

/**
 * Imports a fact table (the columns of `factsCsv`) into one of the teacher's articles. Every row
 * is checked as a fact made in the app is (`teacherFactProblems`): a quote not word for word in
 * the article, one in boilerplate, an answer missing from its quote are reported by row and
 * column, and nothing of a file with a problem is saved (one transaction).
 *
 * Importing the same table again changes nothing: a row whose fact id is one of this article's
 * facts (any version) updates that fact only if the row differs from it, and keeps its passage;
 * a row without such an id that asks what a fact of the article already asks of the same quote
 * is that fact. Other rows (id empty, or from elsewhere, as in the library's table of the
 * same article) make new facts.
 */
export async function importFactsCsv(teacherId: string, slug: string, csv: string): Promise<FactsImport> {
  if (Buffer.byteLength(csv) > MAX_FACTS_CSV_BYTES) return fail("too-large", "The file is larger than 1 MB.");
  const row = await db().article.findFirst({
    where: { id: slug, ...ownedArticles(teacherId) },
    select: {
      text: true,
      bodyStart: true,
      boilerplate: true,
      facts: {
        where: { ownerId: teacherId },
        select: {
          id: true,
          lineageId: true,
          retiredAt: true,
          quoteStart: true,
          quoteEnd: true,
          statement: true,
          question: true,
          answer: true,
          aliases: true,
          answerType: true,
          topics: true,
          attribution: true,
          claimGroup: true,
          distractors: true,
        },
      },
    },
  });
  if (!row) return fail("not-found", "That article is not one of yours.");
  const table = readFactTable(csv);
  if (!table.ok) return table;

  const current = row.facts.filter((f) => !f.retiredAt);
  // A row names a fact by any of its versions' ids (a table exported before an edit made a new
  // version still updates it); the row goes to the lineage's current version.
  const currentOfLineage = new Map(current.map((f) => [f.lineageId ?? f.id, f]));
  const currentOf = new Map(row.facts.map((f) => [f.id, currentOfLineage.get(f.lineageId ?? f.id)]));
  const atPassage = new Map(current.map((f) => [passageKey(row.text.slice(f.quoteStart, f.quoteEnd), f.question), f]));
  const groupTitles = await claimGroupTitles(current.map((f) => f.claimGroup));
  const article: ArticleText = {
    ...row,
    boilerplate: parseJsonColumn(z.array(boilerplateRangeSchema), row.boilerplate, "article boilerplate"),
  };

  const problems: CsvProblem[] = [];
  const inputs: { row: number; factId: string | null; input: TeacherFactInput }[] = [];
  let unchanged = 0;
  const rowOfFact = new Map<string, number>();
  const list = (cell: string) =>
    cell
      .split(LIST_SEPARATOR.trim())
      .map((v) => v.trim())
      .filter(Boolean);
  for (const { row: rowNumber, cells } of table.data) {
    const named = currentOf.get(cells["fact id"].trim());
    const stored = named ?? atPassage.get(passageKey(cells.quote, cells.question));
    const located = locateQuoteIn(article, cells.quote, stored && { start: stored.quoteStart, end: stored.quoteEnd });
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
      question: cells.question,
      answer: cells.answer,
      statement: cells.statement,
      aliases: list(cells["other accepted answers"]),
      answerType: cells["answer type"].trim(),
      topics: list(cells.topics),
      attribution: cells["claim by"],
      claimGroup: cells["claim group"],
      distractors: list(cells["wrong answers"]),
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
    const key = stored?.id ?? `new:${passageKey(cells.quote, cells.question)}`;
    if (rowOfFact.has(key)) {
      problems.push({
        row: rowNumber,
        column: named ? "fact id" : "question",
        message: `Row ${rowOfFact.get(key)} is the same fact (${named ? "the same fact id" : "the same quote and question"}): one row per fact.`,
      });
      continue;
    }
    rowOfFact.set(key, rowNumber);
    if (
      stored &&
      sameFact(stored, stored.claimGroup ? (groupTitles.get(stored.claimGroup) ?? null) : null, parsed.data)
    )
      unchanged++;
    else inputs.push({ row: rowNumber, factId: stored?.id ?? null, input: parsed.data });
  }
  if (problems.length) return { ...fail("invalid", `Nothing was imported:\n${problemsText(problems)}`), problems };

  try {
    const imported = await db().$transaction(
      async (tx) => {
        const refused: CsvProblem[] = [];
        const counts: FactsImported = { created: 0, updated: 0, unchanged };
        for (const { row: rowNumber, factId, input } of inputs) {
          const saved = factId
            ? await updateFactIn(tx, teacherId, factId, input)
            : await createFactIn(tx, teacherId, slug, input);
          if (!saved.ok)
            for (const [field, message] of Object.entries(saved.fieldErrors ?? { file: saved.error }))
              refused.push({ row: rowNumber, column: columnOf[field] ?? field, message });
          else if (factId) counts.updated++;
          else counts.created++;
        }
        if (refused.length) throw new RowsRefused(refused);
        return counts;
      },
      // A full file (500 new facts) takes a few seconds, longer than Prisma's default 5 s on a slow disk.
      { timeout: 60_000 },
    );
    return ok(imported);
  } catch (error) {
    if (!(error instanceof RowsRefused)) throw error;
    return { ...fail("invalid", `Nothing was imported:\n${problemsText(error.problems)}`), problems: error.problems };
  }
}
