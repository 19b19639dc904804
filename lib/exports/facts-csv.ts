/**
 * An article's fact table as CSV: the columns a teacher edits in a spreadsheet and imports back
 * into one of their articles (issue 17). Lists (other accepted answers, topics, wrong answers)
 * are joined by " | " in one cell. UTF-8 with a byte-order mark; formula-like cells made inert.
 */
import { stringify } from "csv-stringify/sync";
import type { Fact } from "@/lib/facts/schema";
import { factCsvColumns } from "./fact-columns";
import { LIST_SEPARATOR } from "./flat";

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
