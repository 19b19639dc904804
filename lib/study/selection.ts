/**
 * What a student chose to practise, and how a quiz is picked from the generated items: one
 * question per fact, the chosen types taken in turn, in a shuffled order.
 */
import { z } from "zod";
import { slugId } from "@/lib/schemas";
import type { QuizItem } from "@/lib/quiz/items";

import { MAX_QUESTIONS, MIN_QUESTIONS, QUICK_QUIZ_SIZE, studyItemTypes, type StudyItemType } from "./quiz-choices";

export { MAX_QUESTIONS, MIN_QUESTIONS, QUICK_QUIZ_SIZE, studyItemTypes, type StudyItemType } from "./quiz-choices";
export { factsInScope, type FactScope } from "./scope";

const slug = slugId("Unknown choice.");

export const selectionSchema = z.object({
  /** Article slugs; none means every article. */
  articles: z.array(slug).max(20).default([]),
  /** Topics; none means every topic. */
  topics: z.array(slug).max(30).default([]),
  types: z
    .array(z.enum(studyItemTypes, { error: "Unknown question type." }))
    .min(1, { error: "Pick at least one question type." }),
  count: z.coerce
    .number({ error: "Choose how many questions." })
    .int()
    .min(MIN_QUESTIONS, { error: `Choose at least ${MIN_QUESTIONS} questions.` })
    .max(MAX_QUESTIONS, { error: `Choose at most ${MAX_QUESTIONS} questions.` }),
});
export type Selection = z.infer<typeof selectionSchema>;

export const quickQuiz: Selection = { articles: [], topics: [], types: [...studyItemTypes], count: QUICK_QUIZ_SIZE };

/** Fisher–Yates with an injectable random source, so tests can fix the order. */
export function shuffle<T>(values: readonly T[], random: () => number): T[] {
  const out = [...values];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Up to `count` questions, one per fact, from the given facts. Types are dealt in turn so a mixed
 * quiz is mixed; a fact without the wanted type (no multiple choice for it) gives another chosen
 * type. True/false picks the true or the false statement at random.
 */
export function pickQuestions(
  items: readonly QuizItem[],
  factIds: readonly string[],
  types: readonly StudyItemType[],
  count: number,
  random: () => number,
): QuizItem[] {
  const itemsByFact = new Map<string, QuizItem[]>();
  for (const item of items) itemsByFact.set(item.factId, [...(itemsByFact.get(item.factId) ?? []), item]);
  const dealt = shuffle(types, random);
  const picked: QuizItem[] = [];
  for (const factId of shuffle(factIds, random)) {
    if (picked.length === count) break;
    const available = itemsByFact.get(factId) ?? [];
    const wanted = dealt[picked.length % dealt.length]!;
    const order = [wanted, ...dealt.filter((t) => t !== wanted)];
    for (const type of order) {
      const candidates = available.filter((i) => i.type === type);
      if (candidates.length) {
        picked.push(candidates[Math.floor(random() * candidates.length)]!);
        break;
      }
    }
  }
  return picked;
}
