import "server-only";
import { db } from "@/lib/db";
import { topicLabel } from "@/lib/facts/labels";
import type { Selection } from "./selection";

/** A session's name from what was chosen: "Practice · Kyiv Independent article · Casualties". */
export async function practiceTitle(selection: Selection): Promise<string> {
  const parts: string[] = [];
  if (selection.articles.length === 1) {
    const article = await db().article.findUnique({ where: { id: selection.articles[0] }, select: { title: true } });
    if (article) parts.push(article.title);
  } else if (selection.articles.length > 1) {
    parts.push(`${selection.articles.length} articles`);
  }
  if (selection.topics.length) parts.push(selection.topics.map(topicLabel).join(", "));
  return parts.length ? `Practice: ${parts.join(" · ")}` : "Practice: all articles";
}
