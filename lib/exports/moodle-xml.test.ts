import { describe, expect, it } from "vitest";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { toMoodleXml } from "./moodle-xml";
import { awkwardQuestions } from "./test-fixtures";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (name) => ["question", "answer", "tag"].includes(name),
});

/** What the parser gives back of a question (the parts these tests read). */
interface ParsedQuestion {
  "@_type": string;
  category: { text: string };
  name: { text: string };
  questiontext: { text: string };
  generalfeedback: { text: string; "@_format": string };
  idnumber: string;
  answer: { text: string; tolerance?: string; "@_fraction": string }[];
}

describe("Moodle XML export", () => {
  const xml = toMoodleXml("Kazakhstan / January 2022", awkwardQuestions);
  const questions = parser.parse(xml).quiz.question as ParsedQuestion[];

  it("is well-formed XML with a category and one question of the right type per item", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<quiz>')).toBe(true);
    expect(questions.map((q) => q["@_type"])).toEqual([
      "category",
      "multichoice",
      "truefalse",
      "numerical",
      "shortanswer",
    ]);
    expect(questions[0]!.category.text).toBe("$course$/top/Kazakhstan - January 2022");
  });

  it("keeps stems, answers, every accepted spelling at 100 % and the source as general feedback", () => {
    const [, mc, tf, numerical, short] = questions as [
      ParsedQuestion,
      ParsedQuestion,
      ParsedQuestion,
      ParsedQuestion,
      ParsedQuestion,
    ];
    expect(mc.questiontext.text).toContain("Which alliance sent troops: {the} &quot;CSTO&quot; or #2 = ~ ?");
    expect(mc.answer.map((a) => [a.text, a["@_fraction"]])).toEqual([
      ["CSTO", "100"],
      ["NATO: the alliance", "0"],
      ["EU {union}", "0"],
      ["SCO = #3", "0"],
    ]);
    expect(tf.answer.map((a) => [a.text, a["@_fraction"]])).toEqual([
      ["true", "0"],
      ["false", "100"],
    ]);
    expect(numerical.answer).toEqual([expect.objectContaining({ text: "225", tolerance: "0", "@_fraction": "100" })]);
    // Every spelling at 100 %; a literal asterisk escaped (Moodle reads * as a wildcard).
    expect(short.answer.map((a) => [a.text, a["@_fraction"]])).toEqual([
      ["Kassym-Jomart Tokayev", "100"],
      ["Tokayev", "100"],
      ["Qasym-Jomart Toqayev", "100"],
      ["K\\*T", "100"],
    ]);
    for (const q of questions.slice(1)) {
      expect(q.generalfeedback["@_format"]).toBe("html");
      expect(q.generalfeedback.text).toContain("Troops of the CSTO: {&quot;peacekeepers&quot;} ~ 2,030 = #1 at 10:00");
      expect(q.generalfeedback.text).toContain(
        "<cite>Kazakhstan: Presidents Putin &amp; Tokayev &lt;talk&gt;</cite>, Kyiv Independent",
      );
      expect(q.generalfeedback.text).toContain("Kazakh Prosecutor General's Office: <strong>238</strong>");
    }
    expect(questions.slice(1).map((q) => q.idnumber)).toEqual(awkwardQuestions.map((q) => q.id));
  });

  it("keeps a CDATA terminator inside a source from ending the section", () => {
    const tricky = [{ ...awkwardQuestions[0]!, source: { ...awkwardQuestions[0]!.source, quote: "a ]]> b" } }];
    const out = toMoodleXml("Deck", tricky);
    expect(XMLValidator.validate(out)).toBe(true);
    expect((parser.parse(out).quiz.question as ParsedQuestion[])[1]!.generalfeedback.text).toContain("a ]]&gt; b");
  });
});
