/** Quiz items: what a student answers, each generated from one fact and citing its passage. */
import { z } from "zod";
import { answerTypes } from "@/lib/facts/schema";

/** Bump when generation changes: item ids and options change with it. */
export const GENERATOR_VERSION = 1;

export { itemTypes, itemTypeLabels, type ItemType } from "./item-types";

export const sourcePassageSchema = z.object({
  factId: z.string(),
  article: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
});
export type SourcePassage = z.infer<typeof sourcePassageSchema>;

const itemBase = {
  /** Stable: the same fact content and generator version give the same id. */
  id: z.string(),
  factId: z.string(),
  generatorVersion: z.number().int(),
  passage: sourcePassageSchema,
  answer: z.string(),
  aliases: z.array(z.string()),
  answerType: z.enum(answerTypes),
};

export const optionSchema = z.object({ id: z.string(), text: z.string() });
export type Option = z.infer<typeof optionSchema>;

/**
 * Every item type. Items are stored whole with each quiz question (SessionQuestion.item) and read
 * back through this schema (lib/db/json-column.ts).
 */
export const quizItemSchema = z.discriminatedUnion("type", [
  z.object({
    ...itemBase,
    type: z.literal("multiple-choice"),
    stem: z.string(),
    options: z.array(optionSchema),
    correctOptionId: z.string(),
  }),
  z.object({
    ...itemBase,
    type: z.literal("true-false"),
    /** The fact's statement, or the statement with its answer swapped for a distractor. */
    stem: z.string(),
    isTrue: z.boolean(),
    /** For a false statement: the value that replaced the answer. */
    swappedIn: z.string().optional(),
  }),
  z.object({
    ...itemBase,
    type: z.literal("typed"),
    stem: z.string(),
    /** The statement with the answer blanked out, for cloze practice. */
    cloze: z.string(),
  }),
  z.object({ ...itemBase, type: z.literal("flashcard"), front: z.string() }),
]);
export type QuizItem = z.infer<typeof quizItemSchema>;
export type MultipleChoiceItem = Extract<QuizItem, { type: "multiple-choice" }>;
export type TrueFalseItem = Extract<QuizItem, { type: "true-false" }>;
export type TypedItem = Extract<QuizItem, { type: "typed" }>;
export type FlashcardItem = Extract<QuizItem, { type: "flashcard" }>;

export const BLANK = "_____";
