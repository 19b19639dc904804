/** The letters of a multiple-choice question's options; without zod, for the quiz page's keyboard. */
export const optionKeys = ["a", "b", "c", "d"] as const;
export type OptionKey = (typeof optionKeys)[number];
