import { describe, expect, it } from "vitest";
import { parse, type MultipleChoice, type Numerical, type ShortAnswer, type TrueFalse } from "gift-pegjs";
import { toGift } from "./gift";
import { sourceText } from "./question";
import { awkwardQuestions } from "./test-fixtures";

describe("GIFT export", () => {
  const parsed = parse(toGift("Kazakhstan: January {2022} / unrest", awkwardQuestions));
  const questions = parsed.filter((q) => q.type !== "Category");

  it("parses with an independent GIFT parser, one question per item, the category first", () => {
    expect(parsed[0]).toMatchObject({ type: "Category", title: "$course$/top/Kazakhstan: January {2022} - unrest" });
    expect(questions.map((q) => q.type)).toEqual(["MC", "TF", "Numerical", "Short"]);
  });

  it("gives back every stem, answer, accepted spelling and source, special characters intact", () => {
    const [mc, tf, numerical, short] = questions as [MultipleChoice, TrueFalse, Numerical, ShortAnswer];
    expect(mc.stem.text).toBe(awkwardQuestions[0]!.stem);
    expect(mc.choices.map((c) => [c.text.text, c.isCorrect])).toEqual([
      ["CSTO", true],
      ["NATO: the alliance", false],
      ["EU {union}", false],
      ["SCO = #3", false],
    ]);
    expect(tf.isTrue).toBe(false);
    // Exactly 225: a numerical answer with no tolerance.
    expect(numerical.choices).toEqual({ type: "range", number: 225, range: 0 });
    expect(short.choices.map((c) => c.text.text)).toEqual([
      "Kassym-Jomart Tokayev",
      "Tokayev",
      "Qasym-Jomart Toqayev",
      "K*T",
    ]);
    for (const q of [mc, tf, numerical, short]) {
      expect(q.globalFeedback!.text).toBe(sourceText(awkwardQuestions[0]!.source));
      expect(q.globalFeedback!.text).toContain("Sources differ: Kazakh Prosecutor General's Office: 238");
    }
    expect([mc, tf, numerical, short].map((q) => q.id)).toEqual(awkwardQuestions.map((q) => q.id));
  });
});
