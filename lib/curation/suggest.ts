/**
 * Candidate facts from any expository text, for a teacher to accept, edit or dismiss: one per
 * sentence that names a date, year, number, quantity, person, organisation or place, with a
 * question about that span (worded in suggest-questions.ts). Extractive only: every quote and
 * answer is a verbatim slice of the text.
 */
import nlp from "compromise";
import type { AnswerType } from "@/lib/facts/schema";
import {
  candidateFor,
  capitalize,
  collapse,
  MIN_SENTENCE,
  speechVerbs,
  withoutFinalStop,
  type Candidate,
  type Span,
  type TextRange,
  type Token,
} from "./suggest-questions";

export type { TextRange } from "./suggest-questions";

export interface Suggestion {
  /** === text.slice(quoteStart, quoteEnd): one sentence, or the clause with the answer when the sentence is too long. */
  quote: string;
  quoteStart: number;
  quoteEnd: number;
  /** The quote as a standalone statement: whitespace collapsed, ending with a period. */
  statement: string;
  question: string;
  /** === text.slice(answerStart, answerEnd), inside the quote. */
  answer: string;
  answerStart: number;
  answerEnd: number;
  answerType: AnswerType;
  /** Who makes the claim, when the sentence says "X said" or "according to X". */
  attribution?: string;
  /** Higher is more useful; suggestions come sorted by it. */
  score: number;
}

export interface SuggestOptions {
  /** Ranges never to quote (the title line, boilerplate). */
  exclude?: TextRange[];
  limit?: number;
}

const month = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)`;
const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
// "12 March 1901", "19th January, 2022", "March 12, 1901", "Dec. 20", "March 1901": a day or a year with the month.
const datePattern = new RegExp(
  String.raw`\b(?:${day}\s+(?:of\s+)?${month}(?:,?\s+\d{4})?|${month}\s+${day}(?:,?\s+\d{4})?|${month},?\s+\d{4})(?![\d\p{L}])`,
  "gu",
);
const pronounStart = /^(?:he|she|it|its|they|their|his|her|this|these|those|that|we|i|our)\b/i;

const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;

/** Same length as the text: line breaks inside a paragraph become spaces, so a hard-wrapped sentence parses as one. */
function joinWrappedLines(text: string): string {
  return text.replace(/\r/g, " ").replace(/([^\n]*)\n(?=([^\n]*))/g, (_match, line: string, next: string) => {
    const heading = line.trim().length < MIN_SENTENCE && !/[.!?,;:]["”’)]*$/.test(line.trim());
    const bullet = /^\s*(?:[-*•–]|\d+[.)])\s/.test(next);
    return line.trim() && next.trim() && !heading && !bullet ? `${line} ` : `${line}\n`;
  });
}

/** Who makes the claim: "…, X said." / "according to X," / "X reported that …". */
function attributionOf(sentence: string): string | undefined {
  const said = sentence.match(new RegExp(`,["”’]?\\s+([^,"“”]{2,60}?)\\s+(?:${speechVerbs})\\b[^"“”]*$`));
  const according = sentence.match(/\baccording to ([^,.;"“”]{2,80}?)\s*(?:[,.;]|$)/i);
  const reported = sentence.match(new RegExp(`^([^,"“”]{2,60}?)\\s+(?:${speechVerbs})\\s+that\\b`));
  const saidBy = sentence.match(new RegExp(`[,"”]\\s+(?:${speechVerbs})\\s+([^,"“”]{2,60}?)\\s*(?:,|\\.?$)`));
  const found = said?.[1] ?? according?.[1] ?? reported?.[1] ?? saidBy?.[1] ?? "";
  const who = collapse(found.replace(/^[\s"“”]+|[\s,.;:"“”]+$/g, ""));
  // "… have been reported", "… which it said": a clause, not a speaker.
  const clause = /\b(?:be|been|being|is|are|was|were|has|have|had|which|who|that|it|but)\b/i.test(who);
  return who && who.split(" ").length <= 8 && !pronounStart.test(who) && !clause ? who : undefined;
}

function tokensOf(doc: ReturnType<typeof nlp>): Token[][] {
  doc.compute("offset");
  return doc.document.map((terms) =>
    terms.map((term, k) => {
      const start = (term as { offset?: { start: number } }).offset?.start ?? -1;
      // What separates this term from the next, including the next one's opening bracket or quote.
      const post = term.post + (terms[k + 1]?.pre ?? "");
      return { text: term.text, post, tags: term.tags ?? new Set(), start, end: start + term.text.length };
    }),
  );
}

/** Followed by nothing but space ("St. Petersburg": an abbreviation's full stop counts as space). */
const spaced = (token: Token | undefined) =>
  token !== undefined && (token.tags.has("Abbreviation") ? /^\.?\s+$/ : /^\s+$/).test(token.post);
const isName = (word = "") => /^[\p{Lu}][\p{L}\p{M}.'’]*(?:-\p{Lu}[\p{L}\p{M}.'’]*)*$/u.test(word);
const calendarWords =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const nameJoiners = /^(?:of|for|and|the|de|du|la|von|van|der|al)$/;
const organisationHeads =
  /\b(?:Council|Committee|Institute|Department|Office|Society|Alliance|Organi[sz]ation|Association|University|Agency|Ministry|Party|Company|Corporation|Foundation|Commission|Senate|Congress|Parliament|Army|Navy|Union|League|Museum|College|Hospital|Fund|Movement|Service|Bank)$/;

/** "International Committee" + "of the Red Cross": compromise stops an organisation's name at "of". */
function extendName(tokens: Token[], last: number): number {
  while (spaced(tokens[last - 1]) && /^(?:of|for)$/.test(tokens[last]?.text ?? "") && spaced(tokens[last])) {
    let next = last + 1;
    if (tokens[next]?.text === "the" && spaced(tokens[next])) next++;
    let end = next;
    while (isName(tokens[end]?.text) && (end === next || spaced(tokens[end - 1]))) end++;
    if (end === next) break;
    last = end;
  }
  return last;
}

/** People, organisations and places from compromise, trimmed to the capitalised name and split at punctuation. */
function entitySpans(tokens: Token[], ranges: [AnswerType, number, number][]): Span[] {
  const spans: Span[] = [];
  for (const [type, from, to] of ranges) {
    let first = from;
    while (first < to && /^(?:the|a|an)$/i.test(tokens[first]!.text)) first++;
    while (first < to - 1 && tokens[first]!.tags.has("Honorific")) first++;
    const namePart = (token?: Token) =>
      spaced(token) && isName(token!.text) && token!.tags.has("ProperNoun") && !token!.tags.has("Honorific");
    // "Francis Crick" + "Institute": compromise can split one name into a person and an organisation.
    while (type === "organization" && first > 0 && namePart(tokens[first - 1])) first--;
    const nameStart = namePart(tokens[first - 1]) ? first : -1;
    for (let i = first; i < to; i++) {
      if (i < to - 1 && spaced(tokens[i])) continue;
      const last = type === "organization" && i === to - 1 ? extendName(tokens, i + 1) : i + 1;
      const names = tokens.slice(first, last);
      const final = names.at(-1)!;
      const end = final.end - (/['’]s$/.test(final.text) ? 2 : 0);
      const capitalised = names.every(
        (t, k) => isName(t.text) || (k > 0 && k < names.length - 1 && nameJoiners.test(t.text)),
      );
      // A name followed by another capitalised word is part of a longer name compromise missed ("Francis Crick Institute").
      const partOfLonger = (spaced(final) && isName(tokens[last]?.text)) || first === nameStart;
      const placeLike = names.some((t) => t.tags.has("Place") || t.tags.has("Country") || t.tags.has("City"));
      const spanType = organisationHeads.test(final.text)
        ? "organization"
        : type === "person" && placeLike
          ? "place"
          : type;
      const dated = names.some((t) => t.tags.has("Date") || calendarWords.test(t.text));
      if (capitalised && !partOfLonger && !dated && names[0]!.start >= 0 && end > names[0]!.start)
        spans.push({ type: spanType, start: names[0]!.start, end, first, last });
      first = i + 1;
    }
  }
  return spans;
}

/** Dates (by their written shapes), years, numbers and quantities in one sentence. */
function valueSpans(tokens: Token[], sentence: TextRange, text: string, numbers: [number, number][]): Span[] {
  const indexAt = (offset: number) => tokens.findIndex((t) => t.end > offset);
  const spans: Span[] = [];
  for (const match of text.slice(sentence.start, sentence.end).matchAll(datePattern)) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    spans.push({ type: "date", start, end, first: indexAt(start), last: indexAt(end - 1) + 1 });
  }
  tokens.forEach((token, i) => {
    const next = tokens[i + 1];
    const isYear = /^\d{4}$/.test(token.text) && +token.text >= 1000 && +token.text <= 2100;
    const counted = next && (next.tags.has("Unit") || next.tags.has("Plural"));
    const afterPreposition = /^(?:in|since|between|from|until|by|before|after|during|and|to)$/i.test(
      tokens[i - 1]?.text ?? "",
    );
    if (isYear && (token.tags.has("Year") || token.tags.has("Date") || afterPreposition) && !counted)
      spans.push({ type: "year", start: token.start, end: token.end, first: i, last: i + 1 });
  });
  for (const [from, to] of numbers) {
    const digits = tokens.slice(from, to);
    const broken = digits.length === 0 || digits.slice(0, -1).some((t) => !spaced(t));
    if (broken || digits.some((t) => t.tags.has("Ordinal")) || /^(?:one|a|an)$/i.test(digits[0]!.text)) continue;
    // "3,000 people", "40 percent", "1 metre", "3,000 armed men": the number with what it counts.
    const adjective = tokens[to]?.tags.has("Adjective") && spaced(tokens[to]) ? 1 : 0;
    const noun = spaced(tokens[to - 1]) ? tokens[to + adjective] : undefined;
    const counts =
      noun !== undefined &&
      !noun.tags.has("Date") &&
      (noun.tags.has("Unit") ||
        noun.tags.has("Plural") ||
        (digits[0]!.text === "1" && noun.tags.has("Noun") && !noun.tags.has("ProperNoun")));
    const last = counts ? to + adjective + 1 : to;
    const quantity = counts || digits.some((t) => t.tags.has("Money") || t.tags.has("Percent"));
    const span: Span = {
      type: quantity ? "quantity" : "number",
      start: digits[0]!.start,
      end: tokens[last - 1]!.end,
      first: from,
      last,
      noun: counts ? text.slice(tokens[to]!.start, noun.end) : undefined,
    };
    if (!spans.some((other) => overlaps(other, span))) spans.push(span);
  }
  return spans;
}

const closingPunctuation = /[.!?…"”’')\]]*/y;
/** The sentence's range in the text, with its opening quote mark and closing punctuation. */
function sentenceRange(tokens: Token[], text: string): TextRange | null {
  const first = tokens.find((t) => t.text && t.start >= 0);
  const last = tokens.findLast((t) => t.text && t.start >= 0);
  if (!first || !last) return null;
  const opening = text.slice(Math.max(0, first.start - 1), first.start).match(/^["“(]$/)?.[0].length ?? 0;
  closingPunctuation.lastIndex = last.end;
  const closing = closingPunctuation.exec(text)?.[0].length ?? 0;
  return { start: first.start - opening, end: last.end + closing };
}

/** compromise's people, organisations, places and numbers, as token ranges per sentence. */
function compromiseRanges(doc: ReturnType<typeof nlp>, sentenceCount: number) {
  const entities = Array.from({ length: sentenceCount }, (): [AnswerType, number, number][] => []);
  const numbers = Array.from({ length: sentenceCount }, (): [number, number][] => []);
  const entityPointers: [AnswerType, typeof doc.pointer][] = [
    ["person", doc.people().pointer],
    ["organization", doc.organizations().pointer],
    ["place", doc.places().pointer],
  ];
  for (const [type, pointers] of entityPointers)
    for (const [n, from, to] of pointers ?? []) if (n !== undefined) entities[n]?.push([type, from ?? 0, to ?? 0]);
  for (const [n, from, to] of doc.numbers().pointer ?? []) if (n !== undefined) numbers[n]?.push([from ?? 0, to ?? 0]);
  return { entities, numbers };
}

/**
 * Best first, at most `limit`. A repeated answer makes a dull quiz: each repeat ranks lower than the first.
 * A repeated question ("Last night, Japanese forces attacked ___") would have two right answers: only the first stays.
 */
function rankDistinct(suggestions: Suggestion[], limit: number): Suggestion[] {
  const byRank = (a: Suggestion, b: Suggestion) => b.score - a.score || a.quoteStart - b.quoteStart;
  const answers = new Map<string, number>();
  const questions = new Set<string>();
  const distinct = suggestions.sort(byRank).filter((suggestion) => {
    const key = `${suggestion.answerType}:${collapse(suggestion.answer).toLowerCase()}`;
    suggestion.score -= answers.get(key) ?? 0;
    answers.set(key, (answers.get(key) ?? 0) + 1);
    if (questions.has(suggestion.question)) return false;
    questions.add(suggestion.question);
    return true;
  });
  return distinct.sort(byRank).slice(0, limit);
}

/** Candidate facts from the text, best first: at most one per sentence. */
export function suggestFacts(text: string, options: SuggestOptions = {}): Suggestion[] {
  const { exclude = [], limit = 30 } = options;
  const doc = nlp(joinWrappedLines(text));
  const sentences = tokensOf(doc);
  const ranges = compromiseRanges(doc, sentences.length);

  const suggestions: Suggestion[] = [];
  // Sentences inside a quotation that runs over several sentences are fragments of someone's speech.
  let straightQuotes = 0;
  let curlyDepth = 0;
  let previousEnd = 0;
  sentences.forEach((tokens, n) => {
    const sentence = sentenceRange(tokens, text);
    if (!sentence) return;
    if (/\n\s*\n/.test(text.slice(previousEnd, sentence.start))) straightQuotes = curlyDepth = 0;
    const inQuotation = straightQuotes % 2 === 1 || curlyDepth > 0;
    const quoted = text.slice(sentence.start, sentence.end);
    const count = (mark: RegExp) => quoted.match(mark)?.length ?? 0;
    straightQuotes += count(/"/g);
    curlyDepth = Math.max(0, curlyDepth + count(/“/g) - count(/”/g));
    previousEnd = sentence.end;
    if (exclude.some((range) => overlaps(range, sentence))) return;
    const flat = collapse(quoted);
    const balanced = count(/"/g) % 2 === 0 && count(/“/g) === count(/”/g);
    const attribution = attributionOf(flat);
    const dialogue = inQuotation || !balanced || (/^["“]/.test(flat) && !attribution);
    const statementLike =
      /[.!]["”’)\]]*$/.test(flat) && /^[\p{Lu}\d"“(]/u.test(flat) && tokens.some((t) => t.tags.has("Verb"));
    if (dialogue || !statementLike || flat.length < MIN_SENTENCE) return;
    const spans = [
      ...valueSpans(tokens, sentence, text, ranges.numbers[n]!),
      ...entitySpans(tokens, ranges.entities[n]!),
    ];
    const unique = spans.filter(
      (span, i) => span.first >= 0 && !spans.slice(0, i).some((other) => overlaps(other, span)),
    );
    const best = unique
      .map((span) => candidateFor(span, unique, tokens, sentence, text))
      .reduce<Candidate | null>((top, c) => (c && (!top || c.score > top.score) ? c : top), null);
    if (!best) return;
    const quote = text.slice(best.quote.start, best.quote.end);
    const cut = best.quote.start !== sentence.start || best.quote.end !== sentence.end;
    const statement = cut ? capitalize(withoutFinalStop(collapse(quote))) + "." : flat;
    const penalty = (pronounStart.test(flat) ? 1.5 : 0) + (/^(?:and|but|or|so)\b/i.test(flat) ? 0.5 : 0);
    suggestions.push({
      quote,
      quoteStart: best.quote.start,
      quoteEnd: best.quote.end,
      statement,
      question: best.question,
      answer: text.slice(best.span.start, best.span.end),
      answerStart: best.span.start,
      answerEnd: best.span.end,
      answerType: best.span.type,
      ...(attribution ? { attribution } : {}),
      score: best.score - penalty,
    });
  });

  return rankDistinct(suggestions, limit);
}
