import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ArticleByline } from "@/components/article-byline";
import { ArticleText } from "@/components/article-text";
import { FactTarget } from "@/components/fact-target";
import { TopicChips } from "@/components/topic-chips";
import { BackLink } from "@/components/ui";
import { articleForReader } from "@/lib/facts/queries.server";
import { requireUser } from "@/lib/auth/session.server";
import { articleWorkbench } from "@/lib/curation/workbench.server";
import { ArticleWorkbench } from "@/components/articles/article-workbench";
import { ArticleSettings } from "@/components/articles/article-settings";
import { FactTableForm } from "@/components/articles/fact-table-form";
import { toolbarButton } from "@/components/styles";
import {
  acceptSuggestionAction,
  addEntityAction,
  createFactAction,
  dismissSuggestionAction,
  importFactsAction,
  markBoilerplateAction,
  refreshSuggestionsAction,
  removeArticleAction,
  removeEntityAction,
  removeFactAction,
  shareArticleAction,
  unmarkBoilerplateAction,
  updateArticleDetailsAction,
  updateFactAction,
} from "../actions";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const article = await articleForReader(await requireUser(), (await params).slug);
  return { title: article?.title ?? "Article not found" };
}

export default async function ArticlePage({ params }: Props) {
  const user = await requireUser();
  const article = await articleForReader(user, (await params).slug);
  if (!article) notFound();
  // The owner edits here; everyone else (students of shared classes included) only reads.
  const workbench = article.ownerId === user.id ? await articleWorkbench(user.id, article.slug) : null;
  return (
    <article className="mx-auto max-w-3xl">
      <BackLink href="/articles">All articles</BackLink>
      <h1 className="font-serif text-3xl font-bold tracking-tight sm:text-4xl">{article.title}</h1>
      <div className="mt-3 space-y-3">
        <ArticleByline article={article} />
        {!workbench && (article.sourceUrl || article.licence) ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">
            {article.sourceUrl ? (
              <a href={article.sourceUrl} rel="noreferrer nofollow" className="underline">
                Source
              </a>
            ) : null}
            {article.sourceUrl && article.licence ? " · " : null}
            {article.licence}
          </p>
        ) : null}
        <TopicChips topics={article.topics} />
        {workbench ? (
          <OwnerStatus workbench={workbench} />
        ) : (
          <p className="rounded-md bg-brand-50 px-3 py-2 text-sm text-slate-800 dark:bg-slate-900 dark:text-slate-200">
            <mark className="rounded-sm bg-yellow-100 px-0.5 text-inherit dark:bg-yellow-900/60">Highlighted</mark>{" "}
            passages are the sources of quiz questions. Hover over one, or move to it with Tab, to see the fact it
            proves.
          </p>
        )}
      </div>
      <FactTarget />
      {workbench ? (
        <div className="mt-6">
          <ArticleWorkbench
            text={workbench.text}
            blocks={article.blocks}
            readerFacts={article.facts}
            disputedGroups={article.disputedGroups.map((g) => g.id)}
            workbench={workbench}
            actions={{
              createFact: createFactAction,
              updateFact: updateFactAction,
              removeFact: removeFactAction,
              acceptSuggestion: acceptSuggestionAction,
              dismissSuggestion: dismissSuggestionAction,
              refreshSuggestions: refreshSuggestionsAction,
              markBoilerplate: markBoilerplateAction,
            }}
          />
        </div>
      ) : (
        <ArticleText
          blocks={article.blocks}
          facts={article.facts}
          disputedGroups={new Set(article.disputedGroups.map((g) => g.id))}
        />
      )}
      {article.disputedGroups.length > 0 && (
        <section
          aria-labelledby="claims-heading"
          className="mt-10 border-t border-slate-200 pt-6 dark:border-slate-800"
        >
          <h2 id="claims-heading" className="text-xl font-bold">
            Where sources differ
          </h2>
          {article.disputedGroups.map(({ id, title, claims }) => (
            <div key={id} id={`claims-${id}`} className="mt-4 scroll-mt-24">
              <h3 className="font-semibold">{title}</h3>
              <ul className="mt-2 space-y-2">
                {claims.map((claim) => (
                  <li
                    key={claim.factId}
                    className="rounded-md border border-slate-200 p-3 text-sm dark:border-slate-800"
                  >
                    <span className="font-semibold">
                      {claim.attribution.charAt(0).toUpperCase() + claim.attribution.slice(1)}:
                    </span>{" "}
                    {claim.answer}
                    <span className="block text-slate-600 dark:text-slate-400">
                      {claim.articleSlug === article.slug ? (
                        <a href={`#fact-${claim.factId}`} className="underline">
                          In this article
                        </a>
                      ) : (
                        <Link href={`/articles/${claim.articleSlug}#fact-${claim.factId}`} className="underline">
                          In “{claim.articleTitle}”
                        </Link>
                      )}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}
      {workbench ? (
        <div className="mt-12 border-t border-slate-200 pt-8 dark:border-slate-800">
          <FactTableForm slug={article.slug} importFacts={importFactsAction} />
        </div>
      ) : user.role === "teacher" && article.factCount > 0 ? (
        <div className="mt-10 space-y-2 border-t border-slate-200 pt-6 text-sm dark:border-slate-800">
          <a href={`/articles/${article.slug}/facts.csv`} download className={toolbarButton.secondary}>
            Download the fact table (CSV)
          </a>
          <p className="text-slate-700 dark:text-slate-300">
            To use these facts with your own copy of this article, import the table on its page.
          </p>
        </div>
      ) : null}
      {workbench ? (
        <div className="mt-12 border-t border-slate-200 pt-8 dark:border-slate-800">
          <ArticleSettings
            workbench={workbench}
            actions={{
              updateDetails: updateArticleDetailsAction,
              share: shareArticleAction,
              unmarkBoilerplate: unmarkBoilerplateAction,
              removeArticle: removeArticleAction,
              addEntity: addEntityAction,
              removeEntity: removeEntityAction,
            }}
          />
        </div>
      ) : null}
    </article>
  );
}

/** The owner's summary: who can see it, and where the facts and suggestions are. */
function OwnerStatus({ workbench }: { workbench: NonNullable<Awaited<ReturnType<typeof articleWorkbench>>> }) {
  const shared = workbench.classes.filter((c) => c.shared);
  return (
    <div className="rounded-md border border-slate-200 px-3 py-2 text-sm dark:border-slate-800">
      <p>
        <strong>Your article</strong> ·{" "}
        {shared.length ? `Shared with ${shared.map((c) => c.name).join(", ")}` : "Private: only you can see it"} ·{" "}
        <a href="#share" className="underline">
          Sharing
        </a>
      </p>
      <p className="mt-1">
        <a href="#facts" className="underline">
          {workbench.facts.length} fact{workbench.facts.length === 1 ? "" : "s"}
        </a>{" "}
        ·{" "}
        <a href="#suggestions" className="underline">
          {workbench.suggestions.length} suggestion{workbench.suggestions.length === 1 ? "" : "s"} to review
        </a>
        {workbench.details.sourceUrl ? (
          <>
            {" "}
            ·{" "}
            <a href={workbench.details.sourceUrl} rel="noreferrer nofollow" className="underline">
              Source
            </a>
          </>
        ) : null}
      </p>
    </div>
  );
}
