/**
 * Canvas (Classic Quizzes) QTI 1.2 package: a zip with imsmanifest.xml and one assessment, as
 * Canvas's own exporter writes it (Course → Settings → Import Course Content → "QTI .zip file").
 * Types: multiple_choice_question, true_false_question, short_answer_question (one match per
 * accepted spelling) and numerical_question. The citation is each item's general feedback
 * (`general_fb`), which Canvas shows as the question's general answer comments.
 */
import { strToU8, zipSync } from "fflate";
import { escapeHtml, sourceHtml } from "./html";
import { isNumerical, type ExportQuestion } from "./question";

const xml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
/** HTML inside <mattext>, escaped as XML text (Canvas reads it back as HTML). */
const mattext = (html: string) => `<material><mattext texttype="text/html">${xml(html)}</mattext></material>`;
const field = (label: string, entry: string) =>
  `<qtimetadatafield><fieldlabel>${label}</fieldlabel><fieldentry>${xml(entry)}</fieldentry></qtimetadatafield>`;

const questionType = (q: ExportQuestion) =>
  q.kind === "multiple-choice"
    ? "multiple_choice_question"
    : q.kind === "true-false"
      ? "true_false_question"
      : isNumerical(q)
        ? "numerical_question"
        : "short_answer_question";

function choices(labels: string[], correct: number, ident: string) {
  const ids = labels.map((_, i) => `${ident}_${i + 1}`);
  return {
    ids,
    presentation: `<response_lid ident="response1" rcardinality="Single"><render_choice>${labels
      .map((label, i) => `<response_label ident="${ids[i]}">${mattext(escapeHtml(label))}</response_label>`)
      .join("")}</render_choice></response_lid>`,
    condition: `<conditionvar><varequal respident="response1">${ids[correct]}</varequal></conditionvar>`,
  };
}

function item(q: ExportQuestion, position: number): string {
  const ident = `q${position}`;
  let presentation: string;
  let condition: string;
  let answerIds: string[] = [];
  if (q.kind === "multiple-choice" || q.kind === "true-false") {
    const made =
      q.kind === "multiple-choice"
        ? choices(q.options, q.correct, ident)
        : choices(["True", "False"], q.isTrue ? 0 : 1, ident);
    ({ presentation, condition } = made);
    answerIds = made.ids;
  } else if (isNumerical(q)) {
    presentation = `<response_str ident="response1" rcardinality="Single"><render_fib fibtype="Decimal"><response_label ident="answer1"/></render_fib></response_str>`;
    condition = `<conditionvar><vargte respident="response1">${q.number}</vargte><varlte respident="response1">${q.number}</varlte></conditionvar>`;
  } else {
    presentation = `<response_str ident="response1" rcardinality="Single"><render_fib><response_label ident="answer1" rshuffle="No"/></render_fib></response_str>`;
    condition = `<conditionvar>${q.accepted.map((a) => `<varequal respident="response1">${xml(a)}</varequal>`).join("")}</conditionvar>`;
  }
  return [
    `<item ident="${ident}" title="${xml(q.title)}">`,
    `<itemmetadata><qtimetadata>${field("question_type", questionType(q))}${field("points_possible", "1")}${field(
      "original_answer_ids",
      answerIds.join(","),
    )}${field("assessment_question_identifierref", `${ident}_${q.id}`)}</qtimetadata></itemmetadata>`,
    `<presentation>${mattext(`<p>${escapeHtml(q.stem)}</p>`)}${presentation}</presentation>`,
    `<resprocessing><outcomes><decvar maxvalue="100" minvalue="0" varname="SCORE" vartype="Decimal"/></outcomes>`,
    `<respcondition continue="Yes"><conditionvar><other/></conditionvar><displayfeedback feedbacktype="Response" linkrefid="general_fb"/></respcondition>`,
    `<respcondition continue="No">${condition}<setvar action="Set" varname="SCORE">100</setvar></respcondition>`,
    `</resprocessing>`,
    `<itemfeedback ident="general_fb"><flow_mat>${mattext(sourceHtml(q.source))}</flow_mat></itemfeedback>`,
    `</item>`,
  ].join("");
}

/** The assessment's identifier: stable for a deck, so a re-import replaces instead of duplicating. */
const assessmentId = (deckId: string) => `sb_${deckId.replace(/[^A-Za-z0-9]/g, "")}`;

export function qtiAssessment(deckId: string, deckName: string, questions: readonly ExportQuestion[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<questestinterop xmlns="http://www.imsglobal.org/xsd/ims_qtiasiv1p2">',
    `<assessment ident="${assessmentId(deckId)}" title="${xml(deckName)}">`,
    `<qtimetadata>${field("cc_maxattempts", "1")}</qtimetadata>`,
    `<section ident="root_section">`,
    ...questions.map((q, i) => item(q, i + 1)),
    "</section></assessment></questestinterop>",
  ].join("\n");
}

export function qtiManifest(deckId: string): string {
  const id = assessmentId(deckId);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${id}_manifest" xmlns="http://www.imsglobal.org/xsd/imsccv1p1/imscp_v1p1">`,
    `<metadata><schema>IMS Content</schema><schemaversion>1.1.3</schemaversion></metadata>`,
    "<organizations/>",
    `<resources><resource identifier="${id}" type="imsqti_xmlv1p2"><file href="${id}/${id}.xml"/></resource></resources>`,
    `</manifest>`,
  ].join("\n");
}

/** The QTI zip for Canvas. */
export function toQtiPackage(deckId: string, deckName: string, questions: readonly ExportQuestion[]): Uint8Array {
  const id = assessmentId(deckId);
  return zipSync({
    "imsmanifest.xml": strToU8(qtiManifest(deckId)),
    [`${id}/${id}.xml`]: strToU8(qtiAssessment(deckId, deckName, questions)),
  });
}
