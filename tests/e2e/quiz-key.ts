/**
 * The test's answer key: the corpus's items generated here, in the test process, and looked up
 * by what the page shows. The browser never gets any of this; the tests check that it doesn't.
 */
import { loadCorpus } from "../../lib/facts/load.server";
import { locatedFacts } from "../../lib/facts/located";
import { generateItems } from "../../lib/quiz/generate";
import type { QuizItem } from "../../lib/quiz/items";

const corpus = loadCorpus();
const { items } = generateItems(locatedFacts(corpus), corpus.entities);

/** The item a question shows (typed and multiple-choice items share their stem, the fact's question). */
export function itemForStem(kind: "typed" | "multiple-choice" | "true-false", stem: string): QuizItem {
  const found = items.find((item) => item.type === kind && item.stem === stem);
  if (!found) throw new Error(`No ${kind} item with the stem: ${stem}`);
  return found;
}

/** Strings that must not reach the browser before this item is answered. */
export function secretsOf(item: QuizItem): string[] {
  const secrets = [item.factId, item.passage.quote, item.id];
  if (item.type === "typed") secrets.push(item.answer, ...item.aliases);
  if (item.type === "true-false") secrets.push(`"isTrue"`, item.answer);
  if (item.type === "multiple-choice") secrets.push(item.correctOptionId, `"correctOptionId"`);
  // Very short strings ("oil", "68") occur by chance in any page; the longer ones would not.
  return secrets.filter((s) => s.length >= 4);
}

/** The fact a flashcard's front (its question) comes from. */
export function factIdForQuestion(question: string): string {
  const fact = corpus.facts.find((f) => f.question === question);
  if (!fact) throw new Error(`No fact asks: ${question}`);
  return fact.id;
}
