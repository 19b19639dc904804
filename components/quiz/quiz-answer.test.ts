import { describe, expect, it } from "vitest";
import type { QuestionView } from "@/lib/quiz/view";
import { emptyDraft, missingAnswer, pickByKey, responseOf } from "./quiz-answer";

const at = { questionId: "q1", position: 1, total: 10, stem: "Who?" };
const choice: QuestionView = {
  ...at,
  kind: "multiple-choice",
  options: [
    { key: "a", text: "Astana" },
    { key: "b", text: "Almaty" },
    { key: "c", text: "Aktau" },
  ],
};
const trueFalse: QuestionView = { ...at, kind: "true-false" };
const typed: QuestionView = { ...at, kind: "typed" };

describe("answering by keyboard", () => {
  it("picks an option by its number or its letter, in either case, and focuses it", () => {
    expect(pickByKey(choice, "2")).toEqual({ change: { choice: "b" }, focusId: "option-b" });
    expect(pickByKey(choice, "C")).toEqual({ change: { choice: "c" }, focusId: "option-c" });
  });

  it("ignores keys for options the question does not have, and other keys", () => {
    expect(pickByKey(choice, "4")).toBeNull();
    expect(pickByKey(choice, "d")).toBeNull();
    expect(pickByKey(choice, "Enter")).toBeNull();
    expect(pickByKey(choice, "t")).toBeNull();
  });

  it("answers true/false with T and F", () => {
    expect(pickByKey(trueFalse, "t")).toEqual({ change: { truth: true }, focusId: "option-true" });
    expect(pickByKey(trueFalse, "F")).toEqual({ change: { truth: false }, focusId: "option-false" });
    expect(pickByKey(trueFalse, "1")).toBeNull();
  });

  it("leaves typed answers to the text field", () => {
    expect(pickByKey(typed, "a")).toBeNull();
    expect(pickByKey(typed, "1")).toBeNull();
  });
});

describe("sending an answer", () => {
  it("sends nothing before an answer is given, and says what is missing", () => {
    expect(responseOf(choice, emptyDraft)).toBeNull();
    expect(responseOf(trueFalse, emptyDraft)).toBeNull();
    expect(responseOf(typed, { ...emptyDraft, text: "   " })).toBeNull();
    expect(missingAnswer(choice)).toBe("Pick an answer first.");
    expect(missingAnswer(trueFalse)).toBe("Pick an answer first.");
    expect(missingAnswer(typed)).toBe("Type an answer first.");
  });

  it("sends the pick for the question's kind", () => {
    expect(responseOf(choice, { ...emptyDraft, choice: "b" })).toEqual({ kind: "choice", key: "b" });
    expect(responseOf(trueFalse, { ...emptyDraft, truth: false })).toEqual({ kind: "true-false", value: false });
    expect(responseOf(typed, { ...emptyDraft, text: "Tokayev" })).toEqual({ kind: "typed", text: "Tokayev" });
  });
});
