/**
 * Candidate facts from any expository text, for a teacher to accept, edit or dismiss: one per
 * sentence that names a date, year, number, quantity, person, organisation or place, with a
 * question about that span. Extractive only: every quote and answer is a verbatim slice of the text.
 */
import nlp from "compromise";
import type { AnswerType } from "@/lib/facts/schema";

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

export interface TextRange {
  start: number;
  end: number;
}

export interface SuggestOptions {
  /** Ranges never to quote (the title line, boilerplate). */
  exclude?: TextRange[];
  limit?: number;
}

interface Token extends TextRange {
  text: string;
  post: string;
  tags: Set<string>;
}
interface Span extends TextRange {
  type: AnswerType;
  /** Token indices in the sentence: [first, last). */
  first: number;
  last: number;
  /** The counted noun of a quantity ("people" in "3,000 people"). */
  noun?: string;
}
interface Candidate {
  quote: TextRange;
  question: string;
  score: number;
  span: Span;
}

const MIN_SENTENCE = 40;
const MAX_QUOTE = 400;
const baseScore: Record<AnswerType, number> = {
  date: 5,
  year: 4.5,
  quantity: 4,
  person: 4,
  organization: 3.5,
  number: 3,
  place: 3,
  event: 2,
  other: 1,
};
const clozePrompt: Record<AnswerType, string> = {
  person: "Who is missing from",
  organization: "Which organisation is missing from",
  place: "Which place is missing from",
  date: "Which date completes",
  year: "Which year completes",
  number: "What number is missing from",
  quantity: "What amount is missing from",
  event: "Which event is missing from",
  other: "What is missing from",
};
const month = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec)\.)`;
const day = String.raw`\d{1,2}(?:st|nd|rd|th)?`;
// "12 March 1901", "19th January, 2022", "March 12, 1901", "Dec. 20", "March 1901": a day or a year with the month.
const datePattern = new RegExp(
  String.raw`\b(?:${day}\s+(?:of\s+)?${month}(?:,?\s+\d{4})?|${month}\s+${day}(?:,?\s+\d{4})?|${month},?\s+\d{4})(?![\d\p{L}])`,
  "gu",
);
const approximators =
  /^(?:about|nearly|almost|around|approximately|roughly|some|over|more than|fewer than|less than|at least|up to)$/i;
const pronounStart = /^(?:he|she|it|its|they|their|his|her|this|these|those|that|we|i|our)\b/i;
const speech = "said|says|added|noted|stated|reported|announced|explained|wrote|argued|claimed|estimated|warned|told";

const collapse = (value: string) => value.replace(/\s+/g, " ").trim();
const overlaps = (a: TextRange, b: TextRange) => a.start < b.end && b.start < a.end;
const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
const withoutFinalStop = (value: string) => value.replace(/[.!]+(?=["”’)\]]*$)/, "").replace(/[\s,;:—–-]+$/, "");

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
  const said = sentence.match(new RegExp(`,["”’]?\\s+([^,"“”]{2,60}?)\\s+(?:${speech})\\b[^"“”]*$`));
  const according = sentence.match(/\baccording to ([^,.;"“”]{2,80}?)\s*(?:[,.;]|$)/i);
  const reported = sentence.match(new RegExp(`^([^,"“”]{2,60}?)\\s+(?:${speech})\\s+that\\b`));
  const saidBy = sentence.match(new RegExp(`[,"”]\\s+(?:${speech})\\s+([^,"“”]{2,60}?)\\s*(?:,|\\.?$)`));
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

function scoreOf(span: Span, text: string): number {
  const answer = text.slice(span.start, span.end);
  let score = baseScore[span.type];
  if (span.type === "person" && answer.includes(" ")) score += 0.5;
  if ((span.type === "number" || span.type === "quantity") && !/\d/.test(answer)) score -= 1.5;
  return score;
}

const infinitives = new Map<string, string | null>();
function infinitiveOf(verb: string): string | null {
  const key = verb.toLowerCase();
  if (!infinitives.has(key)) {
    // Alone, "received" reads as an adjective: a subject makes it a verb.
    const infinitive = nlp(`they ${key}`).verbs().toInfinitive().text();
    infinitives.set(key, /^[a-z]+$/.test(infinitive) ? infinitive : null);
  }
  return infinitives.get(key)!;
}

/**
 * "Henri Dunant founded the Red Cross" → "<wh> did Henri Dunant found the Red Cross", or null when
 * unsure: a pronoun subject, a second verb ("… and saw …"), or (`plain`) a clause the time may belong to.
 */
function invert(wh: string, tokens: Token[], end: number, text: string, plain: boolean): string | null {
  const verbAt = tokens.findIndex((t) => t.tags.has("Verb"));
  const verb = tokens[verbAt];
  if (!verb || verbAt < 1 || verb.end > end) return null;
  const subject = tokens.slice(0, verbAt);
  const after = tokens.slice(verbAt + 1).filter((t) => t.end <= end);
  const secondVerb = after.some(
    (t, k) => t.tags.has("PastTense") && /^(?:and|or|but)$/i.test(after[k - 1]?.text ?? ""),
  );
  const clause = /[,;]|\b(?:that|after|before|when|which|who|whom|because|while|until|since|where|if)\b/;
  if (secondVerb || subject.some((t) => t.tags.has("Pronoun")) || (plain && clause.test(text.slice(verb.end, end))))
    return null;
  const nounish = ["Noun", "Determiner", "Adjective", "ProperNoun", "Value", "Possessive"];
  const simple = subject.every(
    (t) => /^\s+$/.test(t.post) && (nounish.some((tag) => t.tags.has(tag)) || /^(?:of|and)$/.test(t.text)),
  );
  if (!simple) return null;
  const first = subject[0]!;
  let who = collapse(text.slice(first.start, subject.at(-1)!.end));
  if (first.tags.has("Determiner")) who = who.charAt(0).toLowerCase() + who.slice(1);
  const rest = collapse(text.slice(verb.end, end)).replace(/[\s,;:]+$/, "");
  if (/^(?:was|were)$/i.test(verb.text)) return `${wh} ${verb.text.toLowerCase()} ${who} ${rest}`.trim();
  if (!verb.tags.has("PastTense") || verb.tags.has("Auxiliary") || verb.tags.has("Copula")) return null;
  const infinitive = infinitiveOf(verb.text);
  return infinitive ? `${wh} did ${who} ${infinitive} ${rest}`.trim() : null;
}

/** A question that reads naturally, when the span is the subject or the sentence's time: null otherwise. */
function naturalQuestion(span: Span, tokens: Token[], quote: TextRange, text: string, onlyTime: boolean) {
  const before = tokens.slice(0, span.first);
  const followedByVerb = /^\s/.test(text.charAt(span.end)) && tokens[span.last]?.tags.has("Verb");
  // The subject's own clause: "About 40,000 soldiers were killed[, and many of the wounded …]".
  const predicate = collapse(text.slice(tokens[span.last]?.start ?? quote.end, quote.end));
  const rest = withoutFinalStop(predicate.split(/,\s+(?=(?:and|but|while|whereas)\s)|;\s/)[0]!).replace(
    new RegExp(`,\\s+([^,]{2,60}?)\\s+(?:${speech})$`),
    ", according to $1",
  );
  if (followedByVerb && rest) {
    const article = before.length === 1 && /^the$/i.test(before[0]!.text);
    const wh: Partial<Record<AnswerType, string>> = {
      person: "Who",
      organization: "Which organisation",
      place: "Which place",
    };
    if (wh[span.type] && (before.length === 0 || (article && span.type !== "person")))
      return `${wh[span.type]} ${rest}?`;
    const prefix = collapse(text.slice(quote.start, span.start));
    if (span.type === "quantity" && span.noun && (before.length === 0 || approximators.test(prefix)))
      return capitalize(`${prefix} how many ${span.noun} ${rest}`.trim()) + "?";
  }
  if ((span.type !== "year" && span.type !== "date") || !onlyTime) return null;
  const hasDay = /(?:^|\s)\d{1,2}(?:st|nd|rd|th)?(?!\d)/.test(text.slice(span.start, span.end));
  const preposition = span.type === "year" ? "in" : hasDay ? "on" : "in";
  const wh = span.type === "year" ? "In what year" : hasDay ? "On what date" : "When";
  const leads =
    before.length === 1 &&
    before[0]!.text.toLowerCase() === preposition &&
    /^,\s/.test(text.slice(span.end, span.end + 2));
  if (leads) return withQuestionMark(invert(wh, tokens.slice(span.last), quote.end, text, false));
  const ends =
    tokens[span.first - 1]?.text.toLowerCase() === preposition &&
    /^[.!]/.test(text.charAt(span.end)) &&
    span.last === tokens.length;
  if (ends)
    return withQuestionMark(invert(wh, tokens.slice(0, span.first - 1), tokens[span.first - 1]!.start, text, true));
  return null;
}
const withQuestionMark = (question: string | null) => (question ? `${withoutFinalStop(question)}?` : null);

/** The clause around a span of an over-long sentence, widened to neighbouring clauses while it is short. */
function clauseAround(span: Span, sentence: TextRange, text: string): TextRange | null {
  const cuts = [sentence.start];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(/[,;:]\s+|\s+[—–]\s+|—/g))
    cuts.push(sentence.start + m.index + m[0].length);
  cuts.push(sentence.end);
  let from = cuts.findLastIndex((cut) => cut <= span.start);
  let to = cuts.findIndex((cut) => cut >= span.end);
  // Leftwards first: that is where the clause's subject usually is.
  while (cuts[to]! - cuts[from]! < 150) {
    if (from > 0 && cuts[to]! - cuts[from - 1]! <= MAX_QUOTE) from--;
    else if (to < cuts.length - 1 && cuts[to + 1]! - cuts[from]! <= MAX_QUOTE) to++;
    else break;
  }
  const clause = text.slice(cuts[from], cuts[to]);
  const start = cuts[from]! + (clause.length - clause.trimStart().length);
  const end = cuts[from]! + clause.replace(/[\s,;:—–]+$/, "").length;
  return end - start >= MIN_SENTENCE && end - start <= MAX_QUOTE && start <= span.start && span.end <= end
    ? { start, end }
    : null;
}

function candidateFor(span: Span, spans: Span[], tokens: Token[], sentence: TextRange, text: string) {
  const whole = sentence.end - sentence.start <= MAX_QUOTE;
  const quote = whole ? sentence : clauseAround(span, sentence, text);
  if (!quote) return null;
  const answer = collapse(text.slice(span.start, span.end)).toLowerCase();
  const onlyTime = !spans.some((other) => other !== span && (other.type === "year" || other.type === "date"));
  const natural = whole ? naturalQuestion(span, tokens, quote, text, onlyTime) : null;
  const blank = withoutFinalStop(
    collapse(text.slice(quote.start, span.start) + "___" + text.slice(span.end, quote.end)),
  );
  const cloze = `${clozePrompt[span.type]} this sentence: “${blank}”?`;
  const question = [natural, cloze].find((q) => q && !q.toLowerCase().includes(answer));
  if (!question) return null;
  const length = quote.end - quote.start;
  const aside = /\([^)]*$/.test(text.slice(quote.start, span.start)) ? -2 : 0;
  const score =
    scoreOf(span, text) +
    (question === natural ? 1.5 : 0) +
    (whole ? 0 : -0.5) +
    aside +
    (length < 60 || length > 250 ? -0.5 : 0);
  return { quote, question, score, span };
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

/** Candidate facts from the text, best first: at most one per sentence. */
export function suggestFacts(text: string, options: SuggestOptions = {}): Suggestion[] {
  const { exclude = [], limit = 30 } = options;
  const doc = nlp(joinWrappedLines(text));
  const sentences = tokensOf(doc);
  const entityRanges = sentences.map((): [AnswerType, number, number][] => []);
  const numberRanges = sentences.map((): [number, number][] => []);
  const entityPointers: [AnswerType, typeof doc.pointer][] = [
    ["person", doc.people().pointer],
    ["organization", doc.organizations().pointer],
    ["place", doc.places().pointer],
  ];
  for (const [type, pointers] of entityPointers)
    for (const [n, from, to] of pointers ?? []) if (n !== undefined) entityRanges[n]?.push([type, from ?? 0, to ?? 0]);
  for (const [n, from, to] of doc.numbers().pointer ?? [])
    if (n !== undefined) numberRanges[n]?.push([from ?? 0, to ?? 0]);

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
    const spans = [...valueSpans(tokens, sentence, text, numberRanges[n]!), ...entitySpans(tokens, entityRanges[n]!)];
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

  // A repeated answer makes a dull quiz: each repeat ranks lower than the first. A repeated
  // question ("Last night, Japanese forces attacked ___") would have two right answers: only the first stays.
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
