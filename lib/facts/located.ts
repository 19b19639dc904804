import type { LocatedFact } from "@/lib/quiz/generate";
import { locateQuote, type Corpus } from "./corpus";

/** The corpus's facts with their passage ranges (the checker guarantees every quote is citable). */
export function locatedFacts(corpus: Corpus): LocatedFact[] {
  const articles = new Map(corpus.articles.map((a) => [a.file, a]));
  return corpus.facts.flatMap((fact) => {
    const article = articles.get(fact.article);
    const range = article && locateQuote(article, fact.quote).range;
    return range ? [{ ...fact, quoteStart: range.start, quoteEnd: range.end }] : [];
  });
}
