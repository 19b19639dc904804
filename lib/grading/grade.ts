/**
 * Grades a typed answer against a fact's answer and aliases, the way a fair teacher would:
 * spelling variants, accents, articles, number formats (digits grouped any unambiguous way, or
 * number words) and date formats (ordinals, in words too) are accepted; a small typo in a name or
 * word is accepted; numbers, years and dates must match exactly.
 */
import { distance } from "fastest-levenshtein";
import { normalizeText } from "@/lib/text/normalize";
import type { AnswerType, Entity } from "@/lib/facts/schema";
import type { QuizItem } from "@/lib/quiz/items";
import { numberWordsAsDigits } from "@/lib/text/number-words";
import { numbersIn, parseMonthDay } from "@/lib/text/parse";

export type Verdict = "correct" | "close" | "incorrect";

export interface Grade {
  verdict: Verdict;
  /** Whether it scores: only "correct" does. */
  correct: boolean;
  expected: string;
  reason: string;
}

export interface ExpectedAnswer {
  answer: string;
  aliases: readonly string[];
  answerType: AnswerType;
}

/** What grading knows about the corpus: every spelling of every entity, and which answers exist. */
export interface GradingContext {
  entityOfForm: Map<string, string>;
  formsOfEntity: Map<string, Set<string>>;
  peopleBySurname: Map<string, Set<string>>;
  /** Every answer, alias and curated distractor, and every entity form: a real word, never a "typo". */
  knownAnswers: Set<string>;
}

export function gradingContext(
  entities: readonly Entity[],
  facts: readonly { answer: string; aliases: readonly string[]; distractors?: readonly string[] }[],
): GradingContext {
  const entityOfForm = new Map<string, string>();
  const formsOfEntity = new Map<string, Set<string>>();
  const peopleBySurname = new Map<string, Set<string>>();
  for (const entity of entities) {
    const forms = new Set(
      [entity.canonical, ...entity.spellings, ...entity.shortForms].map(normalizeText).filter(Boolean),
    );
    formsOfEntity.set(entity.id, forms);
    for (const form of forms) entityOfForm.set(form, entity.id);
    if (entity.type === "person") {
      for (const form of forms) {
        const surname = form.split(" ").at(-1)!;
        if (!peopleBySurname.has(surname)) peopleBySurname.set(surname, new Set());
        peopleBySurname.get(surname)!.add(entity.id);
      }
    }
  }
  const knownAnswers = new Set([
    ...entityOfForm.keys(),
    ...facts.flatMap((f) => [f.answer, ...f.aliases, ...(f.distractors ?? [])].map(normalizeText)),
  ]);
  return { entityOfForm, formsOfEntity, peopleBySurname, knownAnswers };
}

/** How many edits a word of this length may carry and still count as a typo. */
export function typoAllowance(length: number): number {
  if (length <= 3) return 0;
  if (length <= 6) return 1;
  if (length <= 12) return 2;
  return 3;
}

const result = (verdict: Verdict, expected: string, reason: string): Grade => ({
  verdict,
  correct: verdict === "correct",
  expected,
  reason,
});

/** A fact's answer with its number words as digits, read once: answers are few, and compromise takes about a millisecond. */
const answersAsDigits = new Map<string, string>();
function answerAsDigits(answer: string, years: boolean): string {
  const key = `${years ? "y" : "n"}${answer}`;
  let digits = answersAsDigits.get(key);
  if (digits === undefined) {
    if (answersAsDigits.size > 10_000) answersAsDigits.clear();
    answersAsDigits.set(key, (digits = numberWordsAsDigits(answer, { years })));
  }
  return digits;
}

export function gradeTypedAnswer(expected: ExpectedAnswer, response: string, context: GradingContext): Grade {
  const answer = expected.answer;
  const typed = normalizeText(response);
  if (!typed) return result("incorrect", answer, "No answer was given.");

  const accepted = acceptedForms(expected, context);
  if (accepted.has(typed)) return result("correct", answer, "Matches the answer.");

  if (["number", "quantity", "year"].includes(expected.answerType)) {
    const years = expected.answerType === "year";
    const wanted = numbersIn(answerAsDigits(answer, years));
    if (wanted.length) {
      const given = numbersIn(numberWordsAsDigits(response, { years }));
      if (given.length && wanted.every((n) => given.includes(n)) && given.every((n) => wanted.includes(n))) {
        return result("correct", answer, "The number matches.");
      }
      return result(
        "incorrect",
        answer,
        given.length ? "Numbers must match the source exactly." : "The answer is a number.",
      );
    }
  }

  if (expected.answerType === "date") {
    const wanted = parseMonthDay(answerAsDigits(answer, false));
    const given = parseMonthDay(numberWordsAsDigits(response));
    if (wanted && given) {
      const sameDay = wanted.month === given.month && wanted.day === given.day;
      const sameYear = !given.year || !wanted.year || given.year === wanted.year;
      if (sameDay && sameYear) return result("correct", answer, "The date matches.");
      return result("incorrect", answer, "Dates must match the source exactly.");
    }
  }

  if (expected.answerType === "person") {
    const entity = context.entityOfForm.get(normalizeText(answer));
    const people = context.peopleBySurname.get(typed);
    if (entity && people?.size === 1 && people.has(entity))
      return result("correct", answer, "The surname alone is enough: no one else in the sources has it.");
  }

  // Another real answer is a different answer, not a misspelling of this one.
  if (context.knownAnswers.has(typed))
    return result("incorrect", answer, "That is another answer from the sources, not a spelling of this one.");

  const closest = Math.min(
    ...[...accepted]
      .filter((form) => /\p{L}/u.test(form))
      .map((form) => distance(typed, form) - typoAllowance(form.length)),
  );
  if (closest <= 0)
    return result("correct", answer, `Accepted with a small spelling slip: the source writes ${answer}.`);
  if (closest <= 2 && typed.length >= 4)
    return result("close", answer, "A few letters differ from the source's spelling.");
  return result("incorrect", answer, "");
}

/** The answer, its aliases, and — when it names an entity — every spelling of that entity. */
function acceptedForms(expected: ExpectedAnswer, context: GradingContext): Set<string> {
  const forms = new Set([expected.answer, ...expected.aliases].map(normalizeText));
  for (const form of [...forms]) {
    const entity = context.entityOfForm.get(form);
    if (entity && ["person", "organization", "place"].includes(expected.answerType)) {
      for (const other of context.formsOfEntity.get(entity) ?? []) forms.add(other);
    }
  }
  return forms;
}

/** What a student sends back: the option picked, true or false, or what they typed. */
export type ItemResponse = { optionId: string } | { isTrue: boolean } | { text: string };

/**
 * Grades any item. Multiple choice and true/false are right or wrong; typed answers and
 * flashcards go through the typed-answer rules above. The reason says why, without repeating the
 * expected answer, which the feedback shows beside it; empty when the answer alone says it all.
 */
export function gradeItem(item: QuizItem, response: ItemResponse, context: GradingContext): Grade {
  switch (item.type) {
    case "multiple-choice": {
      if (!("optionId" in response)) return result("incorrect", item.answer, "Pick one of the options.");
      const picked = item.options.find((option) => option.id === response.optionId);
      if (!picked) return result("incorrect", item.answer, "That is not one of this question's options.");
      return picked.id === item.correctOptionId
        ? result("correct", item.answer, "Matches the source.")
        : result("incorrect", item.answer, "");
    }
    case "true-false": {
      if (!("isTrue" in response)) return result("incorrect", item.isTrue ? "True" : "False", "Answer true or false.");
      const why = item.isTrue
        ? "The source says exactly this."
        : `The source says ${item.answer}, not ${item.swappedIn}.`;
      return result(response.isTrue === item.isTrue ? "correct" : "incorrect", item.isTrue ? "True" : "False", why);
    }
    case "typed":
    case "flashcard":
      if (!("text" in response)) return result("incorrect", item.answer, "Type an answer.");
      return gradeTypedAnswer(item, response.text, context);
  }
}
