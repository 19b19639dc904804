/**
 * Splits an article into what the reader renders: paragraphs of text pieces, each piece knowing
 * which facts' passages cover it, and boilerplate set aside. Pure, so the highlight logic is tested.
 *
 * Paragraphs are built from lines: hard-wrapped text (e-mails, old documents) flows into paragraphs,
 * one-paragraph-per-line text stays split, and stray fragments ("Tokayev thanked") join their
 * neighbours. Every piece keeps its exact source offsets; a joined line break is its own piece.
 */
import nlp from "compromise";
import { titleRange, type TextRange } from "./corpus";
import type { ArticleMeta } from "./schema";

export interface PassageRange extends TextRange {
  factId: string;
}

export interface Piece {
  /** What to display: the source text, or a single space for a joint. */
  text: string;
  /** Source range: `text.slice(start, end) === piece.text` except for joints. */
  start: number;
  end: number;
  /** A joined line break (the newline and whitespace around it), displayed as one space. */
  joint?: true;
  /** Facts whose passage covers this piece (several when passages overlap). */
  factIds: string[];
  /** Facts whose passage starts here: the #fact-<id> anchors. */
  startsFacts: string[];
  /** Facts whose passage ends here: where "sources differ" notes go. */
  endsFacts: string[];
}

type Boilerplate = ArticleMeta["boilerplate"];

export type Block =
  | { kind: "paragraph"; pieces: Piece[] }
  | { kind: "boilerplate"; boilerplateKind: Boilerplate[number]["kind"]; lines: string[] };

export interface ArticleLayoutOptions {
  /** Where the body begins. Default: after the first line (a library article's headline). */
  bodyStart?: number;
}

/** A displayed paragraph: source lines (trimmed), shown with one space between them. */
interface Paragraph {
  kind: "paragraph";
  lines: TextRange[];
  /** Prose that may join a neighbouring fragment; list items and verse lines never do. */
  flowing: boolean;
}
type LayoutItem = Paragraph | { kind: "boilerplate"; boilerplateKind: Boilerplate[number]["kind"]; lines: TextRange[] };

interface Line extends TextRange {
  afterBlank: boolean;
}
interface LinePart extends TextRange {
  boilerplateKind?: Boilerplate[number]["kind"];
}

const WRAP_MIN_WIDTH = 40;
const WRAP_MAX_WIDTH = 120;
const SENTENCE_END = /[.!?:;…]["'”’»)\]]*$/u;
const CONTINUATION_START = /^(?:[,.;:!?)\]}”’»…]|\p{Ll})/u;
const LIST_MARKER = /^(?:[•◦▪‣·*+–—-]|\(?\d{1,3}[.)]|\(?[a-z]\))\s/u;
const SALUTATION = /^(?:dear|hi|hello|hey|good (?:morning|afternoon|evening)|greetings)\b.*,$/iu;

export function articleBlocks(
  text: string,
  boilerplate: Boilerplate,
  passages: PassageRange[],
  options: ArticleLayoutOptions = {},
): Block[] {
  return articleLayout(text, boilerplate, options).map((item) =>
    item.kind === "boilerplate"
      ? { ...item, lines: item.lines.map((line) => text.slice(line.start, line.end)) }
      : { kind: "paragraph", pieces: paragraphPieces(text, item.lines, passages) },
  );
}

function articleLayout(text: string, boilerplate: Boilerplate, options: ArticleLayoutOptions): LayoutItem[] {
  const items: LayoutItem[] = [];
  let run: TextRange[] = [];
  const endRun = () => {
    for (const paragraph of runParagraphs(text, run)) addParagraph(items, text, paragraph);
    run = [];
  };
  for (const line of bodyLines(text, options.bodyStart ?? titleRange(text).end + 1)) {
    if (line.afterBlank) endRun();
    for (const part of lineParts(text, line, boilerplate)) {
      if (!part.boilerplateKind) {
        run.push(part);
        continue;
      }
      endRun();
      const previous = items.at(-1);
      // Consecutive lines of one boilerplate kind (a comment widget) form one aside.
      if (previous?.kind === "boilerplate" && previous.boilerplateKind === part.boilerplateKind)
        previous.lines.push(part);
      else items.push({ kind: "boilerplate", boilerplateKind: part.boilerplateKind, lines: [part] });
    }
  }
  endRun();
  return items;
}

/** The non-blank lines from `bodyStart`, each knowing whether a blank line (or the body start) precedes it. */
function bodyLines(text: string, bodyStart: number): Line[] {
  const lines: Line[] = [];
  let afterBlank = true;
  for (let start = Math.max(0, bodyStart); start < text.length;) {
    const newline = text.indexOf("\n", start);
    const lineEnd = newline < 0 ? text.length : newline;
    const end = lineEnd > start && text[lineEnd - 1] === "\r" ? lineEnd - 1 : lineEnd;
    if (!text.slice(start, end).trim()) afterBlank = true;
    else {
      lines.push({ start, end, afterBlank });
      afterBlank = false;
    }
    start = lineEnd + 1;
  }
  return lines;
}

/**
 * A line cut where boilerplate starts and ends (a picture credit after the last sentence): text parts
 * without their surrounding whitespace, boilerplate parts with their kind.
 */
function lineParts(text: string, line: TextRange, boilerplate: Boilerplate): LinePart[] {
  const furniture = boilerplate
    .filter((range) => range.start < line.end && line.start < range.end)
    .sort((a, b) => a.start - b.start);
  const parts: LinePart[] = [];
  let from = line.start;
  const addText = (to: number) => {
    const source = text.slice(from, to);
    const leading = source.search(/\S/);
    if (leading >= 0) parts.push({ start: from + leading, end: from + source.trimEnd().length });
  };
  for (const range of furniture) {
    addText(Math.max(from, range.start));
    const start = Math.max(from, range.start);
    from = Math.min(line.end, Math.max(from, range.end));
    if (from > start) parts.push({ start, end: from, boilerplateKind: range.kind });
  }
  addText(line.end);
  return parts;
}

/** Paragraphs of a run of lines (no blank line between them): list items split, wrapped prose joined. */
function runParagraphs(text: string, run: TextRange[]): Paragraph[] {
  const groups: TextRange[][] = [];
  const isList = run.some((line) => isListItem(text, line));
  for (const line of run) {
    if (!groups.length || isListItem(text, line)) groups.push([line]);
    else groups.at(-1)!.push(line);
  }
  return groups.flatMap((lines) => {
    if (looksHardWrapped(text, lines)) return [{ kind: "paragraph" as const, lines, flowing: !isList }];
    // A lone short line is prose (maybe a fragment); several short lines are verse or an address.
    const flowing = !isList && (lines.length < 2 || !hasShortLines(lines));
    return lines.map((line) => ({ kind: "paragraph" as const, lines: [line], flowing }));
  });
}

/** Adds a paragraph, joining it to the previous one when either is a fragment of the same prose. */
function addParagraph(items: LayoutItem[], text: string, paragraph: Paragraph) {
  const previous = items.at(-1);
  if (previous?.kind === "paragraph" && previous.flowing && paragraph.flowing) {
    const previousText = text.slice(previous.lines[0]!.start, previous.lines.at(-1)!.end);
    const firstLine = paragraph.lines[0]!;
    if (endsOpen(previousText) || CONTINUATION_START.test(text.slice(firstLine.start, firstLine.end))) {
      previous.lines.push(...paragraph.lines);
      return;
    }
  }
  items.push(paragraph);
}

function isListItem(text: string, line: TextRange): boolean {
  return LIST_MARKER.test(text.slice(line.start, line.end));
}

const width = (line: TextRange) => line.end - line.start;

/** Verse, addresses, signatures: every line short. */
function hasShortLines(lines: TextRange[]): boolean {
  return Math.max(...lines.map(width)) < WRAP_MIN_WIDTH;
}

/** Lines broken at a fixed width: most lines (all but the last) nearly as wide as the widest. */
function hasEvenWidth(lines: TextRange[]): boolean {
  const widest = Math.max(...lines.map(width));
  const wrapped = lines.slice(0, -1);
  if (wrapped.length < 2 || widest < WRAP_MIN_WIDTH || widest > WRAP_MAX_WIDTH) return false;
  return wrapped.filter((line) => width(line) >= widest * 0.8).length * 3 >= wrapped.length * 2;
}

/** A break that falls inside a sentence: the line stops short of its end, or the next line goes on. */
function isWrapBreak(text: string, before: TextRange, after: TextRange): boolean {
  return endsOpen(text.slice(before.start, before.end)) || CONTINUATION_START.test(text.slice(after.start));
}

/**
 * Hard-wrapped prose: some mid-sentence breaks, and even widths or mostly such breaks. Text with one
 * paragraph per line (each line complete) is not; its odd fragment is joined later by `addParagraph`.
 */
function looksHardWrapped(text: string, lines: TextRange[]): boolean {
  if (lines.length < 2 || hasShortLines(lines)) return false;
  const wrapBreaks = lines.slice(1).filter((line, i) => isWrapBreak(text, lines[i]!, line)).length;
  if (!wrapBreaks) return false;
  return hasEvenWidth(lines) || wrapBreaks * 2 > lines.length - 1;
}

/** Text that stops mid-sentence, unless it is meant to stand alone (a heading, a salutation). */
function endsOpen(paragraphText: string): boolean {
  return !SENTENCE_END.test(paragraphText) && !looksLikeHeading(paragraphText) && !SALUTATION.test(paragraphText);
}

/**
 * A short line that stands alone: in capitals or Title Case ("BACKGROUND", "Key Dates"), or one,
 * not a quotation, whose last word can end a phrase ("Water and drought", "How the locks work"). A line cut off
 * mid-sentence ends on a word that needs more: a past-tense verb ("Tokayev thanked"), a
 * preposition, article, conjunction or auxiliary ("In the spring of"), as compromise tags it.
 */
function looksLikeHeading(line: string): boolean {
  const words = line.split(/\s+/);
  if (line.length > 60 || words.length > 8) return false;
  // A quotation on its own line goes on with who said it ("“…attacks”" / "Putin told …").
  if (/^["“«‘']/u.test(line) && /["”»’']$/u.test(line)) return false;
  if (line === line.toUpperCase() || words.every((word) => word.length < 4 || !/^\p{Ll}/u.test(word))) return true;
  return !nlp(line).terms().last().has("(#PastTense|#Preposition|#Determiner|#Conjunction|#Auxiliary|#Modal)");
}

function paragraphPieces(text: string, lines: TextRange[], passages: PassageRange[]): Piece[] {
  const joints = lines.slice(1).map((line, i) => ({ start: lines[i]!.end, end: line.start }));
  // A passage that starts or ends on a joined line break is anchored to the text beside it.
  const snapStart = (at: number) => joints.find((j) => j.start <= at && at < j.end)?.end ?? at;
  const snapEnd = (at: number) => joints.find((j) => j.start < at && at <= j.end)?.start ?? at;
  const snapped = passages.map((p) => ({ factId: p.factId, start: snapStart(p.start), end: snapEnd(p.end) }));
  const piece = (start: number, end: number, joint: boolean): Piece => ({
    text: joint ? " " : text.slice(start, end),
    start,
    end,
    ...(joint ? { joint: true as const } : {}),
    factIds: snapped.filter((p) => p.start <= start && p.end >= end).map((p) => p.factId),
    startsFacts: joint ? [] : snapped.filter((p) => p.start === start).map((p) => p.factId),
    endsFacts: joint ? [] : snapped.filter((p) => p.end === end).map((p) => p.factId),
  });
  return lines.flatMap((line, index) => {
    const cuts = new Set([line.start, line.end]);
    for (const p of snapped) {
      if (p.start > line.start && p.start < line.end) cuts.add(p.start);
      if (p.end > line.start && p.end < line.end) cuts.add(p.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces = points.slice(1).map((end, i) => piece(points[i]!, end, false));
    return index ? [piece(joints[index - 1]!.start, joints[index - 1]!.end, true), ...pieces] : pieces;
  });
}

export interface PassageInContext {
  before: string;
  quote: string;
  after: string;
  /** The quote as displayed, when it spans a line break: line breaks shown as single spaces. */
  display?: string;
}

export interface PassageContextOptions extends ArticleLayoutOptions {
  /** The article's boilerplate: paragraphs never join across it. */
  boilerplate?: Boilerplate;
}

/** Line breaks (and the whitespace and blank lines around them) as the reader shows them: one space. */
const asDisplayed = (source: string) => source.replace(/[^\S\n]*\n\s*/gu, " ");

/** The quote inside its paragraph as the reader shows it, for citations. */
export function passageInParagraph(
  text: string,
  start: number,
  end: number,
  options: PassageContextOptions = {},
): PassageInContext {
  const paragraphs = articleLayout(text, options.boilerplate ?? [], options).flatMap((item) =>
    item.kind === "paragraph" ? [{ start: item.lines[0]!.start, end: item.lines.at(-1)!.end }] : [],
  );
  // Outside the body's paragraphs (the headline, say) the paragraph is the quote's line.
  const from =
    paragraphs.find((p) => p.start <= start && start < p.end)?.start ?? text.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = text.indexOf("\n", end);
  const to = paragraphs.find((p) => p.start < end && end <= p.end)?.end ?? (lineEnd < 0 ? text.length : lineEnd);
  const quote = text.slice(start, end);
  return {
    before: asDisplayed(text.slice(from, start)).trimStart(),
    quote,
    after: asDisplayed(text.slice(end, to)).trimEnd(),
    ...(quote.includes("\n") ? { display: asDisplayed(quote) } : {}),
  };
}
