/** Quiz items: what a student answers, each generated from one fact and citing its passage. */
import type { AnswerType } from "@/lib/facts/schema";

/** Bump when generation changes: item ids and options change with it. */
export const GENERATOR_VERSION = 1;

export const itemTypes = ["multiple-choice", "true-false", "typed", "flashcard"] as const;
export type ItemType = (typeof itemTypes)[number];

/** How the interface names each type (quiz chooser, deck builder, deck preview). */
export const itemTypeLabels: Record<ItemType, string> = {
  "multiple-choice": "Multiple choice",
  "true-false": "True / false",
  typed: "Typed answer",
  flashcard: "Flashcard",
};

export interface SourcePassage {
  factId: string;
  article: string;
  quote: string;
  start: number;
  end: number;
}

interface ItemBase {
  /** Stable: the same fact content and generator version give the same id. */
  id: string;
  type: ItemType;
  factId: string;
  generatorVersion: number;
  passage: SourcePassage;
  answer: string;
  aliases: string[];
  answerType: AnswerType;
}

export interface Option {
  id: string;
  text: string;
}

export interface MultipleChoiceItem extends ItemBase {
  type: "multiple-choice";
  stem: string;
  options: Option[];
  correctOptionId: string;
}

export interface TrueFalseItem extends ItemBase {
  type: "true-false";
  /** The fact's statement, or the statement with its answer swapped for a distractor. */
  stem: string;
  isTrue: boolean;
  /** For a false statement: the value that replaced the answer. */
  swappedIn?: string;
}

export interface TypedItem extends ItemBase {
  type: "typed";
  stem: string;
  /** The statement with the answer blanked out, for cloze practice. */
  cloze: string;
}

export interface FlashcardItem extends ItemBase {
  type: "flashcard";
  front: string;
}

export type QuizItem = MultipleChoiceItem | TrueFalseItem | TypedItem | FlashcardItem;

export const BLANK = "_____";
