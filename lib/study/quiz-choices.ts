/**
 * What a student may choose for a practice quiz: the question types and how many questions.
 * Apart from the input schema (selection.ts), so the browser's quiz chooser ships no zod.
 */
export const studyItemTypes = ["multiple-choice", "true-false", "typed"] as const;
export type StudyItemType = (typeof studyItemTypes)[number];

export const MIN_QUESTIONS = 5;
export const MAX_QUESTIONS = 50;
export const QUICK_QUIZ_SIZE = 10;
