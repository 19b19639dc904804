/** Which facts a choice of articles and topics covers; pure and without zod (the deck builder runs it in the browser). */
export interface FactScope {
  id: string;
  articleSlug: string;
  topics: readonly string[];
}

/** The facts a selection covers: in one of the chosen articles (if any) and on one of the chosen topics (if any). */
export function factsInScope<F extends FactScope>(
  facts: readonly F[],
  selection: { articles: readonly string[]; topics: readonly string[] },
): F[] {
  const articles = new Set(selection.articles);
  const topics = new Set(selection.topics);
  return facts.filter(
    (f) => (!articles.size || articles.has(f.articleSlug)) && (!topics.size || f.topics.some((t) => topics.has(t))),
  );
}
