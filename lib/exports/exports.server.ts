import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { readableArticles } from "@/lib/articles/access.server";
import { topicLabel } from "@/lib/facts/labels";
import { deckForTeacher } from "@/lib/decks/decks.server";
import { deckItemsByFact } from "@/lib/decks/deck";
import { teacherCorpus } from "@/lib/study/corpus.server";
import { recordId } from "@/lib/schemas";
import { toAnkiNotes, toCsv, toQuizlet } from "./flat";
import { toGift } from "./gift";
import { toMoodleXml } from "./moodle-xml";
import { toQtiPackage } from "./qti";
import { exportFormatNames, type ExportFormat } from "./formats";
import { claimGroupTitles } from "@/lib/facts/queries.server";
import { factsCsv } from "./facts-csv";
import { printedQuiz, type PrintedQuestion, type QuizVersion } from "./print";
import { exportQuestions, type ExportQuestion } from "./question";

interface DeckName {
  id: string;
  name: string;
}

/** Every format a deck goes out in, with what the download is called and what it targets. */
export const exportFormats = {
  "moodle-xml": {
    label: "Moodle XML",
    target: "Moodle 3.9–5.0 question bank (Import → Moodle XML format)",
    extension: "xml",
    contentType: "application/xml; charset=utf-8",
    write: (deck: DeckName, questions: readonly ExportQuestion[]) => toMoodleXml(deck.name, questions),
  },
  gift: {
    label: "GIFT",
    target: "Moodle question bank (Import → GIFT format)",
    extension: "gift.txt",
    contentType: "text/plain; charset=utf-8",
    write: (deck: DeckName, questions: readonly ExportQuestion[]) => toGift(deck.name, questions),
  },
  "canvas-qti": {
    label: "Canvas QTI package",
    target: "Canvas (Course → Settings → Import Course Content → QTI .zip file)",
    extension: "qti.zip",
    contentType: "application/zip",
    write: (deck: DeckName, questions: readonly ExportQuestion[]) => toQtiPackage(deck.id, deck.name, questions),
  },
  anki: {
    label: "Anki notes",
    target: "Anki 2.1.55 or later (File → Import)",
    extension: "anki.txt",
    contentType: "text/plain; charset=utf-8",
    write: (deck: DeckName, questions: readonly ExportQuestion[]) => toAnkiNotes(deck.name, questions),
  },
  quizlet: {
    label: "Quizlet",
    target: "Quizlet (Create → Import: Tab between term and definition, new line between cards)",
    extension: "quizlet.txt",
    contentType: "text/plain; charset=utf-8",
    write: (_deck: DeckName, questions: readonly ExportQuestion[]) => toQuizlet(questions),
  },
  csv: {
    label: "CSV",
    target: "Spreadsheets and other tools: one row per question",
    extension: "csv",
    contentType: "text/csv; charset=utf-8",
    write: (_deck: DeckName, questions: readonly ExportQuestion[]) => toCsv(questions),
  },
} as const satisfies Record<ExportFormat, unknown>;

export { exportFormatNames, type ExportFormat };

export const deckExportPathSchema = z.object({
  deckId: recordId("Unknown deck."),
  format: z.enum(exportFormatNames),
});

/** A deck's questions (all its items in its types, in the teacher's order) as export questions. */
export async function deckExportQuestions(
  teacherId: string,
  deckId: string,
): Promise<{ name: string; kinds: ExportQuestion["kind"][]; questions: ExportQuestion[] } | null> {
  const deck = await deckForTeacher(teacherId, deckId);
  if (!deck) return null;
  const corpus = await teacherCorpus(teacherId);
  const items = deckItemsByFact(corpus.items, deck).flatMap((group) => group.items);
  const slugs = [...new Set(items.map((i) => corpus.facts.get(i.factId)?.articleSlug).filter(Boolean))] as string[];
  const dates = new Map(
    (
      await db().article.findMany({
        where: { id: { in: slugs }, ...readableArticles({ id: teacherId, role: "teacher" }) },
        select: { id: true, date: true },
      })
    ).map((a) => [a.id, a.date]),
  );
  const questions = exportQuestions(
    items,
    (factId) => corpus.citation(factId),
    (factId) => {
      const fact = corpus.facts.get(factId);
      return { topics: (fact?.topics ?? []).map(topicLabel), articleDate: dates.get(fact?.articleSlug ?? "") ?? null };
    },
  );
  return { name: deck.name, kinds: deck.itemTypes, questions };
}

/** A deck written in one format, for the teacher who owns it; null for anyone else. */
export async function deckExport(
  teacherId: string,
  deckId: string,
  format: ExportFormat,
): Promise<{ name: string; body: string | Uint8Array<ArrayBuffer>; extension: string; contentType: string } | null> {
  const exported = await deckExportQuestions(teacherId, deckId);
  if (!exported) return null;
  const { write, extension, contentType } = exportFormats[format];
  const written = write({ id: deckId, name: exported.name }, exported.questions);
  // A zip's bytes, copied into a plain ArrayBuffer a Response takes.
  const body = typeof written === "string" ? written : new Uint8Array(written);
  return { name: exported.name, body, extension, contentType };
}

/**
 * An article's fact table as CSV, for a teacher: their own articles and the library's (read
 * only: its table imports into an article of their own). null for anything else.
 */
export async function articleFactTable(
  teacherId: string,
  slug: string,
): Promise<{ title: string; csv: string } | null> {
  const article = await db().article.findFirst({
    where: { id: slug, ...readableArticles({ id: teacherId, role: "teacher" }) },
    select: { title: true },
  });
  if (!article) return null;
  const corpus = await teacherCorpus(teacherId);
  const facts = [...corpus.facts.values()]
    .filter((fact) => fact.articleSlug === slug)
    .sort((a, b) => a.quoteStart - b.quoteStart);
  const groupTitles = await claimGroupTitles(facts.map((f) => f.claimGroup ?? null));
  const rows = facts.map((fact) => ({
    ...fact,
    claimGroup: fact.claimGroup ? (groupTitles.get(fact.claimGroup) ?? null) : null,
  }));
  return { title: article.title, csv: factsCsv(rows) };
}

/** A deck's printable quiz in one version, for the teacher who owns it; null for anyone else. */
export async function deckPrint(
  teacherId: string,
  deckId: string,
  version: QuizVersion,
): Promise<{ name: string; questions: PrintedQuestion[] } | null> {
  const exported = await deckExportQuestions(teacherId, deckId);
  if (!exported) return null;
  return { name: exported.name, questions: printedQuiz(exported.questions, exported.kinds, deckId, version) };
}
