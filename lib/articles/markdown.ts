/**
 * Markdown as the text a reader sees: no hashes, emphasis, link targets, images or fences, "• "
 * bullets, with the title and details its front matter (or first heading) gives. Pure: the caller
 * normalizes the text and tidies the fields (extract.server.ts).
 */

export interface MarkdownText {
  /** Line for line what a reader sees, not yet normalized. */
  text: string;
  /** The front matter's title, else a "# " heading with nothing but blank lines before it. */
  title: string | undefined;
  author: string | undefined;
  date: string | undefined;
}

const escapedPunctuation = /\\([\\`*_{}[\]()#+\-.!>~|])/g;
/** Escaped characters hide in the Private Use Area while emphasis is stripped, so "\*" stays a star. */
const hideEscapes = (text: string) =>
  text.replace(escapedPunctuation, (_, char: string) => String.fromCharCode(0xe000 + char.charCodeAt(0)));
const showEscapes = (text: string) =>
  text.replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - 0xe000));

/** One line's inline markup stripped; escapes stay hidden (showEscapes reveals them). */
function inlineText(text: string): string {
  return hideEscapes(text)
    .split(/(`+[^`]*`+)/)
    .map((part) =>
      part.startsWith("`")
        ? part.replace(/^`+ ?| ?`+$/g, "")
        : part
            .replace(/!\[[^\]]*\](\([^)]*\)|\[[^\]]*\])/g, "")
            .replace(/\[([^\]]+)\](\([^)]*\)|\[[^\]]*\])/g, "$1")
            .replace(/<((?:https?|mailto):[^>\s]+)>/g, "$1")
            .replace(/(\*\*|__|~~)(?=\S)(.+?)(?<=\S)\1/g, "$2")
            .replace(/\*(?=\S)(.+?)(?<=\S)\*/g, "$1")
            .replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, "$1"),
    )
    .join("");
}

/** The reader's text and front matter of `source`, whose lines end in LF (normalizeExtractedText gives that). */
export function markdownText(source: string): MarkdownText {
  const frontMatter = /^---\n([\s\S]*?)\n---(\n|$)/.exec(source);
  const field = (key: string) => new RegExp(`^${key}:\\s*["']?(.*?)["']?\\s*$`, "mi").exec(frontMatter?.[1] ?? "")?.[1];
  const lines: string[] = [];
  let fenced = false;
  let title = field("title");
  for (const line of source.slice(frontMatter?.[0].length ?? 0).split("\n")) {
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    else if (fenced) lines.push(line);
    else if (/^ {0,3}(([-*_]) *)(\2 *){2,}$|^ {0,3}=+ *$/.test(line)) lines.push("");
    else if (/^ {0,3}\[[^\]]+\]:\s*\S+/.test(line)) continue;
    else {
      const heading = /^ {0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(line);
      const bare = line.replace(/^( {0,3}> ?)+/, "");
      const text = heading ? inlineText(heading[2]!) : inlineText(bare).replace(/^(\s*)[-*+]\s+/, "$1• ");
      const shown = showEscapes(text);
      if (heading?.[1] === "#" && !title?.trim() && lines.every((earlier) => earlier.trim() === "")) title = shown;
      lines.push(shown);
    }
  }
  return { text: lines.join("\n"), title, author: field("author"), date: field("date") };
}
