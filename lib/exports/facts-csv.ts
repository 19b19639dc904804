/**
 * An article's fact table as CSV: the columns a teacher edits in a spreadsheet and imports back
 * into one of their articles (issue 17). Lists (other accepted answers, topics, wrong answers)
 * are joined by " | " in one cell. UTF-8 with a byte-order mark; formula-like cells made inert.
 */
import { stringify } from "csv-stringify/sync";
import { answerTypes, type Fact } from "@/lib/facts/schema";
import { LIST_SEPARATOR } from "./flat";

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

export type FactCsvFact = Pick<
  Fact,
  | "id"
  | "quote"
  | "statement"
  | "question"
  | "answer"
  | "aliases"
  | "answerType"
  | "topics"
  | "attribution"
  | "distractors"
> & {
  /** The claim group's title (not its id), which an import finds or makes by that title. */
  claimGroup?: string | null;
};

export function factsCsv(facts: readonly FactCsvFact[]): string {
  const rows = facts.map((fact) => [
    fact.id,
    fact.quote,
    fact.statement,
    fact.question,
    fact.answer,
    fact.aliases.join(LIST_SEPARATOR),
    fact.answerType,
    fact.topics.join(LIST_SEPARATOR),
    fact.attribution ?? "",
    fact.claimGroup ?? "",
    (fact.distractors ?? []).join(LIST_SEPARATOR),
  ]);
  return "\uFEFF" + stringify(rows, { header: true, columns: [...factCsvColumns], escape_formulas: true });
}
