import "server-only";
import { db } from "@/lib/db";
import { readableArticles } from "@/lib/articles/access.server";
import { topicLabel } from "@/lib/facts/labels";
import type { Selection } from "./selection";

/** A session's name from what was chosen: "Practice · Kyiv Independent article · Casualties". */
export async function practiceTitle(studentId: string, selection: Selection): Promise<string> {
  const parts: string[] = [];
  if (selection.articles.length === 1) {
    // Only an article the student may read names the session.
    const article = await db().article.findFirst({
      where: { id: selection.articles[0], ...readableArticles({ id: studentId, role: "student" }) },
      select: { title: true },
    });
    if (article) parts.push(article.title);
  } else if (selection.articles.length > 1) {
    parts.push(`${selection.articles.length} articles`);
  }
  if (selection.topics.length) parts.push(selection.topics.map(topicLabel).join(", "));
  return parts.length ? `Practice: ${parts.join(" · ")}` : "Practice: all articles";
}
