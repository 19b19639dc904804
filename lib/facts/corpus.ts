/** A loaded corpus: articles with their text, the entity table and the facts. Pure data. */
import type { ArticleMeta, ClaimGroup, Entity, Fact } from "./schema";

export interface Article extends ArticleMeta {
  text: string;
}

export interface Corpus {
  articles: Article[];
  entities: Entity[];
  claimGroups: ClaimGroup[];
  facts: Fact[];
}

export interface TextRange {
  start: number;
  end: number;
}

/** The headline is the first line: shown as the title, never cited as a passage. */
export function titleRange(text: string): TextRange {
  const end = text.indexOf("\n");
  return { start: 0, end: end < 0 ? text.length : end };
}

/** Ranges no fact may quote: the headline and the boilerplate. */
export function uncitableRanges(article: Article): TextRange[] {
  return [titleRange(article.text), ...article.boilerplate];
}

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/**
 * Where a fact's quote sits in its article: the first verbatim occurrence outside the headline
 * and boilerplate. `found` tells apart "not in the text" from "only in boilerplate".
 */
export function locateQuote(article: Article, quote: string): { range: TextRange | null; found: boolean } {
  const excluded = uncitableRanges(article);
  let found = false;
  for (let start = article.text.indexOf(quote); start >= 0; start = article.text.indexOf(quote, start + 1)) {
    found = true;
    const range = { start, end: start + quote.length };
    if (!excluded.some((bad) => overlaps(range, bad))) return { range, found };
  }
  return { range: null, found };
}
