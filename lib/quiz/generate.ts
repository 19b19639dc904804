/**
 * fact → items. Every fact gets a flashcard and a typed item; a multiple-choice item when three
 * good distractors exist; a true and a false statement when a distractor can be swapped in.
 * Deterministic: the same facts and GENERATOR_VERSION give the same ids, options and order.
 */
import { createHash } from "node:crypto";
import { normalizeMentions, normalizeText } from "@/lib/text/normalize";
import type { Entity, Fact } from "@/lib/facts/schema";
import type { LocatedFact } from "@/lib/facts/located";
import { buildPool, chooseDistractors, seededRank, type DistractorPool } from "./distractors";
import { BLANK, GENERATOR_VERSION, type ItemType, type QuizItem, type SourcePassage } from "./items";

export interface SkippedItem {
  factId: string;
  type: ItemType;
  reason: string;
}

export interface Generation {
  items: QuizItem[];
  skipped: SkippedItem[];
}

const shortHash = (...parts: string[]) => createHash("sha256").update(parts.join("\0")).digest("hex").slice(0, 10);

/** Changes whenever anything an item shows or grades by changes. */
function factFingerprint(fact: Fact): string {
  return shortHash(
    String(GENERATOR_VERSION),
    fact.question,
    fact.statement,
    fact.answer,
    fact.aliases.join("|"),
    fact.answerType,
    fact.quote,
    fact.claimGroup ?? "",
  );
}

/**
 * Replaces the first occurrence of the answer in the statement (case-insensitive), keeping the
 * article in front of it grammatical: "on a well-deserved rest" → "on a world tour", never
 * "the the Senate" or "an timber-rich".
 */
export function swapAnswer(statement: string, answer: string, replacement: string): string {
  const at = statement.toLowerCase().indexOf(answer.toLowerCase());
  if (at < 0) return statement;
  let before = statement.slice(0, at);
  let inserted = replacement;
  const articleBefore = /\b(a|an|the) $/i.exec(before);
  if (articleBefore) {
    inserted = inserted.replace(/^(a|an|the) /i, "");
    if (/^an?$/i.test(articleBefore[1]!)) {
      const article = /^[aeiou]/i.test(inserted) ? "an" : "a";
      const cased = /^[A-Z]/.test(articleBefore[1]!) ? article[0]!.toUpperCase() + article.slice(1) : article;
      before = before.slice(0, articleBefore.index) + cased + " ";
    }
  }
  return before + inserted + statement.slice(at + answer.length);
}

export function generateItems(
  facts: readonly LocatedFact[],
  entities: readonly Entity[],
  pool: DistractorPool = buildPool(facts, entities),
): Generation {
  const items: QuizItem[] = [];
  const skipped: SkippedItem[] = [];
  for (const fact of facts) {
    const fingerprint = factFingerprint(fact);
    const id = (code: string) => `${fact.id}.${code}.${fingerprint}`;
    const base = {
      factId: fact.id,
      generatorVersion: GENERATOR_VERSION,
      passage: {
        factId: fact.id,
        article: fact.article,
        quote: fact.quote,
        start: fact.quoteStart,
        end: fact.quoteEnd,
      } satisfies SourcePassage,
      answer: fact.answer,
      aliases: [...fact.aliases],
      answerType: fact.answerType,
    };

    items.push({ ...base, id: id("card"), type: "flashcard", front: fact.question });
    items.push({
      ...base,
      id: id("typed"),
      type: "typed",
      stem: fact.question,
      cloze: swapAnswer(fact.statement, fact.answer, BLANK),
    });

    const choice = chooseDistractors(fact, pool, 3);
    if (choice.shortfall) {
      skipped.push({ factId: fact.id, type: "multiple-choice", reason: choice.shortfall });
    } else {
      const itemId = id("mc");
      const options = [fact.answer, ...choice.distractors]
        .map((text) => ({ id: shortHash(itemId, text), text }))
        .sort((a, b) => seededRank(itemId, a.text) - seededRank(itemId, b.text));
      items.push({
        ...base,
        id: itemId,
        type: "multiple-choice",
        stem: fact.question,
        options,
        correctOptionId: options.find((o) => o.text === fact.answer)!.id,
      });
    }

    items.push({ ...base, id: id("tf-true"), type: "true-false", stem: fact.statement, isTrue: true });
    // A value the statement already holds would read as nonsense ("invaluable support … invaluable attack").
    const statementText = ` ${normalizeMentions(fact.statement)} `;
    const swapIn = chooseDistractors(fact, pool, 3, { forStatement: true }).distractors.find(
      (candidate) => !statementText.includes(` ${normalizeText(candidate)} `),
    );
    const falsified = swapIn === undefined ? null : swapAnswer(fact.statement, fact.answer, swapIn);
    if (!swapIn || !falsified || normalizeText(falsified) === normalizeText(fact.statement)) {
      skipped.push({ factId: fact.id, type: "true-false", reason: "no value to swap into a false statement" });
    } else {
      items.push({
        ...base,
        id: id("tf-false"),
        type: "true-false",
        stem: falsified,
        isTrue: false,
        swappedIn: swapIn,
      });
    }
  }
  return { items, skipped };
}
