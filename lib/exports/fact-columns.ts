/**
 * The fact table's columns and what each holds: shared by the CSV writer, the import and the
 * import form (which must not pull a CSV library into the browser).
 */
import { answerTypes } from "@/lib/facts/answer-types";

/** The columns, in order, as the header row names them. */
export const factCsvColumns = [
  "fact id",
  "quote",
  "statement",
  "question",
  "answer",
  "other accepted answers",
  "answer type",
  "topics",
  "claim by",
  "claim group",
  "wrong answers",
] as const;

/** What each column holds, for the import form and the README. */
export const factCsvColumnHelp: Record<(typeof factCsvColumns)[number], string> = {
  "fact id": "Kept from a download: a row with the id of one of the article's facts updates it. Empty: a new fact.",
  quote: "The passage, copied word for word from the article (line breaks may differ).",
  statement: "The fact as one true sentence.",
  question: "The question, ending with a question mark.",
  answer: "The answer: words of the quote.",
  "other accepted answers": "Other spellings a typed answer may use, separated by “ | ”.",
  "answer type": `One of: ${answerTypes.join(", ")}.`,
  topics: "Up to 6 topics, separated by “ | ”.",
  "claim by": "Who says so, where sources differ (“the interior ministry”). May be empty.",
  "claim group": "The question sources answer differently (“Death toll”): facts with the same group are compared.",
  "wrong answers": "Up to 6 plausible wrong answers for multiple choice, separated by “ | ”. May be empty.",
};
