import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { answerTypes, entityKinds, entityTypes, type Entity } from "@/lib/facts/schema";
import { gradingContext, type GradingContext } from "@/lib/grading/grade";
import { generateItems, type LocatedFact } from "@/lib/quiz/generate";
import type { QuizItem } from "@/lib/quiz/items";

export interface StudyFact extends LocatedFact {
  articleSlug: string;
  articleTitle: string;
}

export interface StudyCorpus {
  items: QuizItem[];
  facts: Map<string, StudyFact>;
  context: GradingContext;
}

const list = z.array(z.string());
const parseList = (json: string) => list.parse(JSON.parse(json));

/**
 * The current facts as quiz items, with the grading context. Generated once per corpus version
 * (the import is the only writer, so a count and the latest update identify a version).
 */
let cached: { version: string; corpus: StudyCorpus } | undefined;

export async function studyCorpus(): Promise<StudyCorpus> {
  const [facts, entities] = await Promise.all([
    db().fact.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db().entity.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  const version = [facts._count._all, facts._max.updatedAt?.getTime(), entities._count._all, entities._max.updatedAt?.getTime()].join(":");
  if (cached?.version !== version) cached = { version, corpus: await loadStudyCorpus() };
  return cached.corpus;
}

async function loadStudyCorpus(): Promise<StudyCorpus> {
  const [factRows, entityRows] = await Promise.all([
    db().fact.findMany({ where: { retiredAt: null, article: { retiredAt: null } }, include: { article: { select: { id: true, file: true, title: true } } } }),
    db().entity.findMany({ where: { retiredAt: null } }),
  ]);
  const entities: Entity[] = entityRows.map((e) => ({
    id: e.id,
    canonical: e.canonical,
    type: z.enum(entityTypes).parse(e.type),
    kind: e.kind ? z.enum(entityKinds).parse(e.kind) : undefined,
    spellings: parseList(e.spellings),
    shortForms: parseList(e.shortForms),
  }));
  const facts: StudyFact[] = factRows.map((f) => ({
    id: f.id,
    article: f.article.file,
    articleSlug: f.article.id,
    articleTitle: f.article.title,
    quote: f.quote,
    quoteStart: f.quoteStart,
    quoteEnd: f.quoteEnd,
    statement: f.statement,
    question: f.question,
    answer: f.answer,
    aliases: parseList(f.aliases),
    answerType: z.enum(answerTypes).parse(f.answerType),
    topics: parseList(f.topics),
    attribution: f.attribution ?? undefined,
    claimGroup: f.claimGroup ?? undefined,
    distractors: parseList(f.distractors),
    entities: parseList(f.entities),
  }));
  return {
    items: generateItems(facts, entities).items,
    facts: new Map(facts.map((f) => [f.id, f])),
    context: gradingContext(entities, facts),
  };
}
