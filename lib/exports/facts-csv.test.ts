import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { loadCorpus } from "@/lib/facts/load.server";
import { factCsvColumns } from "./fact-columns";
import { factsCsv } from "./facts-csv";
import { LIST_SEPARATOR } from "./flat";

describe("fact table CSV", () => {
  it("gives back every library fact's quote, question, answer, spellings, topics and claim", () => {
    const facts = loadCorpus().facts;
    const rows = parse(factsCsv(facts), { bom: true, columns: true }) as Record<
      (typeof factCsvColumns)[number],
      string
    >[];
    expect(Object.keys(rows[0]!)).toEqual([...factCsvColumns]);
    expect(rows).toHaveLength(facts.length);
    const split = (cell: string) => (cell ? cell.split(LIST_SEPARATOR) : []);
    for (const [i, fact] of facts.entries()) {
      const row = rows[i]!;
      expect(row["fact id"]).toBe(fact.id);
      expect(row.quote).toBe(fact.quote);
      expect(row.question).toBe(fact.question);
      expect(row.answer).toBe(fact.answer);
      expect(split(row["other accepted answers"])).toEqual(fact.aliases);
      expect(split(row.topics)).toEqual(fact.topics);
      expect(row["claim by"]).toBe(fact.attribution ?? "");
      expect(split(row["wrong answers"])).toEqual(fact.distractors ?? []);
    }
  });
});
