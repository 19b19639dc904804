/**
 * The fact table's checker: every rule a fact must meet before it may become a quiz item.
 * Pure: takes a loaded corpus, returns problems (one line each, naming the fact) and counts.
 */
import { normalizeMentions, normalizeText } from "@/lib/text/normalize";
import { locateQuote, type Corpus } from "./corpus";
import type { Fact } from "./schema";

export const MIN_FACTS = 100;
export const MIN_FACTS_PER_ARTICLE = 12;

export type Rule =
  | "unknown-article"
  | "not-verbatim"
  | "in-boilerplate"
  | "duplicate-id"
  | "answer-not-in-statement"
  | "number-not-in-quote"
  | "alias-is-another-answer"
  | "distractor-is-answer"
  | "claim-group-unattributed"
  | "claim-group-single"
  | "unknown-claim-group"
  | "unknown-entity"
  | "entity-not-mentioned"
  | "unknown-spelling"
  | "coverage";

export interface Problem {
  rule: Rule;
  factId?: string;
  article?: string;
  message: string;
}

export interface CorpusStats {
  total: number;
  byArticle: Record<string, number>;
  byAnswerType: Record<string, number>;
  byTopic: Record<string, number>;
  claimGroups: Record<string, string[]>;
}

const entityAnswerTypes = new Set(["person", "organization", "place"]);

/** Maps every spelling and short form to its entity id. */
export function spellingIndex(corpus: Pick<Corpus, "entities">): Map<string, string> {
  const index = new Map<string, string>();
  for (const entity of corpus.entities) {
    for (const form of [entity.canonical, ...entity.spellings, ...entity.shortForms])
      index.set(normalizeText(form), entity.id);
  }
  return index;
}

export function checkCorpus(
  corpus: Corpus,
  { enforceCoverage = true } = {},
): { problems: Problem[]; stats: CorpusStats } {
  const problems: Problem[] = [];
  const report = (rule: Rule, fact: Fact | null, message: string) =>
    problems.push({ rule, factId: fact?.id, article: fact?.article, message });
  const articles = new Map(corpus.articles.map((a) => [a.file, a]));
  const entities = new Map(corpus.entities.map((e) => [e.id, e]));
  const spellings = spellingIndex(corpus);
  // One identity per answer: the entity it names, or its normalized text.
  const answerKey = (fact: Fact, value: string) =>
    `${fact.answerType}:${(entityAnswerTypes.has(fact.answerType) && spellings.get(normalizeText(value))) || normalizeText(value)}`;

  const seenIds = new Set<string>();
  for (const fact of corpus.facts) {
    if (seenIds.has(fact.id)) report("duplicate-id", fact, `the id "${fact.id}" is used by more than one fact`);
    seenIds.add(fact.id);

    const article = articles.get(fact.article);
    if (!article) {
      report("unknown-article", fact, `article "${fact.article}" is not in seeds/articles/articles.json`);
    } else {
      const { range, found } = locateQuote(article, fact.quote);
      if (!found)
        report("not-verbatim", fact, `the quote is not verbatim in ${fact.article}: "${fact.quote.slice(0, 80)}…"`);
      else if (!range)
        report("in-boilerplate", fact, `the quote only occurs in the headline or boilerplate of ${fact.article}`);
    }

    if (!fact.statement.toLowerCase().includes(fact.answer.toLowerCase())) {
      report("answer-not-in-statement", fact, `the statement does not contain the answer "${fact.answer}"`);
    }

    if (["number", "quantity", "year", "date"].includes(fact.answerType)) {
      for (const digits of fact.answer.match(/\d[\d,.]*\d|\d/g) ?? []) {
        if (!fact.quote.includes(digits))
          report("number-not-in-quote", fact, `"${digits}" in the answer is not written that way in the quote`);
      }
    }

    const rightForms = new Set([fact.answer, ...fact.aliases].map(normalizeText));
    for (const distractor of fact.distractors ?? []) {
      if (rightForms.has(normalizeText(distractor)))
        report("distractor-is-answer", fact, `distractor "${distractor}" is the answer or one of its aliases`);
    }

    if (fact.claimGroup && !fact.attribution) {
      report(
        "claim-group-unattributed",
        fact,
        `it belongs to claimGroup "${fact.claimGroup}" but names no attribution (who makes the claim)`,
      );
    }

    for (const id of fact.entities) {
      const entity = entities.get(id);
      if (!entity) {
        report("unknown-entity", fact, `entity "${id}" is not in seeds/entities.json`);
        continue;
      }
      const text = ` ${normalizeMentions(fact.quote)} ${normalizeMentions(fact.statement)} `;
      const mentioned = [entity.canonical, ...entity.spellings, ...entity.shortForms].some((form) =>
        text.includes(` ${normalizeText(form)} `),
      );
      if (!mentioned)
        report(
          "entity-not-mentioned",
          fact,
          `neither the quote nor the statement names entity "${id}" in a spelling the entity table knows`,
        );
    }

    if (entityAnswerTypes.has(fact.answerType)) {
      for (const form of [fact.answer, ...fact.aliases]) {
        const id = spellings.get(normalizeText(form));
        if (!id)
          report(
            "unknown-spelling",
            fact,
            `"${form}" is a ${fact.answerType} spelling missing from seeds/entities.json`,
          );
        else if (entities.get(id)!.type !== fact.answerType) {
          report(
            "unknown-spelling",
            fact,
            `"${form}" is a ${entities.get(id)!.type} in seeds/entities.json, not a ${fact.answerType}`,
          );
        }
      }
    }
  }

  // An alias that is another fact's answer (of the same type) would make two options right,
  // unless both name the same entity ("CSTO" for "Collective Security Treaty Organization").
  const factsByAnswer = new Map<string, Fact[]>();
  for (const fact of corpus.facts) {
    const key = `${fact.answerType}:${normalizeText(fact.answer)}`;
    factsByAnswer.set(key, [...(factsByAnswer.get(key) ?? []), fact]);
  }
  for (const fact of corpus.facts) {
    for (const alias of fact.aliases) {
      const clash = (factsByAnswer.get(`${fact.answerType}:${normalizeText(alias)}`) ?? []).find(
        (other) => other.id !== fact.id && answerKey(other, other.answer) !== answerKey(fact, fact.answer),
      );
      if (clash)
        report(
          "alias-is-another-answer",
          fact,
          `alias "${alias}" is the answer of "${clash.id}", so both would be graded right`,
        );
    }
  }

  const claimGroups: Record<string, string[]> = {};
  for (const fact of corpus.facts) if (fact.claimGroup) (claimGroups[fact.claimGroup] ??= []).push(fact.id);
  const knownGroups = new Set(corpus.claimGroups.map((g) => g.id));
  for (const [group, ids] of Object.entries(claimGroups)) {
    if (!knownGroups.has(group)) {
      for (const id of ids)
        problems.push({
          rule: "unknown-claim-group",
          factId: id,
          message: `claimGroup "${group}" is not in seeds/claim-groups.json`,
        });
    }
    if (ids.length < 2)
      problems.push({
        rule: "claim-group-single",
        factId: ids[0],
        message: `claimGroup "${group}" has only one fact: competing claims need at least two`,
      });
  }

  const count = (key: (fact: Fact) => string[]) => {
    const counts: Record<string, number> = {};
    for (const fact of corpus.facts) for (const k of key(fact)) counts[k] = (counts[k] ?? 0) + 1;
    return counts;
  };
  const stats: CorpusStats = {
    total: corpus.facts.length,
    byArticle: { ...Object.fromEntries(corpus.articles.map((a) => [a.file, 0])), ...count((f) => [f.article]) },
    byAnswerType: count((f) => [f.answerType]),
    byTopic: count((f) => f.topics),
    claimGroups,
  };

  if (enforceCoverage) {
    if (stats.total < MIN_FACTS)
      problems.push({ rule: "coverage", message: `${stats.total} facts; the table needs at least ${MIN_FACTS}` });
    for (const [file, n] of Object.entries(stats.byArticle)) {
      if (n < MIN_FACTS_PER_ARTICLE)
        problems.push({
          rule: "coverage",
          article: file,
          message: `${file} has ${n} facts; each article needs at least ${MIN_FACTS_PER_ARTICLE}`,
        });
    }
  }
  return { problems, stats };
}
