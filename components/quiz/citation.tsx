import Link from "next/link";
import type { Citation } from "@/lib/facts/citation";

/**
 * The source behind an answer: the quoted sentence highlighted in its paragraph, the article and
 * outlet, a link to the passage in the reader, and other sources' claims when they differ.
 */
export function CitationView({ citation, headingLevel = 3 }: { citation: Citation; headingLevel?: 2 | 3 | 4 }) {
  const Heading = `h${headingLevel}` as const;
  return (
    <figure className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-700 dark:bg-slate-900">
      <Heading className="text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400">
        Source
      </Heading>
      <blockquote className="mt-2 font-serif text-base leading-relaxed">
        {citation.passage.before}
        <mark className="rounded-sm bg-yellow-200 px-0.5 text-inherit dark:bg-yellow-800">
          {citation.passage.display ?? citation.passage.quote}
        </mark>
        {citation.passage.after}
      </blockquote>
      <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        <Link href={`/articles/${citation.articleSlug}#fact-${citation.factId}`} className="font-medium underline">
          {citation.articleTitle}
        </Link>
        {citation.outlet ? ` — ${citation.outlet}` : null}
        {citation.attribution ? <span className="block">Claim by: {citation.attribution}</span> : null}
      </figcaption>
      {citation.otherClaims.length ? (
        <div className="mt-3 border-t border-slate-200 pt-3 text-sm dark:border-slate-700">
          <p className="font-semibold">Sources differ:</p>
          <ul className="mt-1 flex flex-wrap gap-x-2 gap-y-1">
            <li>
              {citation.attribution ?? citation.articleTitle}: <strong>{citation.answer}</strong>
            </li>
            {citation.otherClaims.map((claim) => (
              <li key={claim.factId}>
                <span aria-hidden="true">· </span>
                <Link href={`/articles/${claim.articleSlug}#fact-${claim.factId}`} className="underline">
                  {claim.attribution}
                </Link>
                : {claim.answer}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </figure>
  );
}
