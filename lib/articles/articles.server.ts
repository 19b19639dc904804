import "server-only";
import { createHash } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { isUniqueViolation } from "@/lib/db/errors";
import { parseJsonColumn } from "@/lib/db/json-column";
import { fail, fieldFailure, ok, type Result } from "@/lib/result";
import { ownedArticles } from "./access.server";
import { boilerplateRangeSchema, proposeBoilerplate, type BoilerplateRange } from "./boilerplate";
import { articleSlug, type ArticleDetails } from "./details";
import { extractArticle, formatOf, type Extracted } from "./extract.server";
import { fetchArticleUrl, type FetchPolicy } from "./fetch-url.server";
import { bumpPart, ownerPart, type DbWriter } from "./versions.server";

/** Where a teacher's article comes from: pasted text, an uploaded file, or a web address. */
export type ArticleSource =
  | { kind: "paste"; text: string }
  | { kind: "file"; fileName: string; mimeType?: string; bytes: Uint8Array }
  | { kind: "url"; url: string };

export type ArticleOrigin = "paste" | "txt" | "md" | "html" | "pdf" | "docx" | "url";

export interface ExtractedSource extends Extracted {
  origin: ArticleOrigin;
  sourceUrl: string | null;
}

/** The text and what the source says about itself, or why it cannot be read. */
export async function readSource(
  source: ArticleSource,
  fetchPolicy?: Partial<FetchPolicy>,
): Promise<Result<ExtractedSource>> {
  if (source.kind === "paste") {
    const extracted = await extractArticle({ format: "paste", text: source.text });
    return extracted.ok ? ok({ ...extracted.data, origin: "paste", sourceUrl: null }) : extracted;
  }
  if (source.kind === "file") {
    const format = formatOf(source.fileName, source.mimeType);
    if (!format || format === "paste")
      return fail("unsupported", "That kind of file cannot be imported: use .txt, .md, .html, .pdf or .docx.");
    const extracted = await extractArticle({ format, bytes: source.bytes });
    return extracted.ok ? ok({ ...extracted.data, origin: format, sourceUrl: null }) : extracted;
  }
  const fetched = await fetchArticleUrl(source.url, fetchPolicy);
  if (!fetched.ok) return fetched;
  const format = formatOf(fetched.data.fileName, fetched.data.contentType);
  if (!format || format === "paste")
    return fail("unsupported", "That address is not a web page, PDF or Word document.");
  const extracted = await extractArticle({ format, bytes: fetched.data.bytes });
  return extracted.ok ? ok({ ...extracted.data, origin: "url", sourceUrl: fetched.data.finalUrl }) : extracted;
}

export const textHashOf = (text: string) => createHash("sha256").update(text).digest("hex");

export interface ImportedArticle {
  slug: string;
  title: string;
  /** Lines proposed as page furniture, marked as boilerplate for the teacher to review. */
  boilerplate: BoilerplateRange[];
  text: string;
}

/**
 * Stores a teacher's article: the extracted text exactly, the details the teacher gave (or what
 * the source said about itself), and the furniture lines proposed as boilerplate. The same text
 * twice for one teacher is refused, however the two requests race (a unique key).
 */
export async function importArticle(
  ownerId: string,
  source: ExtractedSource,
  details: Partial<ArticleDetails>,
): Promise<Result<ImportedArticle>> {
  const title = details.title ?? source.title?.trim().slice(0, 200);
  if (!title) return fieldFailure("title", "Give the article a title.");
  const textHash = textHashOf(source.text);
  const duplicate = await db().article.findFirst({
    where: { ownerId, textHash },
    select: { id: true, title: true },
  });
  if (duplicate) return duplicateOf(duplicate);
  const boilerplate = proposeBoilerplate(source.text);
  const date = details.date ?? source.date;
  const slug = articleSlug(title);
  try {
    await db().$transaction(async (tx) => {
      await tx.article.create({
        data: {
          id: slug,
          ownerId,
          origin: source.origin,
          sourceUrl: details.sourceUrl ?? source.sourceUrl,
          author: details.author ?? source.author,
          licence: details.licence ?? null,
          bodyStart: 0,
          textHash,
          title,
          outlet: details.outlet ?? source.siteName,
          date,
          dateText: date ?? "Date not given",
          dateline: null,
          text: source.text,
          boilerplate: JSON.stringify(boilerplate),
          contentHash: textHash,
        },
      });
      await bumpPart(tx, ownerPart(ownerId));
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const raced = await db().article.findFirst({ where: { ownerId, textHash }, select: { id: true, title: true } });
    if (raced) return duplicateOf(raced);
    throw error;
  }
  return ok({ slug, title, boilerplate, text: source.text });
}

const duplicateOf = (article: { id: string; title: string }) =>
  fail("conflict", `You have already imported this article, as “${article.title}”.`, {
    fieldErrors: { form: `/articles/${article.id}` },
  });

const notYours = () => fail("not-found", "That article does not exist or is not yours.");

/** Changes what the teacher says about their article; its text never changes (quotes point into it). */
export async function updateArticleDetails(
  ownerId: string,
  slug: string,
  details: ArticleDetails,
): Promise<Result<{ slug: string }>> {
  return db().$transaction(async (tx) => {
    const updated = await tx.article.updateMany({
      where: { id: slug, ...ownedArticles(ownerId) },
      data: { ...details, dateText: details.date ?? "Date not given" },
    });
    if (!updated.count) return notYours();
    await bumpPart(tx, ownerPart(ownerId));
    return ok({ slug });
  });
}

/**
 * Marks (or unmarks) a range of the article as not citable. A range must cover whole characters
 * of the text, and no current fact may quote inside it: the teacher moves or removes the fact first.
 */
export async function setBoilerplate(
  ownerId: string,
  slug: string,
  ranges: BoilerplateRange[],
): Promise<Result<{ slug: string; boilerplate: BoilerplateRange[] }>> {
  return db().$transaction(async (tx) => {
    const article = await tx.article.findFirst({
      where: { id: slug, ...ownedArticles(ownerId) },
      select: {
        text: true,
        facts: { where: { retiredAt: null }, select: { quoteStart: true, quoteEnd: true, question: true } },
      },
    });
    if (!article) return notYours();
    const merged = mergeRanges(ranges);
    if (merged.some((r) => r.end > article.text.length))
      return fail("invalid", "That selection is outside the article's text. Reload the page and select again.");
    const quoted = article.facts.find((f) => merged.some((r) => r.start < f.quoteEnd && f.quoteStart < r.end));
    if (quoted)
      return fail(
        "conflict",
        `A fact quotes that text (“${quoted.question}”). Delete the fact or change its passage before setting the text aside.`,
      );
    await tx.article.update({ where: { id: slug }, data: { boilerplate: JSON.stringify(merged) } });
    await bumpPart(tx, ownerPart(ownerId));
    return ok({ slug, boilerplate: merged });
  });
}

/** Sorted, with overlapping or touching ranges of one kind joined. */
export function mergeRanges(ranges: readonly BoilerplateRange[]): BoilerplateRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: BoilerplateRange[] = [];
  for (const range of sorted) {
    const last = merged.at(-1);
    if (last && last.kind === range.kind && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else if (last && range.start < last.end) merged.push({ ...range, start: last.end });
    else merged.push({ ...range });
  }
  return merged.filter((r) => r.end > r.start);
}

/** The boilerplate ranges of a teacher's article, as stored. */
export async function boilerplateOf(ownerId: string, slug: string): Promise<BoilerplateRange[] | null> {
  const article = await db().article.findFirst({
    where: { id: slug, ...ownedArticles(ownerId) },
    select: { boilerplate: true },
  });
  return article && parseJsonColumn(z.array(boilerplateRangeSchema), article.boilerplate, "article boilerplate");
}

/**
 * Opens the article to exactly these classes of the teacher (none: private again). Classes that
 * are not the teacher's do not exist for them. Students of a class no longer shared stop seeing
 * the article; their attempts stay.
 */
export async function shareArticle(
  ownerId: string,
  slug: string,
  classIds: readonly string[],
): Promise<Result<{ slug: string; classIds: string[] }>> {
  try {
    return await shareOnce(ownerId, slug, classIds);
  } catch (error) {
    // The same sharing saved twice at once (two tabs): the other added the row; this pass sees it.
    if (!isUniqueViolation(error)) throw error;
    return shareOnce(ownerId, slug, classIds);
  }
}

function shareOnce(ownerId: string, slug: string, classIds: readonly string[]) {
  return db().$transaction(async (tx): Promise<Result<{ slug: string; classIds: string[] }>> => {
    const article = await tx.article.findFirst({
      where: { id: slug, ...ownedArticles(ownerId) },
      select: { id: true },
    });
    if (!article) return notYours();
    const wanted = [...new Set(classIds)];
    const classes = await tx.class.findMany({
      where: { id: { in: wanted }, teacherId: ownerId },
      select: { id: true },
    });
    if (classes.length !== wanted.length)
      return fail("not-found", "One of those classes does not exist or is not yours.");
    await tx.articleShare.deleteMany({ where: { articleId: slug, classId: { notIn: wanted } } });
    const existing = new Set(
      (await tx.articleShare.findMany({ where: { articleId: slug }, select: { classId: true } })).map((s) => s.classId),
    );
    const added = wanted.filter((id) => !existing.has(id));
    if (added.length)
      await tx.articleShare.createMany({ data: added.map((classId) => ({ articleId: slug, classId })) });
    await bumpPart(tx, ownerPart(ownerId));
    return ok({ slug, classIds: wanted });
  });
}

/**
 * Opens to a class the teacher's articles that these facts quote (assigning a deck of them): the
 * class's students then read each passage in its article. Adds shares, never removes one.
 */
export async function shareArticlesOfFacts(
  writer: DbWriter,
  ownerId: string,
  classId: string,
  factIds: readonly string[],
): Promise<number> {
  const articles = await writer.article.findMany({
    where: { ...ownedArticles(ownerId), facts: { some: { id: { in: [...factIds] } } }, shares: { none: { classId } } },
    select: { id: true },
  });
  for (const article of articles) await writer.articleShare.create({ data: { articleId: article.id, classId } });
  if (articles.length) await bumpPart(writer, ownerPart(ownerId));
  return articles.length;
}
