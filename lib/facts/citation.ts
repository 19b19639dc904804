/** The source behind an answer: the quote in its paragraph, where it comes from, and competing claims. */
import { passageInParagraph, type PassageContextOptions, type PassageInContext } from "./passages";

export interface CompetingClaim {
  factId: string;
  attribution: string;
  statement: string;
  answer: string;
  articleSlug: string;
  articleTitle: string;
}

export interface Citation {
  factId: string;
  articleSlug: string;
  articleTitle: string;
  outlet: string | null;
  attribution: string | null;
  /** The fact's answer as the source states it. */
  answer: string;
  passage: PassageInContext;
  /** Other sources' claims about the same thing (same claimGroup), if any. */
  otherClaims: CompetingClaim[];
}

export interface CitableFact {
  id: string;
  quoteStart: number;
  quoteEnd: number;
  statement: string;
  answer: string;
  attribution?: string | null;
  claimGroup?: string | null;
  articleSlug: string;
}

export interface CitableArticle {
  slug: string;
  title: string;
  outlet: string | null;
  text: string;
  /** Where the body starts (the library's text begins with its headline) and what is set aside. */
  layout?: PassageContextOptions;
}

export function competingClaim(fact: CitableFact, article: Pick<CitableArticle, "slug" | "title">): CompetingClaim {
  return {
    factId: fact.id,
    attribution: fact.attribution ?? article.title,
    statement: fact.statement,
    answer: fact.answer,
    articleSlug: article.slug,
    articleTitle: article.title,
  };
}

/** `sameGroup`: every fact of the fact's claim group (itself included is fine), with its article. */
export function citationOf(
  fact: CitableFact,
  article: CitableArticle,
  sameGroup: readonly { fact: CitableFact; article: CitableArticle }[],
): Citation {
  return {
    factId: fact.id,
    articleSlug: article.slug,
    articleTitle: article.title,
    outlet: article.outlet,
    attribution: fact.attribution ?? null,
    answer: fact.answer,
    passage: passageInParagraph(article.text, fact.quoteStart, fact.quoteEnd, article.layout),
    otherClaims: sameGroup
      .filter((other) => other.fact.id !== fact.id)
      .map((other) => competingClaim(other.fact, other.article)),
  };
}
