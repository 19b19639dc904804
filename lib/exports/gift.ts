/**
 * GIFT (Moodle's plain-text question format). Every piece of text is escaped as Moodle's own
 * exporter does: `\ ~ = # { } :` get a backslash, a line break becomes `\n` (a blank line would
 * end the question). The citation is the general feedback (`####`).
 */
import { isNumerical, sourceText, type ExportQuestion } from "./question";

/** Text as GIFT reads it literally. */
export function giftEscape(text: string): string {
  return text
    .replace(/\r/g, "")
    .replace(/[\\~=#{}:]/g, (c) => `\\${c}`)
    .replace(/\n/g, "\\n");
}

/** A deck name as a category path segment: one line, no "/" (which would nest categories). */
export const categoryName = (deckName: string) => deckName.replace(/[\r\n]+/g, " ").replace(/\s*\/\s*/g, " - ");

function answers(question: ExportQuestion): string {
  if (question.kind === "multiple-choice")
    return question.options.map((o, i) => `${i === question.correct ? "=" : "~"}${giftEscape(o)}`).join(" ");
  if (question.kind === "true-false") return question.isTrue ? "TRUE" : "FALSE";
  if (isNumerical(question)) return `#${question.number}:0`;
  return question.accepted.map((a) => `=${giftEscape(a)}`).join(" ");
}

export function toGift(deckName: string, questions: readonly ExportQuestion[]): string {
  const blocks = [
    `// ${giftEscape(deckName)}: exported from Sourcebound, every answer with its source`,
    // Moodle reads the category line as it stands (no escapes); "/" would nest categories.
    `$CATEGORY: $course$/top/${categoryName(deckName)}`,
    ...questions.map(
      (q) =>
        `// [id:${giftEscape(q.id)}]${q.topics.map((t) => ` [tag:${giftEscape(t.replaceAll(" ", "-"))}]`).join("")}\n` +
        `::${giftEscape(q.title)}::${giftEscape(q.stem)} { ${answers(q)} ####${giftEscape(sourceText(q.source))} }`,
    ),
  ];
  return blocks.join("\n\n") + "\n";
}
