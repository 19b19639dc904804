/**
 * `npm run bench:generate`: times item generation for the corpus and for synthetic tables of
 * 1,000 and 10,000 facts made from it, and prints items/s and how time grows with size.
 */
import { performance } from "node:perf_hooks";
import { loadCorpus } from "../lib/facts/load.server";
import { type LocatedFact, locatedFacts } from "../lib/facts/located";
import { generateItems } from "../lib/quiz/generate";

const corpus = loadCorpus();
const facts = locatedFacts(corpus);
if (!facts.length) {
  console.error("✖ The fact table is empty: nothing to time.");
  process.exit(1);
}

/** n facts cloned from the corpus across n/20 synthetic articles, with fresh ids and numbers. */
function syntheticFacts(n: number): LocatedFact[] {
  return Array.from({ length: n }, (_, i) => {
    const source = facts[i % facts.length]!;
    const copy = Math.floor(i / facts.length);
    const bump = (text: string) => text.replace(/\d+/g, (d) => (d.length >= 3 ? String(Number(d) + copy) : d));
    const numeric = ["number", "quantity"].includes(source.answerType);
    return {
      ...source,
      id: `${source.id}-s${copy}`,
      article: `synthetic-${Math.floor(i / 20)}.txt`,
      answer: numeric ? bump(source.answer) : source.answer,
      statement: numeric ? bump(source.statement) : source.statement,
      quote: numeric ? bump(source.quote) : source.quote,
      question: copy ? `${source.question.replace(/\?$/, "")} (set ${copy})?` : source.question,
    };
  });
}

function median(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(label: string, input: LocatedFact[], runs: number) {
  const durations: number[] = [];
  let itemCount = 0;
  for (let r = 0; r < runs; r++) {
    const started = performance.now();
    itemCount = generateItems(input, corpus.entities).items.length;
    durations.push(performance.now() - started);
  }
  const ms = median(durations);
  console.log(
    `${label.padEnd(22)} ${String(input.length).padStart(6)} facts  ${String(itemCount).padStart(6)} items  ${ms.toFixed(1).padStart(8)} ms  ${Math.round(
      (itemCount / ms) * 1000,
    )
      .toLocaleString("en-US")
      .padStart(10)} items/s`,
  );
  return ms;
}

console.log(`Item generation (median of runs; Node ${process.version})\n`);
time("warm-up", facts, 3);
const corpusMs = time("corpus", facts, 15);
const oneK = time("synthetic 1,000", syntheticFacts(1_000), 5);
const tenK = time("synthetic 10,000", syntheticFacts(10_000), 3);
const growth = tenK / oneK;
console.log(`\n10,000 vs 1,000 facts: ${growth.toFixed(2)}× the time for 10× the facts (linear = 10×)`);
const checks = [
  [`corpus < 100 ms`, corpusMs < 100],
  [`10,000 facts < 3 s`, tenK < 3000],
  [`growth close to linear (≤ 13×)`, growth <= 13],
] as const;
for (const [label, ok] of checks) console.log(`${ok ? "✔" : "✖"} ${label}`);
if (checks.some(([, ok]) => !ok)) process.exit(1);
