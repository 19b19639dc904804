/**
 * Moodle XML (question bank import, Moodle 3.x–5.x): multichoice, truefalse, shortanswer with
 * every accepted spelling at 100 %, numerical for plain numbers. The citation is each question's
 * general feedback, as HTML in CDATA.
 */
import { categoryName } from "./gift";
import { escapeHtml, sourceHtml } from "./html";
import { isNumerical, type ExportQuestion } from "./question";

const xmlText = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** HTML in CDATA; a "]]>" inside is split across two sections, as Moodle's exporter does. */
const cdata = (html: string) => `<![CDATA[${html.replaceAll("]]>", "]]]]><![CDATA[>")}]]>`;

const htmlField = (tag: string, html: string) => `<${tag} format="html"><text>${cdata(html)}</text></${tag}>`;

/** Moodle reads `*` in a short answer as a wildcard: a literal one is `\*`. */
const shortAnswerText = (text: string) => xmlText(text.replace(/\*/g, "\\*"));

function answersOf(question: ExportQuestion): { type: string; body: string[] } {
  if (question.kind === "multiple-choice")
    return {
      type: "multichoice",
      body: [
        "<single>true</single>",
        "<shuffleanswers>true</shuffleanswers>",
        "<answernumbering>abc</answernumbering>",
        ...question.options.map(
          (option, i) =>
            `<answer fraction="${i === question.correct ? 100 : 0}" format="html"><text>${cdata(escapeHtml(option))}</text><feedback format="html"><text></text></feedback></answer>`,
        ),
      ],
    };
  if (question.kind === "true-false")
    return {
      type: "truefalse",
      body: [true, false].map(
        (value) =>
          `<answer fraction="${value === question.isTrue ? 100 : 0}" format="moodle_auto_format"><text>${value}</text><feedback format="html"><text></text></feedback></answer>`,
      ),
    };
  if (isNumerical(question))
    return {
      type: "numerical",
      body: [
        `<answer fraction="100"><text>${question.number}</text><tolerance>0</tolerance><feedback format="html"><text></text></feedback></answer>`,
      ],
    };
  return {
    type: "shortanswer",
    body: [
      "<usecase>0</usecase>",
      ...question.accepted.map(
        (spelling) =>
          `<answer fraction="100" format="moodle_auto_format"><text>${shortAnswerText(spelling)}</text><feedback format="html"><text></text></feedback></answer>`,
      ),
    ],
  };
}

export function toMoodleXml(deckName: string, questions: readonly ExportQuestion[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    "<quiz>",
    `<question type="category"><category><text>${xmlText(`$course$/top/${categoryName(deckName)}`)}</text></category></question>`,
  ];
  for (const question of questions) {
    const { type, body } = answersOf(question);
    lines.push(
      `<question type="${type}">`,
      `<name><text>${xmlText(question.title)}</text></name>`,
      htmlField("questiontext", `<p>${escapeHtml(question.stem)}</p>`),
      htmlField("generalfeedback", sourceHtml(question.source)),
      "<defaultgrade>1</defaultgrade>",
      `<penalty>${type === "truefalse" ? 1 : 0.3333333}</penalty>`,
      "<hidden>0</hidden>",
      `<idnumber>${xmlText(question.id)}</idnumber>`,
      ...body,
      `<tags>${question.topics.map((t) => `<tag><text>${xmlText(t)}</text></tag>`).join("")}</tags>`,
      "</question>",
    );
  }
  lines.push("</quiz>");
  return lines.join("\n") + "\n";
}
