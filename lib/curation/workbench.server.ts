import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { ownedArticles } from "@/lib/articles/access.server";
import type { ArticleDetails } from "@/lib/articles/details";
import { boilerplateRangeSchema, type BoilerplateRange } from "@/lib/articles/boilerplate";
import { auditItems } from "@/lib/grading/audit";
import { answerTypes, type AnswerType } from "@/lib/facts/schema";
import { teacherCorpus } from "@/lib/study/corpus.server";
import { entitiesOf, type TeacherEntity } from "./entities.server";
import { openSuggestions, type OpenSuggestion } from "./suggestions.server";

/** Everything the owner of an article edits beside its text, in one load (the article page's owner view). */
export interface ArticleWorkbench {
  slug: string;
  details: ArticleDetails & { origin: string };
  /** The stored text: the owner's selections are offsets into it. */
  text: string;
  boilerplate: (BoilerplateRange & { preview: string })[];
  classes: { id: string; name: string; students: number; shared: boolean }[];
  facts: OwnFact[];
  suggestions: OpenSuggestion[];
  entities: TeacherEntity[];
}

export interface OwnFact {
  id: string;
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  question: string;
  answer: string;
  statement: string;
  aliases: string[];
  answerType: AnswerType;
  topics: string[];
  attribution: string | null;
  claimGroup: string | null;
  distractors: string[];
  /** What the item audit found in the questions made from it, in the teacher's words. */
  findings: string[];
}

const findingText = {
  distractorIsAnswer:
    "A wrong option of its multiple-choice question would be graded right: add it as a wrong answer to avoid, or give the answer a fuller form.",
  duplicateOptions: "Two options of its multiple-choice question read the same.",
  falseStatementSupported:
    "Its false true/false statement is backed by another fact: students could be marked wrong for a true claim.",
} as const;

export async function articleWorkbench(ownerId: string, slug: string): Promise<ArticleWorkbench | null> {
  const article = await db().article.findFirst({
    where: { id: slug, ...ownedArticles(ownerId) },
    include: {
      facts: { where: { retiredAt: null }, orderBy: { quoteStart: "asc" } },
      shares: { select: { classId: true } },
    },
  });
  if (!article) return null;
  const [classes, suggestions, entities, corpus, groups] = await Promise.all([
    db().class.findMany({
      where: { teacherId: ownerId },
      orderBy: { createdAt: "asc" },
      select: { id: true, name: true, _count: { select: { enrollments: true } } },
    }),
    openSuggestions(ownerId, slug),
    entitiesOf(ownerId),
    teacherCorpus(ownerId),
    db().claimGroup.findMany({ where: { ownerId }, select: { id: true, title: true } }),
  ]);
  const ids = new Set(article.facts.map((f) => f.id));
  const audit = auditItems(
    corpus.items.filter((item) => ids.has(item.factId)),
    [...corpus.facts.values()],
    [],
  );
  const findings = new Map<string, string[]>();
  for (const [kind, itemIds] of Object.entries(audit) as [keyof typeof findingText | "correctPosition", unknown][]) {
    if (kind === "correctPosition") continue;
    for (const itemId of itemIds as string[]) {
      const factId = itemId.split(".")[0]!;
      const list = findings.get(factId) ?? [];
      if (!list.includes(findingText[kind])) findings.set(factId, [...list, findingText[kind]]);
    }
  }
  const groupTitle = new Map(groups.map((g) => [g.id, g.title]));
  const shared = new Set(article.shares.map((s) => s.classId));
  const list = (json: string, column: string) => parseJsonColumn(stringList, json, column);
  return {
    slug,
    details: {
      title: article.title,
      author: article.author,
      outlet: article.outlet,
      date: article.date,
      sourceUrl: article.sourceUrl,
      licence: article.licence,
      origin: article.origin,
    },
    text: article.text,
    boilerplate: parseJsonColumn(z.array(boilerplateRangeSchema), article.boilerplate, "article boilerplate").map(
      (range) => ({ ...range, preview: article.text.slice(range.start, range.end).slice(0, 160) }),
    ),
    classes: classes.map((c) => ({ id: c.id, name: c.name, students: c._count.enrollments, shared: shared.has(c.id) })),
    facts: article.facts.map((f) => ({
      id: f.id,
      quote: f.quote,
      quoteStart: f.quoteStart,
      quoteEnd: f.quoteEnd,
      question: f.question,
      answer: f.answer,
      statement: f.statement,
      aliases: list(f.aliases, "fact aliases"),
      answerType: z.enum(answerTypes).parse(f.answerType),
      topics: list(f.topics, "fact topics"),
      attribution: f.attribution,
      claimGroup: f.claimGroup ? (groupTitle.get(f.claimGroup) ?? null) : null,
      distractors: list(f.distractors, "fact distractors"),
      findings: findings.get(f.id) ?? [],
    })),
    suggestions,
    entities,
  };
}
