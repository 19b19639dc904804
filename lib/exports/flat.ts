/**
 * The formats that are rows of text: CSV (every field of every question, for spreadsheets and
 * other tools), Anki's notes file (2.1.55+ headers), and Quizlet's term/definition import.
 * csv-stringify does the quoting; Quizlet has none, so its fields are made one line each.
 */
import { stringify } from "csv-stringify/sync";
import { escapeHtml, sourceHtml } from "./html";
import { answerText, sourceText, type ExportQuestion } from "./question";

const BOM = "\uFEFF";

export const csvColumns = [
  "type",
  "stem",
  "options",
  "answer",
  "accepted spellings",
  "quote",
  "article",
  "outlet",
  "date",
  "claim by",
  "sources differ",
  "topics",
  "fact id",
  "item id",
] as const;

/** Lists inside one cell: options and spellings joined by " | " (a character no answer uses). */
export const LIST_SEPARATOR = " | ";

/** One row per question; UTF-8 with a byte-order mark; formula-like cells made inert. */
export function toCsv(questions: readonly ExportQuestion[]): string {
  const rows = questions.map((q) => [
    q.kind,
    q.stem,
    q.kind === "multiple-choice" ? q.options.join(LIST_SEPARATOR) : q.kind === "true-false" ? "True | False" : "",
    answerText(q),
    q.kind === "typed" ? q.accepted.join(LIST_SEPARATOR) : "",
    q.source.quote,
    q.source.articleTitle,
    q.source.outlet ?? "",
    q.source.date ?? "",
    q.source.attribution ?? "",
    q.source.otherClaims.map((c) => `${c.who}: ${c.says}`).join(LIST_SEPARATOR),
    q.topics.join(LIST_SEPARATOR),
    q.factId,
    q.id,
  ]);
  return BOM + stringify(rows, { header: true, columns: [...csvColumns], escape_formulas: true });
}

/** The front of a card: the question, and the options to choose from. */
function frontHtml(q: ExportQuestion): string {
  const stem = `<p>${escapeHtml(q.stem)}</p>`;
  if (q.kind === "multiple-choice")
    return `${stem}<ol type="A">${q.options.map((o) => `<li>${escapeHtml(o)}</li>`).join("")}</ol>`;
  if (q.kind === "true-false") return `${stem}<p>True or false?</p>`;
  return stem;
}

function backHtml(q: ExportQuestion): string {
  const also = q.kind === "typed" && q.accepted.length > 1 ? q.accepted.slice(1) : [];
  return (
    `<p><strong>${escapeHtml(answerText(q))}</strong></p>` +
    (also.length ? `<p>Also accepted: ${also.map(escapeHtml).join(", ")}</p>` : "") +
    sourceHtml(q.source)
  );
}

const tag = (text: string) => text.trim().replace(/\s+/g, "_");

/**
 * Anki's notes text file (Anki 2.1.55 and later read its headers): Basic notes, the question on
 * the front, the answer and its source on the back, HTML, tab-separated. A field that starts with
 * `#` is quoted, or Anki would read the line as a comment.
 */
export function toAnkiNotes(deckName: string, questions: readonly ExportQuestion[]): string {
  const headers = [
    "#separator:tab",
    "#html:true",
    "#notetype:Basic",
    `#deck:${deckName.replace(/[\r\n\t]+/g, " ")}`,
    "#tags:sourcebound",
    "#columns:Front\tBack\tTags",
    "#tags column:3",
  ];
  const rows = questions.map((q) => [frontHtml(q), backHtml(q), q.topics.map(tag).join(" ")]);
  return headers.join("\n") + "\n" + stringify(rows, { delimiter: "\t", quoted_match: /^#/ });
}

/** One line, for Quizlet (which has no quoting): tabs and line breaks become spaces. */
const oneLine = (text: string) => text.replace(/[\t\r\n]+/g, " ").trim();

/** Quizlet's import: term, a tab, definition; one card per line. */
export function toQuizlet(questions: readonly ExportQuestion[]): string {
  return (
    questions
      .map((q) => {
        const term =
          q.kind === "multiple-choice"
            ? `${q.stem} (${q.options.map((o, i) => `${"ABCD"[i] ?? i + 1}) ${o}`).join(" ")})`
            : q.kind === "true-false"
              ? `True or false: ${q.stem}`
              : q.stem;
        return `${oneLine(term)}\t${oneLine(`${answerText(q)} — ${sourceText(q.source)}`)}`;
      })
      .join("\n") + "\n"
  );
}
