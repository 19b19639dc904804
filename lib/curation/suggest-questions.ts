/**
 * The question a suggested fact asks about one answer span, and the quote it is asked about: a
 * natural question ("Who founded …?", "In what year did …?") when the sentence's shape allows one,
 * a cloze ("Which year completes this sentence: “… ___ …”?") otherwise, scored for ranking.
 * suggest.ts finds the sentences and spans; this module only words them.
 */
import nlp from "compromise";
import type { AnswerType } from "@/lib/facts/schema";

export interface TextRange {
  start: number;
  end: number;
}

/** One compromise term with its offsets in the text. */
export interface Token extends TextRange {
  text: string;
  post: string;
  tags: Set<string>;
}

/** A possible answer in one sentence. */
export interface Span extends TextRange {
  type: AnswerType;
  /** Token indices in the sentence: [first, last). */
  first: number;
  last: number;
  /** The counted noun of a quantity ("people" in "3,000 people"). */
  noun?: string;
}

export interface Candidate {
  quote: TextRange;
  question: string;
  score: number;
  span: Span;
}

/** Shorter sentences (and clauses) rarely state a fact on their own. */
export const MIN_SENTENCE = 40;
const MAX_QUOTE = 400;
export const speechVerbs =
  "said|says|added|noted|stated|reported|announced|explained|wrote|argued|claimed|estimated|warned|told";

export const collapse = (value: string) => value.replace(/\s+/g, " ").trim();
export const capitalize = (value: string) => value.charAt(0).toUpperCase() + value.slice(1);
export const withoutFinalStop = (value: string) => value.replace(/[.!]+(?=["”’)\]]*$)/, "").replace(/[\s,;:—–-]+$/, "");
const withQuestionMark = (question: string | null) => (question ? `${withoutFinalStop(question)}?` : null);

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
const approximators =
  /^(?:about|nearly|almost|around|approximately|roughly|some|over|more than|fewer than|less than|at least|up to)$/i;

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
    new RegExp(`,\\s+([^,]{2,60}?)\\s+(?:${speechVerbs})$`),
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

/**
 * The quote and question for `span`, one of the sentence's `spans`: null when no question avoids
 * giving the answer away, or the span sits in an over-long sentence with no clause short enough.
 */
export function candidateFor(
  span: Span,
  spans: Span[],
  tokens: Token[],
  sentence: TextRange,
  text: string,
): Candidate | null {
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
