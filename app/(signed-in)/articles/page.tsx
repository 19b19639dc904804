import type { Metadata } from "next";
import Link from "next/link";
import { ArticleByline } from "@/components/article-byline";
import { TopicChips } from "@/components/topic-chips";
import { ButtonLink, EmptyState, PageHeader, Section } from "@/components/ui";
import { listArticles, type ArticleSummary } from "@/lib/facts/queries.server";
import { requireUser } from "@/lib/auth/session.server";

export const metadata: Metadata = { title: "Articles" };

export default async function ArticlesPage() {
  const user = await requireUser();
  const articles = await listArticles(user);
  const library = articles.filter((a) => !a.ownerId);
  const own = articles.filter((a) => a.ownerId);
  const teacher = user.role === "teacher";
  return (
    <>
      <PageHeader
        title="Articles"
        lead="The source articles every question is drawn from. Open one to read it with each fact's passage highlighted."
      />
      {teacher ? (
        <Section id="own-articles" title="Your articles" className="mb-10">
          <div>
            <ButtonLink href="/articles/new">Import an article</ButtonLink>
          </div>
          {own.length ? (
            <ArticleList articles={own} />
          ) : (
            <p className="text-slate-700 dark:text-slate-300">
              Paste, upload (.txt, .md, .html, .pdf, .docx) or link your own reading; it stays private until you share
              it with a class.
            </p>
          )}
        </Section>
      ) : own.length ? (
        <Section id="class-articles" title="From your classes" className="mb-10">
          <ArticleList articles={own} />
        </Section>
      ) : null}
      <Section id="library" title="Built-in library">
        {library.length === 0 ? (
          <EmptyState title="No articles loaded">Run npm start to import the reading list from seeds/.</EmptyState>
        ) : (
          <ArticleList articles={library} />
        )}
      </Section>
    </>
  );
}

function ArticleList({ articles }: { articles: ArticleSummary[] }) {
  return (
    <ul className="grid gap-4">
      {articles.map((article) => (
        <li
          key={article.slug}
          className="rounded-xl border border-slate-200 p-5 hover:border-brand-600 dark:border-slate-800 dark:hover:border-brand-300"
        >
          <h3 className="text-lg font-semibold">
            <Link href={`/articles/${article.slug}`} className="hover:underline">
              {article.title}
            </Link>
          </h3>
          <div className="mt-1">
            <ArticleByline article={article} />
          </div>
          {article.topics.length ? (
            <div className="mt-3">
              <TopicChips topics={article.topics} />
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
