import type { ArticleSummary } from "@/lib/facts/queries.server";
import { formatPartialDate } from "@/lib/dates";

/** Outlet · date · fact count, as precise as the source allows. */
export function ArticleByline({ article }: { article: ArticleSummary }) {
  const date = formatPartialDate(article.date);
  return (
    <p className="text-sm text-slate-600 dark:text-slate-400">
      {article.author ? <span>{article.author} · </span> : null}
      <span>{article.outlet ?? (article.ownerId ? "Publication not given" : "Outlet not named in the text")}</span>
      {" · "}
      <span title={article.dateText}>
        {date ? `${article.date && article.date.length < 10 ? "about " : ""}${date}` : "Date not given"}
      </span>
      {" · "}
      <span>
        {article.factCount} fact{article.factCount === 1 ? "" : "s"}
      </span>
    </p>
  );
}
