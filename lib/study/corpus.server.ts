import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { citationOf, type Citation } from "@/lib/facts/citation";
import { answerTypes, entityKinds, entityTypes, type Entity } from "@/lib/facts/schema";
import { gradingContext, type GradingContext } from "@/lib/grading/grade";
import { generateItems } from "@/lib/quiz/generate";
import type { QuizItem } from "@/lib/quiz/items";
import type { LocatedFact } from "@/lib/facts/located";

export interface StudyFact extends LocatedFact {
  articleSlug: string;
  articleTitle: string;
}

export interface StudyCorpus {
  items: QuizItem[];
  facts: Map<string, StudyFact>;
  context: GradingContext;
  /** The citation shown with a fact's answers; null for a fact no longer in the corpus. */
  citation(factId: string): Citation | null;
}

const parseList = (json: string, column: string) => parseJsonColumn(stringList, json, column);

/**
 * The current facts as quiz items, with the grading context and citations, built once per corpus
 * version. The import is the only writer (at start-up), so a count and the latest update identify
 * a version; it is re-read at most every few seconds, keeping the answer path free of it.
 * Concurrent callers share one load (right after a restart, forty first answers build it once),
 * and the cache lives on globalThis so the start-up warm-up (instrumentation.ts) fills the same one.
 */
const RECHECK_MS = 5_000;

interface CorpusCache {
  current?: { version: string; checkedAt: number; corpus: StudyCorpus };
  loading?: Promise<StudyCorpus>;
}
const cache = ((globalThis as { sourceboundStudyCorpus?: CorpusCache }).sourceboundStudyCorpus ??= {});

export async function studyCorpus(): Promise<StudyCorpus> {
  const current = cache.current;
  if (current && Date.now() - current.checkedAt < RECHECK_MS) return current.corpus;
  cache.loading ??= refreshCorpus().finally(() => (cache.loading = undefined));
  return cache.loading;
}

async function refreshCorpus(): Promise<StudyCorpus> {
  const [facts, entities] = await Promise.all([
    db().fact.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
    db().entity.aggregate({ _count: { _all: true }, _max: { updatedAt: true } }),
  ]);
  const version = [
    facts._count._all,
    facts._max.updatedAt?.getTime(),
    entities._count._all,
    entities._max.updatedAt?.getTime(),
  ].join(":");
  if (cache.current?.version === version) {
    cache.current.checkedAt = Date.now();
    return cache.current.corpus;
  }
  const corpus = await loadStudyCorpus();
  cache.current = { version, checkedAt: Date.now(), corpus };
  return corpus;
}

async function loadStudyCorpus(): Promise<StudyCorpus> {
  const [factRows, entityRows] = await Promise.all([
    db().fact.findMany({
      where: { retiredAt: null, article: { retiredAt: null } },
      include: { article: { select: { id: true, file: true, title: true, outlet: true, text: true } } },
    }),
    db().entity.findMany({ where: { retiredAt: null } }),
  ]);
  const entities: Entity[] = entityRows.map((e) => ({
    id: e.id,
    canonical: e.canonical,
    type: z.enum(entityTypes).parse(e.type),
    kind: e.kind ? z.enum(entityKinds).parse(e.kind) : undefined,
    spellings: parseList(e.spellings, "entity spellings"),
    shortForms: parseList(e.shortForms, "entity shortForms"),
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
    aliases: parseList(f.aliases, "fact aliases"),
    answerType: z.enum(answerTypes).parse(f.answerType),
    topics: parseList(f.topics, "fact topics"),
    attribution: f.attribution ?? undefined,
    claimGroup: f.claimGroup ?? undefined,
    distractors: parseList(f.distractors, "fact distractors"),
    entities: parseList(f.entities, "fact entities"),
  }));
  const articles = new Map(
    factRows.map((f) => [
      f.article.id,
      { slug: f.article.id, title: f.article.title, outlet: f.article.outlet, text: f.article.text },
    ]),
  );
  const cite = (fact: StudyFact) => ({ fact, article: articles.get(fact.articleSlug)! });
  const citations = new Map<string, Citation>();
  const factById = new Map(facts.map((f) => [f.id, f]));
  return {
    items: generateItems(facts, entities).items,
    facts: factById,
    context: gradingContext(entities, facts),
    citation(factId) {
      const fact = factById.get(factId);
      if (!fact) return null;
      let citation = citations.get(factId);
      if (!citation) {
        const group = fact.claimGroup ? facts.filter((f) => f.claimGroup === fact.claimGroup).map(cite) : [];
        citation = citationOf(fact, articles.get(fact.articleSlug)!, group);
        citations.set(factId, citation);
      }
      return citation;
    },
  };
}
