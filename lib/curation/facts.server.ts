import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { fail, ok, type Result } from "@/lib/result";
import { ownedArticles } from "@/lib/articles/access.server";
import { boilerplateRangeSchema } from "@/lib/articles/boilerplate";
import { bumpPart, ownerPart, type DbWriter } from "@/lib/articles/versions.server";
import { teacherFactProblems, type TeacherFactInput } from "@/lib/facts/teacher-fact";
import { normalizeMentions, normalizeText } from "@/lib/text/normalize";

/**
 * A teacher's facts: made from a selected passage of their own article, edited, removed. A fact
 * students have answered (or hold a card of) is never rewritten: an edit makes a new version with
 * the same lineage and retires the old one, so every attempt keeps the quote it was graded on and
 * cards move on to the new version (decision 0013).
 */

export const newFactId = () => `t${randomBytes(10).toString("hex")}`;
const notYours = () => fail("not-found", "That article does not exist or is not yours.");
const factNotYours = () => fail("not-found", "That fact does not exist or is not yours.");

type Writer = DbWriter;

async function ownedArticle(writer: Writer, ownerId: string, slug: string) {
  const article = await writer.article.findFirst({
    where: { id: slug, ...ownedArticles(ownerId) },
    select: { id: true, text: true, bodyStart: true, boilerplate: true },
  });
  return (
    article && {
      ...article,
      boilerplate: parseJsonColumn(z.array(boilerplateRangeSchema), article.boilerplate, "article boilerplate"),
    }
  );
}

/** Answers of every fact the new one could clash with: the library's and this teacher's. */
async function knownAnswers(writer: Writer, ownerId: string, except?: string) {
  return writer.fact.findMany({
    where: {
      retiredAt: null,
      OR: [{ ownerId: null }, { ownerId }],
      // The library's facts have no lineage: SQL's NOT (lineageId = x) would leave them out too.
      ...(except ? { AND: [{ OR: [{ lineageId: null }, { lineageId: { not: except } }] }] } : {}),
    },
    select: { id: true, answerType: true, answer: true },
  });
}

/** The entities (library and the teacher's) named in the quote or statement, in a spelling they know. */
async function mentionedEntities(writer: Writer, ownerId: string, fact: TeacherFactInput, quote: string) {
  const entities = await writer.entity.findMany({
    where: { retiredAt: null, OR: [{ ownerId: null }, { ownerId }] },
    select: { id: true, canonical: true, spellings: true, shortForms: true },
  });
  const text = ` ${normalizeMentions(quote)} ${normalizeMentions(fact.statement)} `;
  return entities
    .filter((e) =>
      [
        e.canonical,
        ...parseJsonColumn(stringList, e.spellings, "entity spellings"),
        ...parseJsonColumn(stringList, e.shortForms, "entity shortForms"),
      ].some((form) => normalizeText(form) && text.includes(` ${normalizeText(form)} `)),
    )
    .map((e) => e.id);
}

/** A claim group of the teacher's, by its title: found or made. */
async function claimGroupId(writer: Writer, ownerId: string, title: string | null): Promise<string | null> {
  if (!title) return null;
  const existing = await writer.claimGroup.findFirst({
    where: { ownerId, title, retiredAt: null },
    select: { id: true },
  });
  if (existing) return existing.id;
  const id = `g${randomBytes(8).toString("hex")}`;
  await writer.claimGroup.create({ data: { id, ownerId, title, contentHash: id } });
  return id;
}

async function factColumns(writer: Writer, ownerId: string, fact: TeacherFactInput, quote: string) {
  const columns = {
    quote,
    quoteStart: fact.quoteStart,
    quoteEnd: fact.quoteEnd,
    statement: fact.statement,
    question: fact.question,
    answer: fact.answer,
    aliases: JSON.stringify(fact.aliases),
    answerType: fact.answerType,
    topics: JSON.stringify(fact.topics),
    attribution: fact.attribution,
    claimGroup: await claimGroupId(writer, ownerId, fact.claimGroup),
    distractors: JSON.stringify(fact.distractors),
    entities: JSON.stringify(await mentionedEntities(writer, ownerId, fact, quote)),
  };
  return { ...columns, contentHash: createHash("sha256").update(JSON.stringify(columns)).digest("hex") };
}

/** Checks the fact against its article and the facts it could clash with; the field messages, or the article. */
async function checkedArticle(writer: Writer, ownerId: string, slug: string, fact: TeacherFactInput, lineage?: string) {
  const article = await ownedArticle(writer, ownerId, slug);
  if (!article) return notYours();
  const problems = teacherFactProblems(fact, article, await knownAnswers(writer, ownerId, lineage));
  if (problems)
    return fail("invalid", "The fact cannot be saved yet: see the highlighted fields.", { fieldErrors: problems });
  return ok({ ...article, quote: article.text.slice(fact.quoteStart, fact.quoteEnd) });
}

/** Makes a fact of a passage the teacher selected in their article. */
export async function createFact(
  ownerId: string,
  slug: string,
  fact: TeacherFactInput,
): Promise<Result<{ factId: string }>> {
  return db().$transaction((tx) => createFactIn(tx, ownerId, slug, fact));
}

/** createFact inside the caller's transaction (accepting a suggestion closes it in the same one). */
export async function createFactIn(
  tx: Writer,
  ownerId: string,
  slug: string,
  fact: TeacherFactInput,
): Promise<Result<{ factId: string }>> {
  const article = await checkedArticle(tx, ownerId, slug, fact);
  if (!article.ok) return article;
  const id = newFactId();
  await tx.fact.create({
    data: {
      id,
      ownerId,
      lineageId: id,
      articleId: slug,
      ...(await factColumns(tx, ownerId, fact, article.data.quote)),
    },
  });
  await bumpPart(tx, ownerPart(ownerId));
  return ok({ factId: id });
}

/** Whether any student has answered the fact or holds a card of it: then it is versioned, not rewritten. */
async function isAnswered(writer: Writer, factId: string): Promise<boolean> {
  const [questions, cards] = await Promise.all([
    writer.sessionQuestion.count({ where: { factId }, take: 1 }),
    writer.card.count({ where: { factId }, take: 1 }),
  ]);
  return questions + cards > 0;
}

/**
 * Saves the teacher's changes. Unanswered: in place. Answered: a new version (same lineage) that
 * takes over the decks and cards, and the old row retired with a pointer to it.
 */
export async function updateFact(
  ownerId: string,
  factId: string,
  fact: TeacherFactInput,
): Promise<Result<{ factId: string; versioned: boolean; changed: boolean }>> {
  return db().$transaction((tx) => updateFactIn(tx, ownerId, factId, fact));
}

/** `updateFact` inside a caller's transaction (a fact table import updates many at once). */
export async function updateFactIn(
  tx: Writer,
  ownerId: string,
  factId: string,
  fact: TeacherFactInput,
): Promise<Result<{ factId: string; versioned: boolean; changed: boolean }>> {
  const current = await tx.fact.findFirst({
    where: { id: factId, ownerId, retiredAt: null, article: ownedArticles(ownerId) },
    select: { id: true, articleId: true, lineageId: true, contentHash: true },
  });
  if (!current) return factNotYours();
  const lineage = current.lineageId ?? current.id;
  const article = await checkedArticle(tx, ownerId, current.articleId, fact, lineage);
  if (!article.ok) return article;
  const columns = await factColumns(tx, ownerId, fact, article.data.quote);
  if (columns.contentHash === current.contentHash) return ok({ factId, versioned: false, changed: false });
  if (!(await isAnswered(tx, factId))) {
    await tx.fact.update({ where: { id: factId }, data: columns });
    await bumpPart(tx, ownerPart(ownerId));
    return ok({ factId, versioned: false, changed: true });
  }
  const id = newFactId();
  await tx.fact.create({ data: { id, ownerId, lineageId: lineage, articleId: current.articleId, ...columns } });
  await tx.fact.update({ where: { id: factId }, data: { retiredAt: new Date(), supersededById: id } });
  await tx.card.updateMany({ where: { factId }, data: { factId: id } });
  await replaceInDecks(tx, ownerId, factId, id);
  await bumpPart(tx, ownerPart(ownerId));
  return ok({ factId: id, versioned: true, changed: true });
}

/** The teacher's decks that list the old version list the new one in its place (none: it leaves them). */
async function replaceInDecks(writer: Writer, ownerId: string, from: string, to: string | null) {
  await replaceManyInDecks(writer, ownerId, new Map([[from, to]]));
}

async function replaceManyInDecks(writer: Writer, ownerId: string, replacements: Map<string, string | null>) {
  if (!replacements.size) return;
  const decks = await writer.deck.findMany({
    where: { teacherId: ownerId, OR: [...replacements.keys()].map((id) => ({ factIds: { contains: `"${id}"` } })) },
    select: { id: true, factIds: true },
  });
  for (const deck of decks) {
    const ids = parseJsonColumn(stringList, deck.factIds, "deck factIds");
    const next = ids.flatMap((id) => {
      if (!replacements.has(id)) return [id];
      const to = replacements.get(id);
      return to ? [to] : [];
    });
    await writer.deck.update({ where: { id: deck.id }, data: { factIds: JSON.stringify(next) } });
  }
}

/**
 * Removes a teacher's article from every list, with its facts (and from the teacher's decks). It
 * is retired, not deleted: attempts and cards on its facts keep their history, and its text can
 * be imported again.
 */
export async function removeArticle(
  ownerId: string,
  slug: string,
  now = new Date(),
): Promise<Result<{ slug: string }>> {
  return db().$transaction(async (tx) => {
    const removed = await tx.article.updateMany({
      where: { id: slug, ...ownedArticles(ownerId) },
      data: { retiredAt: now, textHash: null },
    });
    if (!removed.count) return notYours();
    const facts = await tx.fact.findMany({ where: { articleId: slug, retiredAt: null }, select: { id: true } });
    await tx.fact.updateMany({ where: { articleId: slug, retiredAt: null }, data: { retiredAt: now } });
    await replaceManyInDecks(tx, ownerId, new Map(facts.map((f) => [f.id, null])));
    await tx.articleShare.deleteMany({ where: { articleId: slug } });
    await bumpPart(tx, ownerPart(ownerId));
    return ok({ slug });
  });
}

/** Takes the fact out of practice, decks and flashcards; attempts on it keep their history. */
export async function removeFact(
  ownerId: string,
  factId: string,
  now = new Date(),
): Promise<Result<{ factId: string }>> {
  return db().$transaction(async (tx) => {
    const removed = await tx.fact.updateMany({
      where: { id: factId, ownerId, retiredAt: null },
      data: { retiredAt: now },
    });
    if (!removed.count) return factNotYours();
    await replaceInDecks(tx, ownerId, factId, null);
    await bumpPart(tx, ownerPart(ownerId));
    return ok({ factId });
  });
}
