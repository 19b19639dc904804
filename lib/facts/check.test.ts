import { describe, expect, it } from "vitest";
import { checkCorpus, type Rule } from "./check";
import type { Entity, Fact } from "./schema";
import { article, claimGroups, entities, goodFacts } from "./test-fixtures";

function rulesFor(facts: Fact[], extraEntities: Entity[] = []) {
  return checkCorpus(
    { articles: [article], entities: [...entities, ...extraEntities], claimGroups, facts },
    { enforceCoverage: false },
  ).problems;
}

function expectOnly(rule: Rule, change: (facts: Fact[]) => Fact[], factId?: string) {
  const problems = rulesFor(change(structuredClone(goodFacts)));
  expect(problems.map((p) => p.rule)).toEqual([rule]);
  if (factId) expect(problems[0]!.factId).toBe(factId);
  expect(problems[0]!.message.length).toBeGreaterThan(10);
}

const edit = (index: number, patch: Partial<Fact>) => (facts: Fact[]) =>
  facts.map((f, i) => (i === index ? { ...f, ...patch } : f));

describe("checkCorpus", () => {
  it("passes a clean table", () => {
    expect(rulesFor(goodFacts)).toEqual([]);
  });

  it("fires when a quote is not verbatim (one changed character)", () => {
    expectOnly(
      "not-verbatim",
      edit(1, { quote: "According to the Prosecutor General’s Office, 4,578 people were injured." }),
      "injured-prosecutor",
    );
  });

  it("fires when a quote exists only in boilerplate", () => {
    expectOnly(
      "in-boilerplate",
      edit(0, { quote: "Support Us: Kassym-Jomart Tokayev asked", entities: ["tokayev"] }),
      "tokayev-asked-csto",
    );
  });

  it("fires when a quote exists only in the headline", () => {
    expectOnly(
      "in-boilerplate",
      edit(0, { quote: "Headline: Tokayev thanks", entities: ["tokayev"] }),
      "tokayev-asked-csto",
    );
  });

  it("accepts a quote that also appears in boilerplate when the body has it too", () => {
    expect(
      rulesFor(edit(0, { quote: "Kassym-Jomart Tokayev asked", entities: ["tokayev"] })(structuredClone(goodFacts))),
    ).toEqual([]);
  });

  it("fires when a curated distractor is the answer in another form", () => {
    expectOnly("distractor-is-answer", edit(1, { distractors: ["4 578", "3,210", "5,120"] }), "injured-prosecutor");
  });

  it("fires when an id repeats", () => {
    expectOnly("duplicate-id", (facts) => [
      ...facts,
      { ...facts[1]!, quote: "4,578 people were injured", claimGroup: undefined, attribution: undefined },
    ]);
  });

  it("fires when the statement lacks the answer", () => {
    expectOnly(
      "answer-not-in-statement",
      edit(1, { statement: "Thousands of people were injured, prosecutors said." }),
      "injured-prosecutor",
    );
  });

  it("fires when a number is not written as the source writes it", () => {
    expectOnly(
      "number-not-in-quote",
      edit(1, { answer: "4578", statement: "According to the Prosecutor General's Office, 4578 people were injured." }),
      "injured-prosecutor",
    );
  });

  it("fires when an alias is another fact's answer", () => {
    expectOnly("alias-is-another-answer", edit(2, { aliases: ["4,578"] }), "injured-un");
  });

  it("does not fire when alias and answer name the same entity", () => {
    const sameEntity: Fact = {
      ...goodFacts[0]!,
      id: "csto-short",
      answer: "CSTO",
      aliases: [],
      statement: "Tokayev asked the CSTO for help.",
    };
    expect(rulesFor([...structuredClone(goodFacts), sameEntity])).toEqual([]);
  });

  it("fires when a claimGroup fact has no attribution", () => {
    expectOnly("claim-group-unattributed", edit(2, { attribution: undefined }), "injured-un");
  });

  it("fires when a claimGroup has a single fact", () => {
    const problems = rulesFor(edit(2, { claimGroup: "injured-un-only" })(structuredClone(goodFacts)));
    expect(problems.map((p) => [p.rule, p.factId])).toEqual([
      ["claim-group-single", "injured-prosecutor"],
      ["claim-group-single", "injured-un"],
    ]);
  });

  it("fires when a claimGroup is not in the claim-group table", () => {
    const problems = rulesFor(edit(1, { claimGroup: "made-up" })(structuredClone(goodFacts)));
    expect(problems.map((p) => p.rule)).toContain("unknown-claim-group");
    expect(problems.find((p) => p.rule === "unknown-claim-group")?.factId).toBe("injured-prosecutor");
  });

  it("fires when an answer's spelling is not in the entity table", () => {
    expectOnly("unknown-spelling", edit(0, { aliases: ["KGAÖ"] }), "tokayev-asked-csto");
  });

  it("accepts the spelling once the entity table knows it", () => {
    const withKgao = entities.map((e) => (e.id === "csto" ? { ...e, spellings: [...e.spellings, "KGAÖ"] } : e));
    const facts = edit(0, { aliases: ["KGAO"] })(structuredClone(goodFacts));
    expect(
      checkCorpus({ articles: [article], entities: withKgao, claimGroups, facts }, { enforceCoverage: false }).problems,
    ).toEqual([]);
  });

  it("fires when a fact names an unknown entity id, or one its text never mentions", () => {
    expectOnly("unknown-entity", edit(0, { entities: ["tokayev", "csto", "nobody"] }), "tokayev-asked-csto");
    expectOnly("entity-not-mentioned", edit(1, { entities: ["tokayev"] }), "injured-prosecutor");
  });

  it("fires when an article is unknown", () => {
    expectOnly("unknown-article", edit(0, { article: "missing.txt" }), "tokayev-asked-csto");
  });

  it("requires coverage: 100 facts and 12 per article", () => {
    const { problems, stats } = checkCorpus({ articles: [article], entities, claimGroups, facts: goodFacts });
    expect(problems.map((p) => p.rule)).toEqual(["coverage", "coverage"]);
    expect(stats.byArticle).toEqual({ "fixture.txt": 3 });
    expect(stats.byTopic).toEqual({ csto: 1, casualties: 2 });
  });
});
