/**
 * The deck builder's view of the fact table and its filters, run in the browser as the teacher
 * types: pure and without zod (the deck's input schema is deck.ts).
 */
import type { AnswerType } from "@/lib/facts/answer-types";
import { factsInScope } from "@/lib/study/scope";
import { normalizeText } from "@/lib/text/normalize";

export const MAX_DECK_NAME = 80;
/** Questions per attempt when the teacher has not chosen: a short quiz, or one per fact in a small deck. */
export const DEFAULT_QUESTIONS_PER_ATTEMPT = 10;

/** The builder's starting value: ten questions, or one per fact for a smaller deck. */
export function defaultQuestionsPerAttempt(selectedFacts: number): number {
  return Math.max(1, Math.min(DEFAULT_QUESTIONS_PER_ATTEMPT, selectedFacts));
}

/** What the builder lists and filters: a fact with its source passage. */
export interface DeckFact {
  id: string;
  articleSlug: string;
  articleTitle: string;
  statement: string;
  question: string;
  answer: string;
  quote: string;
  topics: string[];
  answerType: AnswerType;
}

/** What the builder shows of a fact (no distractors, no ids of other tables). */
export function deckFact(fact: DeckFact): DeckFact {
  const { id, articleSlug, articleTitle, statement, question, answer, quote, topics, answerType } = fact;
  return { id, articleSlug, articleTitle, statement, question, answer, quote, topics, answerType };
}

export interface FactFilter {
  /** Article slugs; none means every article. */
  articles: string[];
  /** Topics; none means every topic. */
  topics: string[];
  /** None means every answer type. */
  answerTypes: AnswerType[];
  /** Words that must all appear in the statement, question, answer or quote. */
  search: string;
}

/**
 * The facts a builder's filters show. Search ignores case, accents and punctuation
 * (normalizeText), so "comert" finds "Cömert" and "4578" finds "4,578".
 */
export function matchFacts<F extends DeckFact>(facts: readonly F[], filter: FactFilter): F[] {
  const answerTypes = new Set(filter.answerTypes);
  const words = normalizeText(filter.search).split(" ").filter(Boolean);
  return factsInScope(facts, filter).filter((fact) => {
    if (answerTypes.size && !answerTypes.has(fact.answerType)) return false;
    if (!words.length) return true;
    const text = [fact.statement, fact.question, fact.answer, fact.quote].map(normalizeText).join(" ");
    return words.every((word) => text.includes(word));
  });
}
