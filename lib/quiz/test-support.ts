/** Shared by the quiz tests: the real corpus, and small facts for rule-by-rule cases. */
import { loadCorpus } from "@/lib/facts/load.server";
import { type LocatedFact, locatedFacts } from "@/lib/facts/located";
import type { Fact } from "@/lib/facts/schema";

export const corpus = loadCorpus();
export const corpusFacts = locatedFacts(corpus);
export const entities = corpus.entities;

let counter = 0;
/** A fact with sensible defaults; quote offsets are fake, which the generator does not mind. */
export function makeFact(patch: Partial<Fact> & Pick<Fact, "answer" | "answerType">): LocatedFact {
  counter += 1;
  return {
    id: `test-fact-${counter}`,
    article: "test.txt",
    quote: "a passage that says nothing in particular",
    statement: `The answer is ${patch.answer}.`,
    question: `Test question number ${counter}?`,
    aliases: [],
    topics: ["protests"],
    entities: [],
    quoteStart: 0,
    quoteEnd: 40,
    ...patch,
  };
}
