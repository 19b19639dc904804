import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { entitySchema } from "@/lib/facts/schema";
import { gradeItem, gradeTypedAnswer, gradingContext, typoAllowance, type ExpectedAnswer } from "./grade";

// The corpus's real entity table, so its real spellings are what is tested.
const entities = z.array(entitySchema).parse(JSON.parse(readFileSync("seeds/entities.json", "utf8")));
const otherAnswers = [
  { answer: "238", aliases: [] },
  { answer: "4,578", aliases: [] },
  { answer: "Aktau", aliases: [] },
];
const context = gradingContext(entities, otherAnswers);

const tokayev: ExpectedAnswer = { answer: "Kassym-Jomart Tokayev", aliases: ["Tokayev"], answerType: "person" };
const csto: ExpectedAnswer = {
  answer: "Collective Security Treaty Organization",
  aliases: ["CSTO"],
  answerType: "organization",
};
const injured: ExpectedAnswer = { answer: "4,578", aliases: [], answerType: "number" };
const dismissal: ExpectedAnswer = { answer: "January 5", aliases: [], answerType: "date" };
const handover: ExpectedAnswer = { answer: "2019", aliases: [], answerType: "year" };

const verdict = (expected: ExpectedAnswer, response: string) => gradeTypedAnswer(expected, response, context).verdict;

describe("gradeTypedAnswer: spellings and forms", () => {
  it.each([
    "Kassym-Jomart Tokayev",
    "kassym jomart tokayev",
    "Kasim Cömert Tokayev",
    "Kasim Comert Tokayev",
    "Kasim-Yomart Tokayev",
    "TOKAYEV",
    "  Tokayev. ",
  ])("accepts %s for Tokayev", (response) => expect(verdict(tokayev, response)).toBe("correct"));

  it.each(["CSTO", "the CSTO", "KGAÖ", "KGAO", "collective security treaty organisation"])(
    "accepts %s for the CSTO",
    (response) => {
      expect(verdict(csto, response)).toBe("correct");
    },
  );

  it("accepts a surname alone when no one else in the sources has it", () => {
    const peskov: ExpectedAnswer = { answer: "Dmitry Peskov", aliases: [], answerType: "person" };
    expect(verdict(peskov, "Peskov")).toBe("correct");
    const alzhanov: ExpectedAnswer = { answer: "Dimash Alzhanov", aliases: [], answerType: "person" };
    expect(verdict(alzhanov, "alzhanov")).toBe("correct");
  });

  it("accepts Kiev and Kyiv alike", () => {
    expect(verdict({ answer: "Kiev", aliases: [], answerType: "place" }, "Kyiv")).toBe("correct");
  });
});

describe("gradeTypedAnswer: typos", () => {
  it("accepts a small typo, scaled to the length of the word", () => {
    expect(verdict(tokayev, "Tokayv")).toBe("correct");
    expect(verdict(tokayev, "Kassym-Jomart Tokaeyv")).toBe("correct");
    expect(verdict({ answer: "Taldykorgan", aliases: [], answerType: "place" }, "Taldikorgan")).toBe("correct");
  });

  it("calls a near miss close but does not score it", () => {
    const grade = gradeTypedAnswer({ answer: "Zhanaozen", aliases: [], answerType: "place" }, "Zhanzoan", context);
    expect(grade).toMatchObject({ verdict: "close", correct: false, expected: "Zhanaozen" });
  });

  it("never treats another real answer as a typo", () => {
    expect(verdict({ answer: "Aktau", aliases: [], answerType: "place" }, "Almaty")).toBe("incorrect");
    expect(verdict({ answer: "Vladimir Putin", aliases: [], answerType: "person" }, "Peskov")).toBe("incorrect");
  });

  it("allows no typo in very short words", () => {
    expect(typoAllowance(3)).toBe(0);
    expect(verdict({ answer: "UN", aliases: [], answerType: "organization" }, "UK")).toBe("incorrect");
  });
});

describe("gradeTypedAnswer: numbers, years and dates match exactly", () => {
  it.each(["4578", "4,578", "4 578", "4578 people"])("accepts %s for 4,578", (response) =>
    expect(verdict(injured, response)).toBe("correct"),
  );

  it("rejects a number one off, with the reason", () => {
    const grade = gradeTypedAnswer(injured, "4,579", context);
    expect(grade).toMatchObject({ verdict: "incorrect", correct: false });
    expect(grade.reason).toBe("Numbers must match the source exactly.");
  });

  it("reads 'Nearly 1,000' as the number 1,000", () => {
    const un: ExpectedAnswer = { answer: "Nearly 1,000", aliases: ["about 1,000"], answerType: "quantity" };
    expect(verdict(un, "1000")).toBe("correct");
    expect(verdict(un, "nearly 1000")).toBe("correct");
    expect(verdict(un, "10,000")).toBe("incorrect");
  });

  it.each(["January 5", "Jan 5", "5 January", "January 5th", "5th of January", "January 5, 2022"])(
    "accepts %s for January 5",
    (response) => {
      expect(verdict(dismissal, response)).toBe("correct");
    },
  );

  it("rejects the wrong day or year", () => {
    expect(verdict(dismissal, "January 6")).toBe("incorrect");
    expect(verdict(dismissal, "February 5")).toBe("incorrect");
    expect(verdict(handover, "2018")).toBe("incorrect");
    expect(verdict(handover, "2019")).toBe("correct");
  });

  it("says when nothing was typed", () => {
    expect(gradeTypedAnswer(injured, "   ", context)).toMatchObject({
      verdict: "incorrect",
      reason: "No answer was given.",
    });
  });
});

describe("gradeItem", () => {
  const passage = {
    factId: "f",
    article: "a.txt",
    quote: "On January 5, Tokayev dismissed the government.",
    start: 0,
    end: 48,
  };
  const base = {
    factId: "f",
    generatorVersion: 1,
    passage,
    answer: "January 5",
    aliases: [],
    answerType: "date" as const,
  };
  const mc = {
    ...base,
    id: "f.mc.1",
    type: "multiple-choice" as const,
    stem: "On what date did Tokayev dismiss the government?",
    options: [
      { id: "o1", text: "January 2" },
      { id: "o2", text: "January 5" },
      { id: "o3", text: "January 7" },
      { id: "o4", text: "January 13" },
    ],
    correctOptionId: "o2",
  };
  const falseStatement = {
    ...base,
    id: "f.tf.1",
    type: "true-false" as const,
    stem: "On January 7, Tokayev dismissed the government.",
    isTrue: false,
    swappedIn: "January 7",
  };

  it("grades a multiple-choice pick by option id, giving the source's answer when wrong", () => {
    expect(gradeItem(mc, { optionId: "o2" }, context).verdict).toBe("correct");
    expect(gradeItem(mc, { optionId: "o3" }, context)).toEqual({
      verdict: "incorrect",
      correct: false,
      expected: "January 5",
      reason: "",
    });
    expect(gradeItem(mc, { optionId: "made-up" }, context).reason).toBe("That is not one of this question's options.");
  });

  it("grades true/false and explains a false statement with the swapped value", () => {
    expect(gradeItem(falseStatement, { isTrue: false }, context)).toMatchObject({
      verdict: "correct",
      expected: "False",
      reason: "The source says January 5, not January 7.",
    });
    expect(gradeItem(falseStatement, { isTrue: true }, context).verdict).toBe("incorrect");
    expect(gradeItem(falseStatement, { optionId: "o1" }, context).reason).toBe("Answer true or false.");
  });

  it("grades typed answers and flashcards by the typed-answer rules", () => {
    const typed = {
      ...base,
      id: "f.typed.1",
      type: "typed" as const,
      stem: mc.stem,
      cloze: "On _____, Tokayev dismissed the government.",
    };
    expect(gradeItem(typed, { text: "5th January" }, context).verdict).toBe("correct");
    expect(gradeItem(typed, { text: "January 6" }, context).verdict).toBe("incorrect");
    expect(gradeItem({ ...typed, type: "flashcard", front: mc.stem }, { text: "Jan 5" }, context).verdict).toBe(
      "correct",
    );
  });
});
