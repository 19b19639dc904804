import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import type { Role } from "@/lib/accounts/roles";
import { readableArticles } from "@/lib/articles/access.server";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { competingClaim, type CompetingClaim } from "./citation";
import { articleBlocks, type Block } from "./passages";
import { boilerplateRangeSchema } from "./schema";

const parseList = (json: string, column: string) => parseJsonColumn(stringList, json, column);

export interface ArticleSummary {
  slug: string;
  title: string;
  /** null: the built-in library. */
  ownerId: string | null;
  author: string | null;
  outlet: string | null;
  outletNote: string | null;
  date: string | null;
  dateText: string;
  factCount: number;
  topics: string[];
}

type Reader = { id: string; role: Role };

/** The reading list of this user: the library, then their own or shared articles, newest first. */
export async function listArticles(user: Reader): Promise<ArticleSummary[]> {
  const articles = await db().article.findMany({
    where: readableArticles(user),
    orderBy: [{ file: "asc" }, { createdAt: "desc" }],
    include: { facts: { where: { retiredAt: null }, select: { topics: true } } },
  });
  const summaries = articles.map((a) => ({
    slug: a.id,
    title: a.title,
    ownerId: a.ownerId,
    author: a.author,
    outlet: a.outlet,
    outletNote: a.outletNote,
    date: a.date,
    dateText: a.dateText,
    factCount: a.facts.length,
    topics: [...new Set(a.facts.flatMap((f) => parseList(f.topics, "fact topics")))].sort(),
  }));
  // The library first (by seed file), then teachers' articles, newest first.
  return [...summaries.filter((a) => !a.ownerId), ...summaries.filter((a) => a.ownerId)];
}

export interface ReaderFact {
  id: string;
  statement: string;
  attribution: string | null;
  claimGroup: string | null;
}

export type { CompetingClaim };

export interface ArticleForReader extends ArticleSummary {
  dateline: string | null;
  sourceUrl: string | null;
  licence: string | null;
  blocks: Block[];
  facts: ReaderFact[];
  /** Claim groups this article takes part in where sources differ. */
  disputedGroups: { id: string; title: string; claims: CompetingClaim[] }[];
}

/** The titles of claim groups by id ("Death toll"): how readers, tables and imports name a group. */
export async function claimGroupTitles(ids: readonly (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  if (!wanted.length) return new Map();
  const groups = await db().claimGroup.findMany({ where: { id: { in: wanted } }, select: { id: true, title: true } });
  return new Map(groups.map((g) => [g.id, g.title]));
}

/** One article as the reader shows it, or null when it does not exist for this user (decision 0013). */
export async function articleForReader(user: Reader, slug: string): Promise<ArticleForReader | null> {
  const article = await db().article.findFirst({
    where: { id: slug, ...readableArticles(user) },
    include: { facts: { where: { retiredAt: null }, orderBy: { quoteStart: "asc" } } },
  });
  if (!article) return null;

  const groups = [...new Set(article.facts.map((f) => f.claimGroup).filter((g): g is string => g !== null))];
  const claims = groups.length
    ? await db().fact.findMany({
        // Competing claims come from the same part: the library's groups, or this teacher's own.
        where: { claimGroup: { in: groups }, retiredAt: null, ownerId: article.ownerId, article: { retiredAt: null } },
        include: { article: { select: { id: true, title: true } } },
        orderBy: [{ articleId: "asc" }, { quoteStart: "asc" }],
      })
    : [];
  const titles = await claimGroupTitles(groups);
  const disputedGroups: ArticleForReader["disputedGroups"] = [];
  for (const group of groups) {
    const members = claims.filter((c) => c.claimGroup === group);
    const otherArticles = members.some((c) => c.articleId !== article.id);
    const answers = new Set(members.map((c) => c.answer.toLowerCase()));
    if (!otherArticles && answers.size < 2) continue;
    disputedGroups.push({
      id: group,
      title: titles.get(group) ?? group,
      claims: members.map((c) =>
        competingClaim({ ...c, articleSlug: c.article.id }, { slug: c.article.id, title: c.article.title }),
      ),
    });
  }

  const boilerplate = parseJsonColumn(z.array(boilerplateRangeSchema), article.boilerplate, "article boilerplate");
  return {
    slug: article.id,
    title: article.title,
    ownerId: article.ownerId,
    author: article.author,
    outlet: article.outlet,
    outletNote: article.outletNote,
    date: article.date,
    dateText: article.dateText,
    dateline: article.dateline,
    sourceUrl: article.sourceUrl,
    licence: article.licence,
    factCount: article.facts.length,
    topics: [...new Set(article.facts.flatMap((f) => parseList(f.topics, "fact topics")))].sort(),
    blocks: articleBlocks(
      article.text,
      boilerplate,
      article.facts.map((f) => ({ factId: f.id, start: f.quoteStart, end: f.quoteEnd })),
      { bodyStart: article.bodyStart },
    ),
    facts: article.facts.map((f) => ({
      id: f.id,
      statement: f.statement,
      attribution: f.attribution,
      claimGroup: f.claimGroup,
    })),
    disputedGroups,
  };
}
