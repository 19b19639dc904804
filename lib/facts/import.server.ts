/**
 * Loads the built-in library into the database, idempotently: unchanged rows are not touched,
 * changed rows are updated, and rows that left the seed files are retired (never deleted), so the
 * attempts and reviews that point to them keep their history. Teachers' rows (ownerId set) are
 * never read or touched here; a change bumps the library's version row (decision 0013).
 */
import { createHash } from "node:crypto";
import type { Db } from "@/lib/db/client.server";
import { isUniqueViolation } from "@/lib/db/errors";
import { bumpPart, libraryPart } from "@/lib/articles/versions.server";
import { checkCorpus, type Problem } from "./check";
import { locateQuote, titleRange, type Corpus } from "./corpus";

export interface SyncCounts {
  created: number;
  updated: number;
  retired: number;
  unchanged: number;
}
export type ImportSummary = Record<"articles" | "entities" | "claimGroups" | "facts", SyncCounts>;

export class CorpusError extends Error {
  constructor(readonly problems: Problem[]) {
    super(
      `The fact table has ${problems.length} problem(s); run \`npm run facts:check\` for details:\n` +
        problems
          .slice(0, 10)
          .map((p) => `  - ${p.factId ? `[${p.factId}] ` : ""}${p.message}`)
          .join("\n"),
    );
    this.name = "CorpusError";
  }
}

type Row = { id: string } & Record<string, string | number | null>;

interface Table {
  existing(): Promise<{ id: string; contentHash: string; retiredAt: Date | null }[]>;
  create(row: Row & { contentHash: string }): Promise<unknown>;
  update(row: Row & { contentHash: string }): Promise<unknown>;
  retire(ids: string[], at: Date): Promise<unknown>;
}

/** The slice of a Prisma model delegate that sync() uses; Article, Entity and Fact all fit it. */
interface Delegate {
  findMany(args: {
    where: { ownerId: null };
    select: { id: true; contentHash: true; retiredAt: true };
  }): Promise<{ id: string; contentHash: string; retiredAt: Date | null }[]>;
  create(args: { data: Row }): Promise<unknown>;
  update(args: { where: { id: string }; data: Omit<Row, "id"> & { retiredAt: null } }): Promise<unknown>;
  updateMany(args: { where: { id: { in: string[] } }; data: { retiredAt: Date } }): Promise<unknown>;
}

function tableOf(delegate: unknown): Table {
  const model = delegate as Delegate;
  const update = ({ id, ...data }: Row) => model.update({ where: { id }, data: { ...data, retiredAt: null } });
  return {
    existing: () =>
      model.findMany({ where: { ownerId: null }, select: { id: true, contentHash: true, retiredAt: true } }),
    // Another instance starting at the same moment may have created the row first: then it is an update.
    create: (data) =>
      model
        .create({ data })
        .catch((error: unknown) => (isUniqueViolation(error) ? update(data) : Promise.reject(error))),
    update,
    retire: (ids, at) => model.updateMany({ where: { id: { in: ids } }, data: { retiredAt: at } }),
  };
}

const hashOf = (row: Row) => createHash("sha256").update(JSON.stringify(row)).digest("hex");

async function sync(table: Table, rows: Row[], now: Date): Promise<SyncCounts> {
  const counts: SyncCounts = { created: 0, updated: 0, retired: 0, unchanged: 0 };
  const existing = new Map((await table.existing()).map((r) => [r.id, r]));
  for (const row of rows) {
    const contentHash = hashOf(row);
    const current = existing.get(row.id);
    if (!current) {
      await table.create({ ...row, contentHash });
      counts.created++;
    } else if (current.contentHash !== contentHash || current.retiredAt) {
      await table.update({ ...row, contentHash });
      counts.updated++;
    } else {
      counts.unchanged++;
    }
  }
  const wanted = new Set(rows.map((r) => r.id));
  const leaving = [...existing.values()].filter((r) => !wanted.has(r.id) && !r.retiredAt).map((r) => r.id);
  if (leaving.length) await table.retire(leaving, now);
  counts.retired = leaving.length;
  return counts;
}

export async function importCorpus(db: Db, corpus: Corpus, now = new Date()): Promise<ImportSummary> {
  const { problems } = checkCorpus(corpus, { enforceCoverage: false });
  if (problems.length) throw new CorpusError(problems);

  const slugByFile = new Map(corpus.articles.map((a) => [a.file, a.slug]));
  const articleByFile = new Map(corpus.articles.map((a) => [a.file, a]));
  const json = (value: unknown) => JSON.stringify(value);

  const articles = await sync(
    tableOf(db.article),
    corpus.articles.map((a) => ({
      id: a.slug,
      file: a.file,
      title: a.title,
      outlet: a.outlet,
      outletNote: a.outletNote ?? null,
      date: a.date,
      dateText: a.dateText,
      dateline: a.dateline,
      text: a.text,
      bodyStart: titleRange(a.text).end + 1,
      boilerplate: json(a.boilerplate),
    })),
    now,
  );

  const entities = await sync(
    tableOf(db.entity),
    corpus.entities.map((e) => ({
      id: e.id,
      canonical: e.canonical,
      type: e.type,
      kind: e.kind ?? null,
      spellings: json(e.spellings),
      shortForms: json(e.shortForms),
    })),
    now,
  );

  const claimGroups = await sync(
    tableOf(db.claimGroup),
    corpus.claimGroups.map((g) => ({ id: g.id, title: g.title })),
    now,
  );

  const facts = await sync(
    tableOf(db.fact),
    corpus.facts.map((f) => {
      // The checker above guarantees every quote has a citable range.
      const range = locateQuote(articleByFile.get(f.article)!, f.quote).range!;
      return {
        id: f.id,
        articleId: slugByFile.get(f.article)!,
        quote: f.quote,
        quoteStart: range.start,
        quoteEnd: range.end,
        statement: f.statement,
        question: f.question,
        answer: f.answer,
        aliases: json(f.aliases),
        answerType: f.answerType,
        topics: json(f.topics),
        attribution: f.attribution ?? null,
        claimGroup: f.claimGroup ?? null,
        distractors: json(f.distractors ?? []),
        entities: json(f.entities),
      };
    }),
    now,
  );

  const summary = { articles, entities, claimGroups, facts };
  if (Object.values(summary).some((c) => c.created + c.updated + c.retired > 0)) await bumpPart(db, libraryPart);
  return summary;
}

/** "5 articles, 44 entities, 2 claim groups, 118 facts (3 updated, 1 retired)". */
export function describeImport(summary: ImportSummary): string {
  const current = (c: SyncCounts) => c.created + c.updated + c.unchanged;
  const changes = Object.values(summary).reduce(
    (total, c) => ({
      created: total.created + c.created,
      updated: total.updated + c.updated,
      retired: total.retired + c.retired,
    }),
    { created: 0, updated: 0, retired: 0 },
  );
  const changed = Object.entries(changes)
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${n} ${kind}`);
  return (
    `${current(summary.articles)} articles, ${current(summary.entities)} entities, ${current(summary.claimGroups)} claim groups, ${current(summary.facts)} facts` +
    ` (${changed.length ? changed.join(", ") : "no changes"})`
  );
}
