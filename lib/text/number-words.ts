/**
 * Number words in what a student types, written as digits so the number rules can compare them:
 * "forty-two" → "42", "six thousand two hundred and ninety" → "6290", "the third of March" →
 * "the 3rd of March". compromise reads the words; years said in pairs ("nineteen ninety-one",
 * "twenty twenty-two", "twenty oh five"), which it reads as two numbers, are ours.
 */
import nlp from "compromise";

const units = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const teens = [
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
const tens = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];

/** 1–99 as a word or two ("seven", "fifteen", "forty-two"), else null. */
function underHundred(words: string): number | null {
  const [first = "", second, ...rest] = words.split(/[\s-]+/);
  if (rest.length) return null;
  if (second === undefined) {
    if (units.includes(first)) return units.indexOf(first) + 1;
    if (teens.includes(first)) return teens.indexOf(first) + 10;
    if (tens.includes(first)) return (tens.indexOf(first) + 2) * 10;
    return null;
  }
  return tens.includes(first) && units.includes(second)
    ? (tens.indexOf(first) + 2) * 10 + units.indexOf(second) + 1
    : null;
}

const century = `(${[...teens.slice(0), "twenty"].join("|")})`;
const twoDigits = `((?:${tens.join("|")})(?:[\\s-]+(?:${units.join("|")}))?|${teens.join("|")}|oh[\\s-]+(?:${units.join("|")})|hundred)`;
const yearPair = new RegExp(`\\b${century}[\\s-]+${twoDigits}\\b`, "gi");

/** "nineteen ninety-one" → "1991", "twenty oh five" → "2005", "nineteen hundred" → "1900". */
function yearPairsAsDigits(text: string): string {
  return text.replace(yearPair, (whole, high: string, low: string) => {
    const hundreds = underHundred(high.toLowerCase());
    const rest = low.toLowerCase();
    const tail = rest === "hundred" ? 0 : underHundred(rest.replace(/^oh[\s-]+/, ""));
    return hundreds === null || tail === null ? whole : String(hundreds * 100 + tail);
  });
}

/**
 * The text with its number words as digits. `years`: read a pair of numbers said as a year
 * ("nineteen ninety-one") as that year, for year answers. Text without letters is returned as it is.
 */
export function numberWordsAsDigits(text: string, { years = false } = {}): string {
  if (!/\p{L}/u.test(text)) return text;
  const paired = years ? yearPairsAsDigits(text) : text;
  const doc = nlp(paired);
  doc.numbers().toNumber();
  return doc.text();
}
