import type { Metadata } from "next";
import { ImportArticleForm } from "@/components/articles/import-article-form";
import { BackLink, PageHeader } from "@/components/ui";
import { requireRole } from "@/lib/auth/session.server";
import { importArticleAction } from "../actions";

export const metadata: Metadata = { title: "Import an article" };

export default async function ImportArticlePage() {
  await requireRole("teacher");
  return (
    <>
      <BackLink href="/articles">Articles</BackLink>
      <PageHeader
        title="Import an article"
        lead="Bring your own reading. Its text is stored exactly as extracted; you then make facts by selecting passages, or accept the ones we suggest."
      />
      <ImportArticleForm save={importArticleAction} />
    </>
  );
}
