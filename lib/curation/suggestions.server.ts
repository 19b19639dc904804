import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseJsonColumn } from "@/lib/db/json-column";
import { AppError, fail, ok, type Result } from "@/lib/result";
import { ownedArticles } from "@/lib/articles/access.server";
import { boilerplateRangeSchema } from "@/lib/articles/boilerplate";
import { answerTypes } from "@/lib/facts/schema";
import type { TeacherFactInput } from "@/lib/facts/teacher-fact";
import { createFactIn } from "./facts.server";
import { suggestFacts, type Suggestion } from "./suggest";

/** How many suggestions an article gets: enough to choose from, few enough to read. */
export const SUGGESTIONS_PER_ARTICLE = 30;

/** The suggestions for an article's text, outside its title and boilerplate. Pure, for the CLI too. */
export function suggestionsFor(article: {
  text: string;
  bodyStart: number;
  boilerplate: readonly { start: number; end: number }[];
}): Suggestion[] {
  const exclude = [...(article.bodyStart > 0 ? [{ start: 0, end: article.bodyStart }] : []), ...article.boilerplate];
  return suggestFacts(article.text, { exclude, limit: SUGGESTIONS_PER_ARTICLE });
}

/**
 * Proposes facts for a teacher's article and keeps them for review; passages a current fact
 * already quotes are left out. Run after an import and again on request (open ones are replaced).
 */
export async function refreshSuggestions(ownerId: string, slug: string): Promise<Result<{ count: number }>> {
  const article = await db().article.findFirst({
    where: { id: slug, ...ownedArticles(ownerId) },
    select: {
      text: true,
      bodyStart: true,
      boilerplate: true,
      facts: { where: { retiredAt: null }, select: { quoteStart: true, quoteEnd: true } },
      suggestions: { where: { state: { not: "open" } }, select: { quoteStart: true, quoteEnd: true } },
    },
  });
  if (!article) return fail("not-found", "That article does not exist or is not yours.");
  const boilerplate = parseJsonColumn(z.array(boilerplateRangeSchema), article.boilerplate, "article boilerplate");
  // Passages already made into facts, accepted or dismissed before, are not proposed again.
  const taken = [...article.facts, ...article.suggestions];
  const fresh = suggestionsFor({ ...article, boilerplate }).filter(
    (s) => !taken.some((t) => t.quoteStart < s.quoteEnd && s.quoteStart < t.quoteEnd),
  );
  await db().$transaction(async (tx) => {
    await tx.factSuggestion.deleteMany({ where: { articleId: slug, state: "open" } });
    await tx.factSuggestion.createMany({
      data: fresh.map((s) => ({
        articleId: slug,
        quote: s.quote,
        quoteStart: s.quoteStart,
        quoteEnd: s.quoteEnd,
        statement: s.statement,
        question: s.question,
        answer: s.answer,
        answerType: s.answerType,
        attribution: s.attribution ?? null,
        score: s.score,
      })),
    });
  });
  return ok({ count: fresh.length });
}

/** A stored suggestion the teacher has not accepted or dismissed yet. */
export type OpenSuggestion = Pick<
  Suggestion,
  "quote" | "quoteStart" | "quoteEnd" | "statement" | "question" | "answer" | "answerType"
> & { id: string; attribution: string | null };

/** The open suggestions of a teacher's article, in reading order. */
export async function openSuggestions(ownerId: string, slug: string): Promise<OpenSuggestion[]> {
  const rows = await db().factSuggestion.findMany({
    where: { articleId: slug, state: "open", article: ownedArticles(ownerId) },
    orderBy: { quoteStart: "asc" },
  });
  return rows.map((r) => ({ ...r, answerType: z.enum(answerTypes).catch("other").parse(r.answerType) }));
}

/**
 * Makes a fact of a suggestion, as the teacher edited it, through the same checks as any fact;
 * the suggestion is then closed. A second accept of the same suggestion is refused, not doubled.
 */
export async function acceptSuggestion(
  ownerId: string,
  suggestionId: string,
  fact: TeacherFactInput,
): Promise<Result<{ factId: string }>> {
  const suggestion = await db().factSuggestion.findFirst({
    where: { id: suggestionId, article: ownedArticles(ownerId) },
    select: { articleId: true, state: true },
  });
  if (!suggestion) return fail("not-found", "That suggestion does not exist or is not yours.");
  const closed = fail("conflict", "That suggestion has already been accepted or dismissed.");
  if (suggestion.state !== "open") return closed;
  try {
    return await db().$transaction(async (tx) => {
      // Claimed in the transaction that makes the fact: two accepts at once make one fact.
      const claimed = await tx.factSuggestion.updateMany({
        where: { id: suggestionId, state: "open" },
        data: { state: "accepted" },
      });
      if (!claimed.count) throw new AppError(closed);
      const made = await createFactIn(tx, ownerId, suggestion.articleId, fact);
      // A refused fact leaves the suggestion open: the rollback undoes the claim.
      if (!made.ok) throw new AppError(made);
      await tx.factSuggestion.update({ where: { id: suggestionId }, data: { factId: made.data.factId } });
      return made;
    });
  } catch (error) {
    if (error instanceof AppError) return error.failure;
    throw error;
  }
}

export async function dismissSuggestion(ownerId: string, suggestionId: string): Promise<Result<null>> {
  const dismissed = await db().factSuggestion.updateMany({
    where: { id: suggestionId, state: "open", article: ownedArticles(ownerId) },
    data: { state: "dismissed" },
  });
  return dismissed.count ? ok(null) : fail("not-found", "That suggestion is no longer open.");
}
