import { describe, expect, it } from "vitest";
import { normalizeText } from "@/lib/text/normalize";
import { buildPool, chooseDistractors, madeUpValues, valueKey } from "./distractors";
import { corpus, corpusFacts, entities, makeFact } from "./test-support";
import { parseMonthDay } from "@/lib/text/parse";

const corpusPool = buildPool(corpusFacts, entities);
const entityById = new Map(entities.map((e) => [e.id, e]));
const factById = new Map(corpusFacts.map((f) => [f.id, f]));
const distractorsOf = (id: string, options: { forStatement?: boolean } = {}) =>
  chooseDistractors(factById.get(id)!, corpusPool, 3, options).distractors;

describe("chooseDistractors: the same kind of thing as the answer", () => {
  it("offers people for a person, and for places and organizations the same kind (a city for a city)", () => {
    for (const fact of corpusFacts.filter(
      (f) => ["person", "place", "organization"].includes(f.answerType) && !f.distractors,
    )) {
      const answerEntity = entityById.get(corpusPool.entityOfForm.get(normalizeText(fact.answer))!)!;
      for (const text of chooseDistractors(fact, corpusPool, 3).distractors) {
        const entity = entityById.get(corpusPool.entityOfForm.get(normalizeText(text)) ?? "");
        expect(entity?.type, `${fact.id}: ${text}`).toBe(fact.answerType);
        expect(entity?.kind, `${fact.id}: ${text}`).toBe(answerEntity.kind);
      }
    }
  });

  it("never offers Russia (a country) against Moscow (a city)", () => {
    expect(distractorsOf("a003-talks-in-moscow")).not.toContain("Russia");
    expect(distractorsOf("a003-talks-in-moscow", { forStatement: true })).not.toContain("Russia");
  });

  it("offers calendar dates for a date, never a weekday", () => {
    const dismissal = distractorsOf("a000-government-dismissed");
    expect(dismissal).toHaveLength(3);
    for (const text of dismissal) expect(parseMonthDay(text), text).not.toBeNull();
  });

  it("draws numbers of the same magnitude from the corpus before making any up", () => {
    const killed = makeFact({ answer: "225", answerType: "number" });
    const pool = buildPool(
      [killed, makeFact({ answer: "238", answerType: "number" }), makeFact({ answer: "4,578", answerType: "number" })],
      entities,
    );
    const { distractors } = chooseDistractors(killed, pool, 3);
    expect(distractors).toContain("238");
    expect(distractors).not.toContain("4,578"); // twenty times larger: a giveaway
  });

  it("prefers a candidate from the same article over one from elsewhere", () => {
    const asked = makeFact({ answer: "treason", answerType: "number", article: "mine.txt" });
    const near = makeFact({ answer: "19", answerType: "number", article: "mine.txt" });
    const far = [12, 13, 14, 15, 16, 17].map((n) =>
      makeFact({ answer: String(n), answerType: "number", article: "other.txt" }),
    );
    const fact = { ...asked, answer: "18" };
    const { distractors } = chooseDistractors(fact, buildPool([fact, near, ...far], entities), 3);
    expect(distractors[0]).toBe("19");
  });
});

describe("chooseDistractors: never a right answer in disguise", () => {
  it("never offers another spelling of the answer (Kasim Cömert Tokayev against Kassym-Jomart Tokayev)", () => {
    for (const id of [
      "a001-successor-tokayev",
      "a002-tokayev-ensuring-stability",
      "a000-tokayev-acting-head-of-state",
    ]) {
      const keys = distractorsOf(id).map((text) => valueKey(text, "person", corpusPool.entityOfForm));
      expect(keys).not.toContain("kassym-jomart-tokayev");
      expect(distractorsOf(id).map(normalizeText)).not.toEqual(
        expect.arrayContaining([normalizeText("Kasim Cömert Tokayev")]),
      );
    }
  });

  it("drops a curated distractor that is one of the answer's aliases", () => {
    const fact = makeFact({
      answer: "the West",
      aliases: ["West", "Western countries"],
      answerType: "other",
      distractors: ["western countries", "Belarus", "China alone", "the Taliban"],
    });
    const { distractors } = chooseDistractors(fact, buildPool([fact], entities), 3);
    expect(distractors).toEqual(expect.arrayContaining(["Belarus", "China alone", "the Taliban"]));
    expect(distractors).not.toContain("western countries");
  });

  it("never offers the answer of another fact that asks the very same question", () => {
    const question = "In which city did the leaders meet in December?";
    const moscow = makeFact({ answer: "Moscow", answerType: "place", question });
    const petersburg = makeFact({ answer: "St. Petersburg", answerType: "place", question });
    const pool = buildPool([moscow, petersburg], entities);
    expect(chooseDistractors(moscow, pool, 3).distractors).not.toContain("St. Petersburg");
    expect(chooseDistractors(petersburg, pool, 3).distractors).not.toContain("Moscow");
  });

  it("never offers something the passage or question itself names", () => {
    // The question names Kassym-Jomart Tokayev and Nursultan Nazarbayev: neither can be the wrong answer.
    const options = distractorsOf("a000-ukibay-published-address");
    expect(options).not.toContain("Kassym-Jomart Tokayev");
    expect(options).not.toContain("Nursultan Nazarbayev");
  });

  it("never offers two values that read the same after normalization", () => {
    const fact = makeFact({
      answer: "twofold",
      answerType: "quantity",
      distractors: ["Tenfold", "tenfold", "ten-fold", "threefold", "fivefold"],
    });
    const { distractors } = chooseDistractors(fact, buildPool([fact], entities), 3);
    expect(distractors).toHaveLength(3);
    expect(distractors.filter((d) => /^ten-?fold$/i.test(d))).toHaveLength(1);
    for (const fact of corpusFacts) {
      const keys = chooseDistractors(fact, corpusPool, 3).distractors.map((d) =>
        valueKey(d, fact.answerType, corpusPool.entityOfForm),
      );
      expect(new Set(keys).size, fact.id).toBe(keys.length);
    }
  });
});

describe("chooseDistractors: competing claims", () => {
  it("offers another source's death toll when the question names its source", () => {
    // "According to the Kazakh Prosecutor General's Office, how many people were killed…": 238 tests who said what.
    expect(distractorsOf("a000-prosecutor-killed")).toContain("238");
  });

  it("keeps competing claims out when the question does not name its source", () => {
    const fact = {
      ...factById.get("a000-prosecutor-killed")!,
      question: "How many people were killed in the January 2022 unrest in Kazakhstan?",
    };
    expect(chooseDistractors(fact, corpusPool, 3).distractors).not.toContain("238");
  });

  it("never swaps a competing claim into a true/false statement, since another source does say it", () => {
    expect(distractorsOf("a000-prosecutor-killed", { forStatement: true })).not.toContain("238");
    expect(distractorsOf("a001-kyiv-independent-death-toll", { forStatement: true })).not.toContain("225");
  });

  it("never makes up a number equal to another claim in the group", () => {
    const claimA = makeFact({
      answer: "4,578",
      answerType: "number",
      claimGroup: "injured-count",
      attribution: "Prosecutor",
    });
    const claimB = makeFact({
      answer: "2,289",
      answerType: "number",
      claimGroup: "injured-count",
      attribution: "Someone else",
    });
    // 2,289 is one of the values madeUpValues would propose for 4,578 (× 0.5); it must be skipped.
    expect(madeUpValues(claimA, `${claimA.id}|${claimA.answer}`)).toContain("2,289");
    const { distractors } = chooseDistractors(claimA, buildPool([claimA, claimB], entities), 3, { forStatement: true });
    expect(distractors).toHaveLength(3);
    expect(distractors).not.toContain("2,289");
  });
});

describe("madeUpValues: plausible numbers, years and dates", () => {
  it("keeps the answer's magnitude and format and avoids round giveaways", () => {
    const fact = makeFact({ answer: "4,578", answerType: "number" });
    const values = madeUpValues(fact, "seed");
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const value of values) {
      expect(value).toMatch(/^\d{1,2},\d{3}$/);
      expect(value).not.toMatch(/000$/);
      expect(value).not.toBe("4,578");
    }
  });

  it("steps a round answer one digit finer (nearly 1,000 → nearly 1,300), in the same words", () => {
    const values = madeUpValues(makeFact({ answer: "nearly 1,000", answerType: "quantity" }), "seed");
    expect(values.length).toBeGreaterThanOrEqual(3);
    for (const value of values) {
      expect(value).toMatch(/^nearly (\d00|\d,\d00)$/);
      expect(value).not.toMatch(/,000$/);
    }
    expect(values).not.toContain("nearly 1,000");
  });

  it("offers nearby years, never the answer", () => {
    const values = madeUpValues(makeFact({ answer: "2019", answerType: "year" }), "seed");
    expect(values.sort()).toEqual(["2016", "2017", "2018", "2020", "2021", "2022"]);
  });

  it("offers nearby days in the answer's own date format, with correct ordinals", () => {
    for (const value of madeUpValues(makeFact({ answer: "January 13th", answerType: "date" }), "seed")) {
      const [, day, suffix] = /^January (\d+)(st|nd|rd|th)$/.exec(value)!;
      expect(Number(day)).not.toBe(13);
      const n = Number(day);
      expect(suffix).toBe(
        n % 10 === 1 && n !== 11 ? "st" : n % 10 === 2 && n !== 12 ? "nd" : n % 10 === 3 && n !== 13 ? "rd" : "th",
      );
    }
    for (const value of madeUpValues(makeFact({ answer: "Dec. 19", answerType: "date" }), "seed"))
      expect(value).toMatch(/^Dec\. \d{1,2}$/);
  });
});

describe("chooseDistractors: curated distractors and shortfalls", () => {
  it("uses only the author's distractors for answers of type other", () => {
    const fact = makeFact({ answer: "warm", answerType: "other", distractors: ["tense", "cool", "strained"] });
    const unrelated = makeFact({ answer: "police", answerType: "other" });
    const { distractors } = chooseDistractors(fact, buildPool([fact, unrelated], entities), 3);
    expect([...distractors].sort()).toEqual(["cool", "strained", "tense"]);
  });

  it("reports a shortfall for an answer of type other without curated distractors", () => {
    const fact = makeFact({ answer: "police", answerType: "other" });
    const others = ["warm", "private", "elbasy"].map((answer) => makeFact({ answer, answerType: "other" }));
    const choice = chooseDistractors(fact, buildPool([fact, ...others], entities), 3);
    expect(choice.distractors).toEqual([]);
    expect(choice.shortfall).toMatch(/needs curated distractors/);
  });

  it("reports a shortfall when the corpus has too few of the kind", () => {
    const fact = makeFact({ answer: "Samat Abish", answerType: "person" });
    const pool = buildPool(
      [fact],
      entities.filter((e) => ["samat-abish", "aidos-ukibay", "dmitry-peskov"].includes(e.id)),
    );
    const choice = chooseDistractors(fact, pool, 3);
    expect(choice.distractors).toHaveLength(2);
    expect(choice.shortfall).toBe("only 2 plausible person distractor(s) in the corpus");
  });

  it("every fact of the real corpus gets three distractors", () => {
    const short = corpusFacts.filter((fact) => chooseDistractors(fact, corpusPool, 3).shortfall);
    expect(short.map((f) => f.id)).toEqual([]);
    expect(corpus.facts.length).toBeGreaterThanOrEqual(100);
  });
});
