import { describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { toQtiPackage } from "./qti";
import { awkwardQuestions } from "./test-fixtures";

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "@_",
  parseTagValue: false,
  isArray: (name) => ["item", "response_label", "varequal", "qtimetadatafield", "respcondition"].includes(name),
});

interface Field {
  fieldlabel: string;
  fieldentry: string;
}
interface Item {
  "@_title": string;
  itemmetadata: { qtimetadata: { qtimetadatafield: Field[] } };
  presentation: {
    material: { mattext: { "#text": string } };
    response_lid?: {
      render_choice: { response_label: { "@_ident": string; material: { mattext: { "#text": string } } }[] };
    };
  };
  resprocessing: {
    respcondition: { conditionvar: { varequal?: { "#text": string }[]; vargte?: { "#text": string } } }[];
  };
  itemfeedback: { "@_ident": string; flow_mat: { material: { mattext: { "#text": string } } } };
}

describe("Canvas QTI 1.2 export", () => {
  const files = unzipSync(toQtiPackage("deck123", "Kazakhstan & CSTO", awkwardQuestions));

  it("is a zip of a manifest naming the one assessment file in it", () => {
    expect(Object.keys(files).sort()).toEqual(["imsmanifest.xml", "sb_deck123/sb_deck123.xml"]);
    const manifest = strFromU8(files["imsmanifest.xml"]!);
    expect(XMLValidator.validate(manifest)).toBe(true);
    const resource = parser.parse(manifest).manifest.resources.resource;
    expect(resource).toMatchObject({ "@_type": "imsqti_xmlv1p2", file: { "@_href": "sb_deck123/sb_deck123.xml" } });
  });

  it("has one item per question of Canvas's type, with the right answers and the source as general feedback", () => {
    const assessment = strFromU8(files["sb_deck123/sb_deck123.xml"]!);
    expect(XMLValidator.validate(assessment)).toBe(true);
    const root = parser.parse(assessment).questestinterop.assessment;
    expect(root["@_title"]).toBe("Kazakhstan & CSTO");
    const items = root.section.item as Item[];
    const typeOf = (item: Item) =>
      item.itemmetadata.qtimetadata.qtimetadatafield.find((f) => f.fieldlabel === "question_type")!.fieldentry;
    expect(items.map(typeOf)).toEqual([
      "multiple_choice_question",
      "true_false_question",
      "numerical_question",
      "short_answer_question",
    ]);
    const [mc, tf, numerical, short] = items as [Item, Item, Item, Item];
    const labels = mc.presentation.response_lid!.render_choice.response_label;
    expect(labels.map((l) => l.material.mattext["#text"])).toEqual([
      "CSTO",
      "NATO: the alliance",
      "EU {union}",
      "SCO = #3",
    ]);
    const scored = (item: Item) => item.resprocessing.respcondition[1]!.conditionvar;
    expect(scored(mc).varequal!.map((v) => v["#text"])).toEqual([labels[0]!["@_ident"]]);
    expect(scored(tf).varequal!.map((v) => v["#text"])).toEqual([
      tf.presentation.response_lid!.render_choice.response_label[1]!["@_ident"],
    ]);
    expect(scored(numerical).vargte!["#text"]).toBe("225");
    expect(scored(short).varequal!.map((v) => v["#text"])).toEqual(
      awkwardQuestions[3]!.kind === "typed" ? awkwardQuestions[3]!.accepted : [],
    );
    for (const item of items) {
      expect(item.itemfeedback["@_ident"]).toBe("general_fb");
      expect(item.itemfeedback.flow_mat.material.mattext["#text"]).toContain(
        "Troops of the CSTO: {&quot;peacekeepers&quot;}",
      );
      expect(item.itemfeedback.flow_mat.material.mattext["#text"]).toContain(
        "Kazakh Prosecutor General's Office: <strong>238</strong>",
      );
    }
    expect(mc.presentation.material.mattext["#text"]).toBe(
      `<p>${"Which alliance sent troops: {the} &quot;CSTO&quot; or #2 = ~ ?"}</p>`,
    );
  });
});
