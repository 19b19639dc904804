import { locateQuote, type Corpus } from "./corpus";
import type { Fact } from "./schema";

/** A fact with where its quote sits in the article (JS string offsets). */
export interface LocatedFact extends Fact {
  quoteStart: number;
  quoteEnd: number;
}

/** The corpus's facts with their passage ranges (the checker guarantees every quote is citable). */
export function locatedFacts(corpus: Corpus): LocatedFact[] {
  const articles = new Map(corpus.articles.map((a) => [a.file, a]));
  return corpus.facts.flatMap((fact) => {
    const article = articles.get(fact.article);
    const range = article && locateQuote(article, fact.quote).range;
    return range ? [{ ...fact, quoteStart: range.start, quoteEnd: range.end }] : [];
  });
}
