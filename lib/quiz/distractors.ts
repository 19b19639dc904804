/**
 * Finds wrong-but-plausible answers for a fact: the same kind of thing as the answer, drawn from
 * the corpus first (same article or topic preferred), never another spelling of the answer,
 * never something the passage itself says is also involved, and competing claims only when the
 * question names its source. Numbers, years and dates are made up when the corpus has too few.
 */
import { createHash } from "node:crypto";
import { normalizeMentions, normalizeText } from "@/lib/text/normalize";
import type { AnswerType, Entity, Fact } from "@/lib/facts/schema";
import { numbersIn, parseMonthDay } from "@/lib/text/parse";

export interface Candidate {
  text: string;
  /** Identity after normalization: an entity id or the normalized text. */
  key: string;
  article?: string;
  topics: readonly string[];
  claimGroup?: string;
  /** For entities: country, city, media, … — a distractor shares the answer's kind. */
  kind?: string;
  /** Written by the fact's author: trusted to be plausible, still checked against the answer. */
  curated?: boolean;
}

export interface DistractorPool {
  byType: Map<AnswerType, Candidate[]>;
  /** The same candidates indexed by "type|article", "type|topic" and "type|claimGroup", to prefer close ones cheaply. */
  byGroup: Map<string, Candidate[]>;
  entityOfForm: Map<string, string>;
  formsOfEntity: Map<string, string[]>;
  kindOfEntity: Map<string, string>;
  /** Normalized question → the answer keys of the facts that ask it. */
  answersByQuestion: Map<string, Set<string>>;
}

const entityTypes = new Set<AnswerType>(["person", "organization", "place"]);
/** Answers of these types are not one kind of thing ("warm", "the West"): only curated distractors fit. */
const curatedOnlyTypes = new Set<AnswerType>(["other", "event"]);
const numericTypes = new Set<AnswerType>(["number", "quantity"]);

/** A number that sorts candidates deterministically for one item. */
export function seededRank(seed: string, value: string): number {
  return createHash("sha256").update(seed).update("\0").update(value).digest().readUInt32BE(0);
}

export function valueKey(text: string, type: AnswerType, entityOfForm: Map<string, string>): string {
  const normalized = normalizeText(text);
  if (entityTypes.has(type)) return entityOfForm.get(normalized) ?? normalized;
  if (numericTypes.has(type) || type === "year") {
    const numbers = numbersIn(text);
    if (numbers.length) return `#${numbers.join(",")}`;
  }
  if (type === "date") {
    const date = parseMonthDay(text);
    if (date) return `@${date.month}-${date.day}`;
  }
  // "ten-fold" and "tenfold" are one option to a reader.
  return normalized.replaceAll(" ", "");
}

export function buildPool(unorderedFacts: readonly Fact[], unorderedEntities: readonly Entity[]): DistractorPool {
  // Sorted, so the same facts give the same options whatever order the files list them in.
  const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const facts = [...unorderedFacts].sort(byId);
  const entities = [...unorderedEntities].sort(byId);
  const entityOfForm = new Map<string, string>();
  const formsOfEntity = new Map<string, string[]>();
  const kindOfEntity = new Map<string, string>();
  for (const e of entities) {
    if (e.kind) kindOfEntity.set(e.id, e.kind);
    const forms = [
      ...new Set([e.canonical, ...e.spellings, ...e.shortForms].map(normalizeText).filter((f) => f.length > 1)),
    ];
    formsOfEntity.set(e.id, forms);
    for (const f of forms) entityOfForm.set(f, e.id);
  }
  const byType = new Map<AnswerType, Candidate[]>();
  const add = (type: AnswerType, candidate: Candidate) => {
    const list = byType.get(type) ?? [];
    if (!list.some((c) => c.key === candidate.key)) list.push(candidate);
    byType.set(type, list);
  };
  for (const e of entities) {
    const topics = facts.filter((f) => f.entities.includes(e.id)).flatMap((f) => f.topics);
    add(e.type, { text: e.canonical, key: e.id, topics: [...new Set(topics)], kind: e.kind });
  }
  const answersByQuestion = new Map<string, Set<string>>();
  for (const f of facts) {
    const key = valueKey(f.answer, f.answerType, entityOfForm);
    if (!entityTypes.has(f.answerType))
      add(f.answerType, { text: f.answer, key, article: f.article, topics: f.topics, claimGroup: f.claimGroup });
    const q = normalizeText(f.question);
    answersByQuestion.set(q, new Set([...(answersByQuestion.get(q) ?? []), key]));
  }
  const byGroup = new Map<string, Candidate[]>();
  for (const [type, list] of byType) {
    for (const c of list) {
      const keys = [
        c.article && `${type}|a|${c.article}`,
        ...c.topics.map((t) => `${type}|t|${t}`),
        c.claimGroup && `${type}|c|${c.claimGroup}`,
      ];
      for (const key of keys) if (key) byGroup.set(key, [...(byGroup.get(key) ?? []), c]);
    }
  }
  return { byType, byGroup, entityOfForm, formsOfEntity, kindOfEntity, answersByQuestion };
}

/** True when the question says whose claim it asks about ("According to the United Nations, …"). */
export function questionNamesSource(fact: Fact): boolean {
  return !!fact.attribution && normalizeText(fact.question).includes(normalizeText(fact.attribution));
}

export interface DistractorChoice {
  distractors: string[];
  /** Why fewer than wanted were found. */
  shortfall?: string;
}

/**
 * Up to `count` distractors for the fact. `forStatement` is for true/false: competing claims are
 * never swapped into a statement, since another source does say them.
 */
export function chooseDistractors(
  fact: Fact,
  pool: DistractorPool,
  count: number,
  { forStatement = false } = {},
): DistractorChoice {
  const answerKey = valueKey(fact.answer, fact.answerType, pool.entityOfForm);
  const excluded = new Set([answerKey, ...fact.aliases.map((a) => valueKey(a, fact.answerType, pool.entityOfForm))]);
  // Whatever else answers the very same question would make two options right.
  for (const key of pool.answersByQuestion.get(normalizeText(fact.question)) ?? []) excluded.add(key);
  const context = ` ${normalizeMentions(fact.quote)} ${normalizeMentions(fact.question)} ${normalizeMentions(fact.statement)} `;
  const competitorsAllowed = !forStatement && questionNamesSource(fact);
  const seed = `${fact.id}|${fact.answer}`;
  const answerKind = pool.kindOfEntity.get(answerKey);
  const answerIsCalendarDate = fact.answerType === "date" && parseMonthDay(fact.answer) !== null;

  const acceptable = (c: Candidate) => {
    if (excluded.has(c.key)) return false;
    if (c.claimGroup && c.claimGroup === fact.claimGroup && !competitorsAllowed) return false;
    if (c.curated) return true;
    // A city against a city, a date against a date ("January 5", never "Sunday").
    if (answerKind && c.kind !== answerKind) return false;
    if (answerIsCalendarDate && parseMonthDay(c.text) === null) return false;
    // An entity the passage or question itself names is part of the story, not a wrong answer.
    if (entityTypes.has(fact.answerType)) {
      const forms = pool.formsOfEntity.get(c.key) ?? [normalizeText(c.text)];
      if (forms.some((form) => context.includes(` ${form} `))) return false;
    }
    if (numericTypes.has(fact.answerType) && !sameMagnitude(fact.answer, c.text)) return false;
    return true;
  };
  // Closest first: the author's own distractors, competing claims (when allowed), the same article, the same topics, then any.
  // Each list is walked from a seeded offset, so the choice is stable and varies between facts.
  const type = fact.answerType;
  const curated = (fact.distractors ?? []).map((text): Candidate => ({
    text,
    key: valueKey(text, type, pool.entityOfForm),
    topics: fact.topics,
    curated: true,
  }));
  if (curatedOnlyTypes.has(type) && !curated.length) {
    return { distractors: [], shortfall: `an answer of type ${type} needs curated distractors in the fact table` };
  }
  const lists = curatedOnlyTypes.has(type)
    ? [curated]
    : [
        curated,
        competitorsAllowed && fact.claimGroup ? pool.byGroup.get(`${type}|c|${fact.claimGroup}`) : undefined,
        pool.byGroup.get(`${type}|a|${fact.article}`),
        ...fact.topics.map((t) => pool.byGroup.get(`${type}|t|${t}`)),
        pool.byType.get(type),
      ];
  const offset = seededRank(seed, "offset");
  const chosen: Candidate[] = [];
  for (const list of lists) {
    if (!list?.length) continue;
    for (let i = 0; i < list.length && chosen.length < count; i++) {
      const c = list[(offset + i) % list.length]!;
      if (!acceptable(c)) continue;
      chosen.push(c);
      excluded.add(c.key);
    }
  }
  const distractors = chosen.map((c) => c.text);
  if (distractors.length < count) {
    for (const made of madeUpValues(fact, seed)) {
      if (distractors.length === count) break;
      const key = valueKey(made, fact.answerType, pool.entityOfForm);
      if (excluded.has(key) || (fact.claimGroup && claimValues(fact, pool).has(key))) continue;
      excluded.add(key);
      distractors.push(made);
    }
  }
  return distractors.length < count
    ? { distractors, shortfall: `only ${distractors.length} plausible ${fact.answerType} distractor(s) in the corpus` }
    : { distractors };
}

function claimValues(fact: Fact, pool: DistractorPool): Set<string> {
  const group = [...pool.byType.values()].flat().filter((c) => c.claimGroup && c.claimGroup === fact.claimGroup);
  return new Set(group.map((c) => c.key));
}

function sameMagnitude(a: string, b: string): boolean {
  const [x] = numbersIn(a);
  const [y] = numbersIn(b);
  if (x === undefined || y === undefined) return false;
  const ratio = Math.max(x, y) / Math.max(1, Math.min(x, y));
  return ratio <= 10;
}

/** Plausible numbers, years and dates in the answer's own format, never a round-number giveaway. */
export function madeUpValues(fact: Fact, seed: string): string[] {
  const text = fact.answer;
  if (fact.answerType === "year") {
    const [year] = numbersIn(text);
    if (year === undefined) return [];
    return [-3, -2, -1, 1, 2, 3]
      .map((d) => text.replace(String(year), String(year + d)))
      .sort((a, b) => seededRank(seed, a) - seededRank(seed, b));
  }
  if (fact.answerType === "date") {
    const date = parseMonthDay(text);
    const dayText = text.match(/\d{1,2}/)?.[0];
    if (!date || !dayText) return [];
    return [-4, -3, -2, -1, 1, 2, 3, 4]
      .map((d) => date.day + d)
      .filter((day) => day >= 1 && day <= 28)
      .map((day) =>
        text
          .replace(dayText, String(day))
          .replace(/\b(\d+)(st|nd|rd|th)\b/, (_, n: string) => n + ordinalSuffix(Number(n))),
      )
      .sort((a, b) => seededRank(seed, a) - seededRank(seed, b));
  }
  if (numericTypes.has(fact.answerType)) {
    const match = text.match(/\d{1,3}(?:,\d{3})+|\d+/);
    if (!match) return [];
    const value = Number(match[0].replaceAll(",", ""));
    const trailingZeros = match[0].replaceAll(",", "").match(/0*$/)![0].length;
    // Step one digit finer than the answer's own rounding: 1,000 → 1,300, not 2,000.
    const unit = 10 ** Math.max(0, Math.min(trailingZeros, String(value).length - 2));
    const grouped = match[0].includes(",");
    const factors = [0.5, 0.65, 0.8, 1.3, 1.6, 2.2];
    return factors
      .map((f) => Math.max(unit, Math.round((value * f) / unit) * unit))
      .filter((n) => n !== value && n > 0)
      .map((n) => text.replace(match[0], grouped ? n.toLocaleString("en-US") : String(n)))
      .sort((a, b) => seededRank(seed, a) - seededRank(seed, b));
  }
  return [];
}

function ordinalSuffix(n: number): string {
  if (n % 100 >= 11 && n % 100 <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
}
