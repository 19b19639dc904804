import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { studentScope, teacherScope, type CorpusScope, type ScopePart } from "@/lib/articles/scope.server";
import { libraryPart, partVersions, type PartKey } from "@/lib/articles/versions.server";
import { citationOf, type CitableArticle, type Citation } from "@/lib/facts/citation";
import { answerTypes, boilerplateRangeSchema, entityKinds, entityTypes, type Entity } from "@/lib/facts/schema";
import { gradingContext, type GradingContext } from "@/lib/grading/grade";
import { buildPool } from "@/lib/quiz/distractors";
import { generateItems } from "@/lib/quiz/generate";
import type { QuizItem } from "@/lib/quiz/items";
import type { LocatedFact } from "@/lib/facts/located";

export interface StudyFact extends LocatedFact {
  articleSlug: string;
  articleTitle: string;
  /** The teacher who made it; null for the library. */
  ownerId: string | null;
  /** Versions of one fact share it (decision 0013); a library fact's is its own id. */
  lineageId: string;
}

export interface StudyCorpus {
  items: QuizItem[];
  facts: Map<string, StudyFact>;
  context: GradingContext;
  /** The citation shown with a fact's answers; null for a fact not in this scope. */
  citation(factId: string): Citation | null;
  /** The current version of a fact's lineage in this scope, if any. */
  currentOfLineage(lineageId: string): string | null;
}

/** One part's corpus (the library, or one teacher's articles), cached by its version row. */
interface PartCorpus {
  facts: StudyFact[];
  entities: Entity[];
  items: QuizItem[];
  articles: Map<string, CitableArticle>;
  citation(factId: string): Citation | null;
}

const parseList = (json: string, column: string) => parseJsonColumn(stringList, json, column);

/**
 * Parts are cached per process on globalThis (the start-up warm-up fills the same cache) and
 * rebuilt when their version row moved; a teacher's part also depends on the library's version,
 * its distractor pool. Concurrent callers share one load: right after a restart, forty first
 * answers build each part once. Scopes (a student's shared articles) are cheap views of parts,
 * kept in a small map so a class of students asking at once shares one.
 */
interface CachedPart {
  stamp: string;
  corpus: Promise<PartCorpus>;
}
interface CorpusCache {
  parts: Map<PartKey, CachedPart>;
  scopes: Map<string, { corpus: StudyCorpus; parts: PartCorpus[] }>;
}
const cache: CorpusCache = ((globalThis as { sourceboundStudyCorpus?: CorpusCache }).sourceboundStudyCorpus ??= {
  parts: new Map(),
  scopes: new Map(),
});
const MAX_CACHED_SCOPES = 200;

/**
 * The corpus of a scope. `known`: the parts' versions when the caller's own query read them (the
 * answer path reads them with the question), saving a round trip.
 */
export async function studyCorpus(scope: CorpusScope, known?: ReadonlyMap<PartKey, number>): Promise<StudyCorpus> {
  const keys = [...new Set<PartKey>([libraryPart, ...scope.parts.map((p) => p.key)])];
  const versions = known && keys.every((key) => known.has(key)) ? known : await partVersions(db(), keys);
  const libraryStamp = `${versions.get(libraryPart)}`;
  const stampOf = (key: PartKey) => (key === libraryPart ? libraryStamp : `${versions.get(key)}/${libraryStamp}`);
  const library = partCorpus(libraryPart, libraryStamp, null);
  const parts = await Promise.all(
    scope.parts.map((part) =>
      part.key === libraryPart ? library : partCorpus(part.key, stampOf(part.key), part.ownerId, library),
    ),
  );
  const scopeKey = scope.parts
    .map((part) => `${part.key}@${stampOf(part.key)}:${part.articleIds === "all" ? "*" : part.articleIds.join(",")}`)
    .join("|");
  const cached = cache.scopes.get(scopeKey);
  if (cached && cached.parts.every((p, i) => p === parts[i])) return cached.corpus;
  const corpus = composeScope(scope.parts, parts);
  if (cache.scopes.size >= MAX_CACHED_SCOPES) cache.scopes.delete(cache.scopes.keys().next().value!);
  cache.scopes.set(scopeKey, { corpus, parts });
  return corpus;
}

function partCorpus(
  key: PartKey,
  stamp: string,
  ownerId: string | null,
  library?: Promise<PartCorpus>,
): Promise<PartCorpus> {
  const cached = cache.parts.get(key);
  if (cached?.stamp === stamp) return cached.corpus;
  const corpus = loadPart(ownerId, library);
  cache.parts.set(key, { stamp, corpus });
  // A failed load is not kept: the next request tries again.
  corpus.catch(() => cache.parts.get(key)?.corpus === corpus && cache.parts.delete(key));
  return corpus;
}

async function loadPart(ownerId: string | null, library?: Promise<PartCorpus>): Promise<PartCorpus> {
  const [factRows, entityRows] = await Promise.all([
    db().fact.findMany({
      where: { retiredAt: null, article: { retiredAt: null, ownerId } },
      include: {
        article: {
          select: { id: true, file: true, title: true, outlet: true, text: true, bodyStart: true, boilerplate: true },
        },
      },
    }),
    db().entity.findMany({ where: { retiredAt: null, ownerId } }),
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
    article: f.article.file ?? f.article.id,
    articleSlug: f.article.id,
    articleTitle: f.article.title,
    ownerId: f.ownerId,
    lineageId: f.lineageId ?? f.id,
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
  const articles = new Map<string, CitableArticle>(
    factRows.map((f) => [
      f.article.id,
      {
        slug: f.article.id,
        title: f.article.title,
        outlet: f.article.outlet,
        text: f.article.text,
        layout: layoutOf(f.article),
      },
    ]),
  );
  // The library's items come from the library alone, so their ids and options are the same in
  // every scope; a teacher's draw their distractors from the library and the teacher's facts.
  const base = library ? await library : null;
  const pool = base ? buildPool([...base.facts, ...facts], [...base.entities, ...entities]) : undefined;
  const items = generateItems(facts, base ? [...base.entities, ...entities] : entities, pool).items;
  return { facts, entities, items, articles, citation: citations(facts, articles) };
}

/** Citations within one part: competing claims are the part's facts of the same claim group. */
function citations(facts: StudyFact[], articles: Map<string, CitableArticle>) {
  const byId = new Map(facts.map((f) => [f.id, f]));
  const made = new Map<string, Citation>();
  const cite = (fact: StudyFact) => ({ fact, article: articles.get(fact.articleSlug)! });
  return (factId: string): Citation | null => {
    const fact = byId.get(factId);
    if (!fact) return null;
    let citation = made.get(factId);
    if (!citation) {
      const group = fact.claimGroup ? facts.filter((f) => f.claimGroup === fact.claimGroup).map(cite) : [];
      citation = citationOf(fact, articles.get(fact.articleSlug)!, group);
      made.set(factId, citation);
    }
    return citation;
  };
}

/** A scope's corpus: its parts, each narrowed to the articles the user sees. */
function composeScope(scopeParts: readonly ScopePart[], parts: PartCorpus[]): StudyCorpus {
  const facts = new Map<string, StudyFact>();
  const items: QuizItem[] = [];
  const entities: Entity[] = [];
  const partOfFact = new Map<string, PartCorpus>();
  scopeParts.forEach((scopePart, index) => {
    const part = parts[index]!;
    const visible = scopePart.articleIds === "all" ? null : new Set(scopePart.articleIds);
    const sees = (fact: StudyFact) => !visible || visible.has(fact.articleSlug);
    for (const fact of part.facts)
      if (sees(fact)) {
        facts.set(fact.id, fact);
        partOfFact.set(fact.id, part);
      }
    for (const item of part.items) if (facts.has(item.factId) && partOfFact.get(item.factId) === part) items.push(item);
    entities.push(...part.entities);
  });
  const lineage = new Map([...facts.values()].map((f) => [f.lineageId, f.id]));
  return {
    items,
    facts,
    context: gradingContext(entities, [...facts.values()]),
    citation: (factId) => partOfFact.get(factId)?.citation(factId) ?? null,
    currentOfLineage: (lineageId) => lineage.get(lineageId) ?? null,
  };
}

/** Finds the citation of a fact, current or not. */
export type Cite = (factId: string) => Citation | null;

/**
 * Citations for the facts a session or an answer names, including facts no longer in the scope
 * (an earlier version, a removed fact, an article no longer shared): their rows are never
 * deleted, so a student's results keep the passage they were graded on. Only the ids given are
 * read, and callers give the ids of the student's own questions.
 */
export async function citationsFor(corpus: StudyCorpus, factIds: readonly string[]): Promise<Cite> {
  const missing = [...new Set(factIds)].filter((id) => !corpus.facts.has(id));
  const rows = missing.length
    ? await db().fact.findMany({
        where: { id: { in: missing } },
        include: {
          article: {
            select: { id: true, title: true, outlet: true, text: true, bodyStart: true, boilerplate: true },
          },
        },
      })
    : [];
  const stored = new Map(
    rows.map((f) => [
      f.id,
      citationOf(
        { ...f, articleSlug: f.article.id },
        {
          slug: f.article.id,
          title: f.article.title,
          outlet: f.article.outlet,
          text: f.article.text,
          layout: layoutOf(f.article),
        },
        [],
      ),
    ]),
  );
  return (factId) => corpus.citation(factId) ?? stored.get(factId) ?? null;
}

const layoutOf = (article: { bodyStart: number; boilerplate: string }) => ({
  bodyStart: article.bodyStart,
  boilerplate: parseJsonColumn(z.array(boilerplateRangeSchema), article.boilerplate, "article boilerplate"),
});

/** What a student studies: the library and the articles shared with their classes. */
export async function studentCorpus(studentId: string): Promise<StudyCorpus> {
  return studyCorpus(await studentScope(studentId));
}

/** What a teacher builds decks from and grades against: the library and their own articles. */
export function teacherCorpus(teacherId: string): Promise<StudyCorpus> {
  return studyCorpus(teacherScope(teacherId));
}
