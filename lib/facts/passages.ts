/**
 * Splits an article into what the reader renders: paragraphs of text pieces, each piece knowing
 * which facts' passages cover it, and boilerplate set aside. Pure, so the highlight logic is tested.
 */
import { titleRange, type TextRange } from "./corpus";
import type { ArticleMeta } from "./schema";

export interface PassageRange extends TextRange {
  factId: string;
}

export interface Piece {
  text: string;
  /** Facts whose passage covers this piece (several when passages overlap). */
  factIds: string[];
  /** Facts whose passage starts here: the #fact-<id> anchors. */
  startsFacts: string[];
  /** Facts whose passage ends here: where "sources differ" notes go. */
  endsFacts: string[];
}

export type Block =
  | { kind: "paragraph"; pieces: Piece[] }
  | { kind: "boilerplate"; boilerplateKind: ArticleMeta["boilerplate"][number]["kind"]; lines: string[] };

export function articleBlocks(
  text: string,
  boilerplate: ArticleMeta["boilerplate"],
  passages: PassageRange[],
): Block[] {
  const blocks: Block[] = [];
  let lineStart = titleRange(text).end + 1;
  while (lineStart < text.length) {
    const newline = text.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? text.length : newline;
    if (lineEnd > lineStart && text.slice(lineStart, lineEnd).trim())
      addLine(blocks, text, { start: lineStart, end: lineEnd }, boilerplate, passages);
    lineStart = lineEnd + 1;
  }
  return blocks;
}

function addLine(
  blocks: Block[],
  text: string,
  line: TextRange,
  boilerplate: ArticleMeta["boilerplate"],
  passages: PassageRange[],
) {
  const lineText = text.slice(line.start, line.end);
  const furniture = boilerplate.find((range) => range.start < line.end && line.start < range.end);
  if (furniture) {
    const previous = blocks.at(-1);
    // Consecutive lines of one boilerplate range (a comment widget) form one aside.
    if (previous?.kind === "boilerplate" && previous.boilerplateKind === furniture.kind) previous.lines.push(lineText);
    else blocks.push({ kind: "boilerplate", boilerplateKind: furniture.kind, lines: [lineText] });
    return;
  }
  const cuts = new Set([line.start, line.end]);
  for (const p of passages) {
    if (p.start > line.start && p.start < line.end) cuts.add(p.start);
    if (p.end > line.start && p.end < line.end) cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    pieces.push({
      text: text.slice(start, end),
      factIds: passages.filter((p) => p.start <= start && p.end >= end).map((p) => p.factId),
      startsFacts: passages.filter((p) => p.start === start).map((p) => p.factId),
      endsFacts: passages.filter((p) => p.end === end).map((p) => p.factId),
    });
  }
  blocks.push({ kind: "paragraph", pieces });
}

export interface PassageInContext {
  before: string;
  quote: string;
  after: string;
}

/** The quote inside its paragraph (the text between the line breaks around it), for citations. */
export function passageInParagraph(text: string, start: number, end: number): PassageInContext {
  const from = text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const to = lineEnd < 0 ? text.length : lineEnd;
  return {
    before: text.slice(from, start).trimStart(),
    quote: text.slice(start, end),
    after: text.slice(end, to).trimEnd(),
  };
}
