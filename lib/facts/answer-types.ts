/** What kind of thing a fact's answer is; without zod, for the browser's forms and filters. */
export const answerTypes = [
  "person",
  "organization",
  "place",
  "date",
  "year",
  "number",
  "quantity",
  "event",
  "other",
] as const;
export type AnswerType = (typeof answerTypes)[number];
