import { describe, expect, it } from "vitest";
import { testDb } from "@/tests/setup/db";
import { importCorpus, CorpusError } from "./import.server";
import type { Corpus } from "./corpus";
import { article, claimGroups, entities, goodFacts } from "./test-fixtures";

// This file owns the corpus tables of the test database: importing retires rows not in the corpus.
const db = testDb();
const corpus = (): Corpus => structuredClone({ articles: [article], entities, claimGroups, facts: goodFacts });
const rowCounts = async () => ({
  articles: await db.article.count(),
  entities: await db.entity.count(),
  facts: await db.fact.count(),
});

describe("importCorpus", () => {
  it("is idempotent, updates only what changed, and retires instead of deleting", async () => {
    await importCorpus(db, corpus());
    const afterFirst = await rowCounts();
    const second = await importCorpus(db, corpus());
    expect(await rowCounts()).toEqual(afterFirst);
    expect(second.facts).toEqual({ created: 0, updated: 0, retired: 0, unchanged: 3 });
    expect(second.articles.unchanged).toBe(1);

    const edited = corpus();
    edited.facts[2]!.answer = "nearly 1,000 people";
    edited.facts[2]!.statement = "The United Nations said nearly 1,000 people were injured.";
    const before = await db.fact.findUniqueOrThrow({ where: { id: "injured-prosecutor" } });
    const third = await importCorpus(db, edited);
    expect(third.facts).toEqual({ created: 0, updated: 1, retired: 0, unchanged: 2 });
    expect((await db.fact.findUniqueOrThrow({ where: { id: "injured-un" } })).answer).toBe("nearly 1,000 people");
    expect(await db.fact.findUniqueOrThrow({ where: { id: "injured-prosecutor" } })).toEqual(before);

    const removed = edited;
    removed.facts = removed.facts.filter((f) => f.id !== "tokayev-asked-csto");
    const fourth = await importCorpus(db, removed);
    expect(fourth.facts).toEqual({ created: 0, updated: 0, retired: 1, unchanged: 2 });
    expect(await db.fact.count()).toBe(afterFirst.facts);
    const retired = await db.fact.findUniqueOrThrow({ where: { id: "tokayev-asked-csto" } });
    expect(retired.retiredAt).not.toBeNull();

    const restored = await importCorpus(db, corpus());
    expect(restored.facts).toEqual({ created: 0, updated: 2, retired: 0, unchanged: 1 }); // re-added + answer edited back
    expect((await db.fact.findUniqueOrThrow({ where: { id: "tokayev-asked-csto" } })).retiredAt).toBeNull();
  });

  it("stores where each quote sits in its article", async () => {
    await importCorpus(db, corpus());
    const fact = await db.fact.findUniqueOrThrow({ where: { id: "injured-un" } });
    expect(article.text.slice(fact.quoteStart, fact.quoteEnd)).toBe(fact.quote);
  });

  it("refuses a table with problems and changes nothing", async () => {
    await importCorpus(db, corpus());
    const before = await rowCounts();
    const broken = corpus();
    broken.facts[0]!.quote = "a sentence the article never says";
    await expect(importCorpus(db, broken)).rejects.toBeInstanceOf(CorpusError);
    expect(await rowCounts()).toEqual(before);
  });
});
