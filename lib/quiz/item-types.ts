/** The kinds of question and their names; without zod, for the browser's choosers. */
export const itemTypes = ["multiple-choice", "true-false", "typed", "flashcard"] as const;
export type ItemType = (typeof itemTypes)[number];

/** How the interface names each type (quiz chooser, deck builder, deck preview). */
export const itemTypeLabels: Record<ItemType, string> = {
  "multiple-choice": "Multiple choice",
  "true-false": "True / false",
  typed: "Typed answer",
  flashcard: "Flashcard",
};
