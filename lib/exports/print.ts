/**
 * deck → paper: a printable quiz of one question per fact, in two versions (A and B) that ask the
 * same questions in different orders with the options shuffled, and its answer key with every
 * answer's source. Pure and deterministic: a version prints the same every time, so a teacher can
 * print more copies later and the key still fits.
 */
import { seededRank } from "@/lib/quiz/distractors";
import { answerText, type ExportQuestion, type ExportSource } from "./question";

export const paperSizes = ["a4", "letter"] as const;
export type PaperSize = (typeof paperSizes)[number];
export const paperLabels: Record<PaperSize, string> = { a4: "A4", letter: "US Letter" };

/** What a printout holds: the quiz then its key (one copy for the teacher), or one of them (copies for a class). */
export const printParts = ["all", "quiz", "key"] as const;
export type PrintPart = (typeof printParts)[number];
export const printPartLabels: Record<PrintPart, string> = { all: "Quiz and key", quiz: "Quiz only", key: "Key only" };

export const quizVersions = ["A", "B"] as const;
export type QuizVersion = (typeof quizVersions)[number];

const letters = "ABCDEFGH";

export interface PrintedQuestion {
  number: number;
  id: string;
  kind: ExportQuestion["kind"];
  stem: string;
  /** Multiple choice: lettered options; true/false: True and False; typed: none (lines to write on). */
  options: { letter: string; text: string }[];
  /** The key's answer: "C. Tokayev", "False", or the typed answer. */
  answer: string;
  /** Typed: the other spellings the key accepts. */
  alsoAccepted: string[];
  source: ExportSource;
}

const byRank = (seed: string) => (a: string, b: string) => seededRank(seed, a) - seededRank(seed, b);

/**
 * One question per fact, as an attempt asks: the deck's types dealt in turn over its facts in the
 * deck's order (a fact without the type due gets its next type), and of a fact's true/false pair
 * one statement, chosen by the deck's id, so both versions ask the same questions.
 */
export function onePerFact(
  questions: readonly ExportQuestion[],
  kinds: readonly ExportQuestion["kind"][],
  deckId: string,
): ExportQuestion[] {
  const byFact = new Map<string, ExportQuestion[]>();
  for (const q of questions) byFact.set(q.factId, [...(byFact.get(q.factId) ?? []), q]);
  return [...byFact.values()].map((candidates, i) => {
    const turn = kinds.map((_, k) => kinds[(i + k) % kinds.length]!);
    const kind = turn.find((k) => candidates.some((q) => q.kind === k)) ?? candidates[0]!.kind;
    const ofKind = candidates.filter((q) => q.kind === kind);
    return ofKind.toSorted((a, b) => byRank(deckId)(a.id, b.id))[0]!;
  });
}

/** A version of the quiz: the questions and each one's options in that version's order, numbered. */
export function printedQuiz(
  questions: readonly ExportQuestion[],
  kinds: readonly ExportQuestion["kind"][],
  deckId: string,
  version: QuizVersion,
): PrintedQuestion[] {
  const seed = `${deckId}:${version}`;
  const asked = onePerFact(questions, kinds, deckId).toSorted((a, b) => byRank(seed)(a.id, b.id));
  return asked.map((q, i) => {
    let options: PrintedQuestion["options"] = [];
    let answer = answerText(q);
    if (q.kind === "multiple-choice") {
      const order = q.options.map((_, o) => o).toSorted((a, b) => byRank(`${seed}:${q.id}`)(String(a), String(b)));
      options = order.map((o, at) => ({ letter: letters[at]!, text: q.options[o]! }));
      answer = `${letters[order.indexOf(q.correct)]}. ${answer}`;
    } else if (q.kind === "true-false") {
      options = [
        { letter: "T", text: "True" },
        { letter: "F", text: "False" },
      ];
    }
    return {
      number: i + 1,
      id: q.id,
      kind: q.kind,
      stem: q.stem,
      options,
      answer,
      alsoAccepted: q.kind === "typed" ? q.accepted.filter((a) => a !== q.answer) : [],
      source: q.source,
    };
  });
}
