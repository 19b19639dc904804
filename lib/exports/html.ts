/** Text for formats that carry HTML (Moodle, Canvas, Anki): escaped, and the citation as markup. */
import type { ExportSource } from "./question";

export const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The source as HTML: the quote, the article and outlet, who claims it, and who claims otherwise. */
export function sourceHtml(source: ExportSource): string {
  const parts = [
    `<p><strong>Source:</strong> “${escapeHtml(source.quote)}”</p>`,
    `<p><cite>${escapeHtml(source.articleTitle)}</cite>${[source.outlet, source.date]
      .filter((part): part is string => Boolean(part))
      .map((part) => `, ${escapeHtml(part)}`)
      .join("")}</p>`,
  ];
  if (source.attribution) parts.push(`<p>Claim by: ${escapeHtml(source.attribution)}</p>`);
  if (source.otherClaims.length)
    parts.push(
      `<p>Sources differ: ${source.otherClaims.map((c) => `${escapeHtml(c.who)}: <strong>${escapeHtml(c.says)}</strong>`).join("; ")}</p>`,
    );
  return parts.join("");
}
