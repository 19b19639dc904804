import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { gradeTypedAnswer, gradingContext, type ExpectedAnswer } from "./grade";

// Numbers as students type them (issue 18): words, other thousands separators, ordinals in dates.
const context = gradingContext([], [{ answer: "238", aliases: [] }]);
const verdict = (expected: ExpectedAnswer, response: string) => gradeTypedAnswer(expected, response, context).verdict;
const number = (answer: string): ExpectedAnswer => ({ answer, aliases: [], answerType: "number" });

const killed = number("6,290");
const injured = number("361");
const year: ExpectedAnswer = { answer: "1991", aliases: [], answerType: "year" };
const march3: ExpectedAnswer = { answer: "March 3", aliases: [], answerType: "date" };

describe("typed numbers in words and with other separators", () => {
  it.each([
    [number("17"), "seventeen"],
    [number("42"), "forty-two"],
    [number("42"), "forty two"],
    [injured, "three hundred sixty-one"],
    [injured, "three hundred and sixty-one"],
    [injured, "Three Hundred Sixty One"],
    [killed, "six thousand two hundred ninety"],
    [killed, "six thousand, two hundred and ninety"],
    [killed, "6.290"],
    [killed, "6 290"],
    [killed, "6\u2009290"],
    [killed, "6\u202f290"],
    [killed, "6'290"],
    [killed, "6’290"],
    [killed, "6,290 people"],
    [number("Nearly 1,000"), "nearly one thousand"],
    [number("six"), "6"],
    [number("1,234,567"), "1.234.567"],
    [year, "nineteen ninety-one"],
    [year, "nineteen ninety one"],
    [{ ...year, answer: "2022" }, "twenty twenty-two"],
    [{ ...year, answer: "2022" }, "two thousand twenty-two"],
    [{ ...year, answer: "2005" }, "twenty oh five"],
  ])("accepts for %j: %s", (expected, response) => expect(verdict(expected, response)).toBe("correct"));

  it.each([
    [killed, "6,291"],
    [killed, "6.2"],
    [killed, "6,2"],
    [killed, "six thousand two hundred ninety-one"],
    [killed, "62,90"],
    [number("6,200"), "6.2"],
    [injured, "238"],
    [injured, "two hundred thirty-eight"],
    [injured, "three hundred sixty"],
    [year, "nineteen ninety"],
    [year, "19 91"],
  ])("still rejects for %j: %s", (expected, response) => expect(verdict(expected, response)).toBe("incorrect"));

  it("says numbers must match when a competing figure is typed", () => {
    expect(gradeTypedAnswer(injured, "two hundred thirty-eight", context)).toMatchObject({
      expected: "361",
      reason: "Numbers must match the source exactly.",
    });
  });
});

describe("typed dates with ordinals", () => {
  it.each(["3rd of March", "the 3rd of March", "the third of March", "March third", "March the 3rd", "3 March"])(
    "accepts %s for March 3",
    (response) => expect(verdict(march3, response)).toBe("correct"),
  );
  it.each(["the fourth of March", "2nd of March", "March thirtieth"])("rejects %s for March 3", (response) =>
    expect(verdict(march3, response)).toBe("incorrect"),
  );
});

/** English words for 0 < n < 1,000,000, with or without hyphens and "and", as people write them. */
function inWords(n: number, style: { hyphen: boolean; and: boolean }): string {
  const small = [
    "",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
  ];
  const tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
  const belowHundred = (k: number) =>
    k < 20 ? small[k]! : tens[Math.floor(k / 10)]! + (k % 10 ? (style.hyphen ? "-" : " ") + small[k % 10] : "");
  const belowThousand = (k: number) => {
    const hundreds = Math.floor(k / 100);
    const rest = k % 100;
    const words = hundreds ? [`${small[hundreds]} hundred`] : [];
    if (rest) words.push(hundreds && style.and ? `and ${belowHundred(rest)}` : belowHundred(rest));
    return words.join(" ");
  };
  const thousands = Math.floor(n / 1000);
  const rest = n % 1000;
  return [thousands ? `${belowThousand(thousands)} thousand` : "", rest ? belowThousand(rest) : ""]
    .filter(Boolean)
    .join(" ");
}

describe("properties", () => {
  const style = fc.record({ hyphen: fc.boolean(), and: fc.boolean() });

  it("any number below a million in words is that number, and the next number is wrong", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999 }), style, (n, s) => {
        const expected = number(n.toLocaleString("en-US"));
        expect(verdict(expected, inWords(n, s))).toBe("correct");
        expect(verdict(expected, inWords(n + 1, s))).toBe("incorrect");
      }),
      { numRuns: 300 },
    );
  });

  it("any number from 1,000 grouped by any one separator is that number; one more is not", () => {
    const separator = fc.constantFrom(",", ".", " ", "\u2009", "\u202f", "\u00a0", "'", "’");
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 999_999_999 }), separator, (n, sep) => {
        const grouped = n.toLocaleString("en-US").replaceAll(",", sep);
        const expected = number(n.toLocaleString("en-US"));
        expect(verdict(expected, grouped)).toBe("correct");
        expect(verdict(expected, (n + 1).toLocaleString("en-US").replaceAll(",", sep))).toBe("incorrect");
      }),
      { numRuns: 300 },
    );
  });

  it("a decimal is never read as thousands: d.d and d.dd are not d,d00", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 1, max: 99 }), (whole, fraction) => {
        const typed = `${whole}.${fraction}`;
        const thousands = whole * 1000 + fraction * (fraction < 10 ? 100 : 10);
        expect(verdict(number(thousands.toLocaleString("en-US")), typed)).toBe("incorrect");
      }),
      { numRuns: 200 },
    );
  });
});
