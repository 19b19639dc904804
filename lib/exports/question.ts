/**
 * deck → other tools: a deck's questions in one neutral shape every export format is written
 * from (decision 0015). Pure: the server gathers the items and citations, formats only write text.
 */
import type { Citation } from "@/lib/facts/citation";
import type { QuizItem } from "@/lib/quiz/items";

/** Where an answer comes from, as every format's feedback field carries it. */
export interface ExportSource {
  quote: string;
  articleTitle: string;
  outlet: string | null;
  /** The article's date as precise as it gives it ("2022-01-19", "2022-02"). */
  date: string | null;
  /** Who makes the claim, when the source attributes it. */
  attribution: string | null;
  /** Where sources disagree: who claims what. */
  otherClaims: { who: string; says: string; articleTitle: string }[];
}

interface QuestionBase {
  /** The item's stable id (fact, type, fingerprint). */
  id: string;
  factId: string;
  /** A short title for formats that name questions ("Q3 · Casualties"). */
  title: string;
  stem: string;
  source: ExportSource;
  topics: string[];
}

export type ExportQuestion =
  | (QuestionBase & { kind: "multiple-choice"; options: string[]; correct: number })
  | (QuestionBase & { kind: "true-false"; isTrue: boolean })
  | (QuestionBase & {
      kind: "typed";
      answer: string;
      /** Every spelling the grader accepts: the answer first, then its aliases. */
      accepted: string[];
      /** Set when the answer is a plain number or year (a numerical question where a format has one). */
      number: number | null;
    });

/** A plain number or year as written in an answer ("225", "2022", "6,290"): its value, else null. */
export function plainNumber(answer: string): number | null {
  const text = answer.normalize("NFKC").trim();
  if (!/^-?\d{1,3}(?:,\d{3})+$|^-?\d+(?:\.\d+)?$/.test(text)) return null;
  return Number(text.replaceAll(",", ""));
}

/**
 * Whether a typed question fits a numerical question (Moodle, GIFT, Canvas): its answer is a
 * plain number and every accepted spelling is that number, so nothing a student may type is lost.
 */
export function isNumerical(
  question: ExportQuestion,
): question is Extract<ExportQuestion, { kind: "typed" }> & { number: number } {
  return (
    question.kind === "typed" &&
    question.number !== null &&
    question.accepted.every((spelling) => plainNumber(spelling) === question.number)
  );
}

/** The right answer of a question as one line of text. */
export function answerText(question: ExportQuestion): string {
  if (question.kind === "multiple-choice") return question.options[question.correct]!;
  if (question.kind === "true-false") return question.isTrue ? "True" : "False";
  return question.answer;
}

export function exportSource(citation: Citation, date: string | null): ExportSource {
  return {
    quote: citation.passage.display ?? citation.passage.quote,
    articleTitle: citation.articleTitle,
    outlet: citation.outlet,
    date,
    attribution: citation.attribution,
    otherClaims: citation.otherClaims.map((claim) => ({
      who: claim.attribution,
      says: claim.answer,
      articleTitle: claim.articleTitle,
    })),
  };
}

/** The source as one paragraph of plain text: the quote, where it is from, and who claims what. */
export function sourceText(source: ExportSource): string {
  const from = [source.articleTitle, source.outlet, source.date].filter(Boolean).join(", ");
  const parts = [`Source: “${source.quote}” (${from})`];
  if (source.attribution) parts.push(`Claim by: ${source.attribution}`);
  if (source.otherClaims.length)
    parts.push(`Sources differ: ${source.otherClaims.map((c) => `${c.who}: ${c.says}`).join("; ")}`);
  return parts.join(". ") + ".";
}

/** The quiz items of a deck (flashcards left out) as export questions, numbered in deck order. */
export function exportQuestions(
  items: readonly QuizItem[],
  citationOf: (factId: string) => Citation | null,
  factInfo: (factId: string) => { topics: string[]; articleDate: string | null },
): ExportQuestion[] {
  const questions: ExportQuestion[] = [];
  for (const item of items) {
    const citation = citationOf(item.factId);
    if (!citation || item.type === "flashcard") continue;
    const { topics, articleDate } = factInfo(item.factId);
    const base = {
      id: item.id,
      factId: item.factId,
      title: `Q${questions.length + 1}${topics[0] ? ` · ${topics[0]}` : ""}`,
      stem: item.stem,
      source: exportSource(citation, articleDate),
      topics,
    };
    if (item.type === "multiple-choice")
      questions.push({
        ...base,
        kind: "multiple-choice",
        options: item.options.map((o) => o.text),
        correct: item.options.findIndex((o) => o.id === item.correctOptionId),
      });
    else if (item.type === "true-false") questions.push({ ...base, kind: "true-false", isTrue: item.isTrue });
    else
      questions.push({
        ...base,
        kind: "typed",
        answer: item.answer,
        accepted: [...new Set([item.answer, ...item.aliases])],
        number: item.answerType === "number" || item.answerType === "year" ? plainNumber(item.answer) : null,
      });
  }
  return questions;
}
