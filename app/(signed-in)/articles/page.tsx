import type { Metadata } from "next";
import Link from "next/link";
import { ArticleByline } from "@/components/article-byline";
import { TopicChips } from "@/components/topic-chips";
import { EmptyState, PageHeader } from "@/components/ui";
import { listArticles } from "@/lib/facts/queries.server";
import { requireUser } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const articles = await listArticles(await requireUser());
  return (
    <>
      <PageHeader
        title="Articles"
        lead="The source articles every question is drawn from. Open one to read it with each fact's passage highlighted."
      />
      {articles.length === 0 ? (
        <EmptyState title="No articles loaded">Run npm start to import the reading list from seeds/.</EmptyState>
      ) : (
        <ul className="grid gap-4">
          {articles.map((article) => (
            <li
              key={article.slug}
              className="rounded-xl border border-slate-200 p-5 hover:border-brand-600 dark:border-slate-800 dark:hover:border-brand-300"
            >
              <h2 className="text-lg font-semibold">
                <Link href={`/articles/${article.slug}`} className="hover:underline">
                  {article.title}
                </Link>
              </h2>
              <div className="mt-1">
                <ArticleByline article={article} />
              </div>
              <div className="mt-3">
                <TopicChips topics={article.topics} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
