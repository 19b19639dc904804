import { describe, expect, it } from "vitest";
import type { ExportQuestion } from "./question";
import { onePerFact, printedQuiz } from "./print";

const source = {
  quote: "The passage",
  articleTitle: "An article",
  outlet: "An outlet",
  date: "2022-01-19",
  attribution: null,
  otherClaims: [],
};

/** Fact n asks a multiple choice, a true and a false statement, and a typed answer. */
function factQuestions(n: number): ExportQuestion[] {
  const base = { factId: `f${n}`, title: `Q${n}`, source: { ...source, quote: `Passage ${n}` }, topics: [] };
  return [
    {
      ...base,
      id: `f${n}.mc`,
      kind: "multiple-choice",
      stem: `Which is answer ${n}?`,
      options: [`right ${n}`, `wrong ${n}a`, `wrong ${n}b`, `wrong ${n}c`],
      correct: 0,
    },
    { ...base, id: `f${n}.tf1`, kind: "true-false", stem: `Statement ${n} is true.`, isTrue: true },
    { ...base, id: `f${n}.tf2`, kind: "true-false", stem: `Statement ${n} is false.`, isTrue: false },
    {
      ...base,
      id: `f${n}.typed`,
      kind: "typed",
      stem: `Type answer ${n}?`,
      answer: `answer ${n}`,
      accepted: [`answer ${n}`, `spelling ${n}`],
      number: null,
    },
  ];
}
const questions = Array.from({ length: 12 }, (_, n) => factQuestions(n + 1)).flat();
const allKinds = ["multiple-choice", "true-false", "typed"] as const;

describe("printable quiz", () => {
  it("asks one question per fact, the deck's types taken in turn", () => {
    const asked = onePerFact(questions, allKinds, "deck1");
    expect(asked.map((q) => q.factId)).toEqual(questions.filter((q) => q.kind === "typed").map((q) => q.factId));
    expect(asked.map((q) => q.kind).slice(0, 6)).toEqual([...allKinds, ...allKinds]);
    // A fact without the type due gives its next type.
    const noTyped = questions.filter((q) => !(q.factId === "f3" && q.kind === "typed"));
    expect(onePerFact(noTyped, allKinds, "deck1")[2]!.kind).toBe("multiple-choice");
  });

  it("gives versions A and B the same questions in another order, options shuffled, the key still right", () => {
    const a = printedQuiz(questions, allKinds, "deck1", "A");
    const b = printedQuiz(questions, allKinds, "deck1", "B");
    expect(a.map((q) => q.number)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    expect(new Set(b.map((q) => q.id))).toEqual(new Set(a.map((q) => q.id)));
    expect(b.map((q) => q.id)).not.toEqual(a.map((q) => q.id));
    const mcA = a.filter((q) => q.kind === "multiple-choice");
    const mcB = mcA.map((q) => b.find((p) => p.id === q.id)!);
    expect(mcB.some((q, i) => q.options.map((o) => o.text).join() !== mcA[i]!.options.map((o) => o.text).join())).toBe(
      true,
    );
    for (const q of [...a, ...b]) {
      if (q.kind === "multiple-choice") {
        expect(q.options.map((o) => o.letter)).toEqual(["A", "B", "C", "D"]);
        const [letter, text] = q.answer.split(". ");
        expect(q.options.find((o) => o.letter === letter)!.text).toBe(text);
        expect(text).toMatch(/^right /);
      }
      if (q.kind === "true-false") {
        expect(q.options.map((o) => o.text)).toEqual(["True", "False"]);
        expect(q.answer).toBe(q.stem.endsWith("is true.") ? "True" : "False");
      }
      if (q.kind === "typed") expect(q.alsoAccepted).toEqual([q.answer.replace("answer", "spelling")]);
      expect(q.source.quote).toBe(`Passage ${q.id.split(".")[0]!.slice(1)}`);
    }
  });

  it("prints a version the same every time, and another deck differently", () => {
    expect(printedQuiz(questions, allKinds, "deck1", "B")).toEqual(printedQuiz(questions, allKinds, "deck1", "B"));
    expect(printedQuiz(questions, allKinds, "deck2", "A").map((q) => q.id)).not.toEqual(
      printedQuiz(questions, allKinds, "deck1", "A").map((q) => q.id),
    );
  });
});
