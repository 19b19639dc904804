/**
 * A teacher's deck: facts picked from the fact table in the teacher's order, the question types to
 * ask about them, and how many questions one attempt deals. Pure, so the builder in the browser,
 * the server and the tests share it.
 */
import { z } from "zod";
import { slugId } from "@/lib/schemas";
import type { Citation } from "@/lib/facts/citation";
import type { QuizItem } from "@/lib/quiz/items";
import { MAX_QUESTIONS, studyItemTypes, type StudyItemType } from "@/lib/study/selection";
import { parseJsonColumn, stringList } from "@/lib/db/json-column";
import { questionView, type QuestionView, rightAnswer } from "@/lib/quiz/view";

import { MAX_DECK_NAME } from "./fact-match";
export { MAX_DECK_NAME } from "./fact-match";
export const MAX_DECK_FACTS = 200;
export { DEFAULT_QUESTIONS_PER_ATTEMPT, defaultQuestionsPerAttempt } from "./fact-match";

export const deckNameSchema = z
  .string({ error: "Give the deck a name." })
  .trim()
  .min(1, { error: "Give the deck a name." })
  .max(MAX_DECK_NAME, { error: `Keep the name to ${MAX_DECK_NAME} characters or fewer.` });

// Fact ids are slugs (lib/facts/schema.ts); whether one is in the fact table is checked on save.
const factIdSchema = slugId("Unknown fact.");

export const deckFactIdsSchema = z
  .array(factIdSchema, { error: "Pick at least one fact." })
  .min(1, { error: "Pick at least one fact." })
  .max(MAX_DECK_FACTS, { error: `A deck holds at most ${MAX_DECK_FACTS} facts.` })
  .refine((ids) => new Set(ids).size === ids.length, { error: "Each fact can be in the deck only once." });

/** Any non-empty subset of the quiz types, stored in their usual order so equal choices compare equal. */
export const deckItemTypesSchema = z
  .array(z.enum(studyItemTypes, { error: "Unknown question type." }), { error: "Pick at least one question type." })
  .min(1, { error: "Pick at least one question type." })
  .transform((types) => studyItemTypes.filter((t) => types.includes(t)));

export const deckInputSchema = z
  .object({
    name: deckNameSchema,
    factIds: deckFactIdsSchema,
    itemTypes: deckItemTypesSchema,
    questionsPerAttempt: z
      .number({ error: "Choose how many questions an attempt has." })
      .int({ error: "Choose a whole number of questions." })
      .min(1, { error: "An attempt needs at least 1 question." })
      .max(MAX_QUESTIONS, { error: `An attempt has at most ${MAX_QUESTIONS} questions.` }),
  })
  .refine((deck) => deck.questionsPerAttempt <= deck.factIds.length, {
    // An attempt asks one question per fact (lib/study/selection.ts pickQuestions).
    error: (issue) => {
      const facts = (issue.input as { factIds: string[] }).factIds.length;
      return `An attempt asks one question per fact, so this deck of ${facts} fact${facts === 1 ? "" : "s"} allows at most ${facts} question${facts === 1 ? "" : "s"}.`;
    },
    path: ["questionsPerAttempt"],
    // Also said when another field (the name) is wrong, so every mistake shows at once.
    when: ({ issues }) => !issues.some((i) => i.path?.[0] === "factIds" || i.path?.[0] === "questionsPerAttempt"),
  });
export type DeckInput = z.infer<typeof deckInputSchema>;

/** "History (copy)", shortened so the copy's name still fits. */
export function copyName(name: string): string {
  const suffix = " (copy)";
  return `${name.slice(0, MAX_DECK_NAME - suffix.length).trimEnd()}${suffix}`;
}

export interface StoredDeck {
  id: string;
  name: string;
  factIds: string[];
  itemTypes: StudyItemType[];
  questionsPerAttempt: number;
  createdAt: Date;
  updatedAt: Date;
}

export interface DeckRow {
  id: string;
  name: string;
  /** JSON string[] */
  factIds: string;
  /** JSON StudyItemType[] */
  itemTypes: string;
  questionsPerAttempt: number;
  createdAt: Date;
  updatedAt: Date;
}

const storedItemTypes = z.array(z.enum(studyItemTypes));

/** A database row with its JSON columns parsed; a malformed row throws rather than showing a wrong deck. */
export function storedDeck(row: DeckRow): StoredDeck {
  const lists = {
    factIds: parseJsonColumn(stringList, row.factIds, "deck facts"),
    itemTypes: parseJsonColumn(storedItemTypes, row.itemTypes, "deck item types"),
  };
  return {
    id: row.id,
    name: row.name,
    ...lists,
    questionsPerAttempt: row.questionsPerAttempt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** Each of the deck's facts, in the deck's order, with its items in the deck's types (in the types' order). */
export function deckItemsByFact(
  items: readonly QuizItem[],
  deck: Pick<StoredDeck, "factIds" | "itemTypes">,
): { factId: string; items: QuizItem[] }[] {
  const types: readonly string[] = deck.itemTypes;
  const byFact = new Map<string, QuizItem[]>();
  for (const item of items) {
    if (types.includes(item.type)) byFact.set(item.factId, [...(byFact.get(item.factId) ?? []), item]);
  }
  return deck.factIds.map((factId) => ({
    factId,
    items: (byFact.get(factId) ?? []).toSorted((a, b) => types.indexOf(a.type) - types.indexOf(b.type)),
  }));
}

/** An item as a student sees it (questionView), with what the teacher also sees: the right answer. */
export interface PreviewItem {
  id: string;
  view: QuestionView;
  /** The right option's text, "True" or "False", or the typed answer. */
  answer: string;
  /** The answer the source gives, for a false statement ("False: the source says 4,578"). */
  sourceAnswer: string;
  /** Other answers a typed question accepts besides the usual spellings. */
  aliases: string[];
}

export function previewItem(item: QuizItem, position: number, total: number): PreviewItem {
  return {
    id: item.id,
    view: questionView(item, item.id, position, total),
    answer: rightAnswer(item, { short: true }),
    sourceAnswer: item.answer,
    aliases: item.type === "typed" ? item.aliases : [],
  };
}

/** One fact of a preview: its questions and the source they cite. */
export interface PreviewFact {
  factId: string;
  statement: string;
  items: PreviewItem[];
  citation: Citation;
}

export interface DeckPreview {
  /** The facts shown, each with its questions as students see them and its citation. */
  facts: PreviewFact[];
  /** Questions of the whole deck: every item of its facts in its types. */
  questions: number;
  /** Facts giving at least one question of the deck's types: an attempt asks at most this many. */
  askableFacts: number;
  /** The deck's facts that have left the fact table since it was saved. */
  missingFacts: number;
}

export { deckFact, matchFacts, type DeckFact, type FactFilter } from "./fact-match";
