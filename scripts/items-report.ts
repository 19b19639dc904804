/**
 * `npm run items:report`: generates every item for the corpus, prints counts, skipped facts and the
 * audit (which must show zeros), and writes the full list with citations for teachers to read.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadCorpus } from "../lib/facts/load.server";
import { locatedFacts } from "../lib/facts/located";
import { generateItems } from "../lib/quiz/generate";
import { itemTypes, type QuizItem } from "../lib/quiz/items";
import { auditItems } from "../lib/grading/audit";

const corpus = loadCorpus();
const facts = locatedFacts(corpus);
const { items, skipped } = generateItems(facts, corpus.entities);
const audit = auditItems(items, facts, corpus.entities);
const factById = new Map(facts.map((f) => [f.id, f]));

console.log(`Items: ${items.length} from ${facts.length} facts\n`);
const articles = corpus.articles.map((a) => a.file);
console.log(["article".padEnd(28), ...itemTypes.map((t) => t.padStart(16))].join(""));
for (const file of [...articles, "all"]) {
  const of = items.filter((i) => file === "all" || i.passage.article === file);
  console.log(
    [file.padEnd(28), ...itemTypes.map((t) => String(of.filter((i) => i.type === t).length).padStart(16))].join(""),
  );
}

console.log(`\nSkipped: ${skipped.length}`);
for (const s of skipped) console.log(`  ${s.type.padEnd(16)} ${s.factId}: ${s.reason}`);

const mcCount = audit.correctPosition.reduce((a, b) => a + b, 0);
console.log("\nAudit");
console.log(
  `  distractor graded as a right answer:   ${audit.distractorIsAnswer.length}${audit.distractorIsAnswer.length ? `  ${audit.distractorIsAnswer.join(", ")}` : ""}`,
);
console.log(
  `  options that normalize the same:      ${audit.duplicateOptions.length}${audit.duplicateOptions.length ? `  ${audit.duplicateOptions.join(", ")}` : ""}`,
);
console.log(
  `  false statements another fact backs:  ${audit.falseStatementSupported.length}${audit.falseStatementSupported.length ? `  ${audit.falseStatementSupported.join(", ")}` : ""}`,
);
console.log(
  `  correct option position (A–D):        ${audit.correctPosition.map((n, i) => `${"ABCD"[i]} ${n} (${mcCount ? Math.round((100 * n) / mcCount) : 0} %)`).join(" · ")}`,
);

const reportFile = path.resolve("data", "reports", "items.md");
mkdirSync(path.dirname(reportFile), { recursive: true });
writeFileSync(reportFile, markdown(items));
console.log(`\nFull item list with citations: ${path.relative(process.cwd(), reportFile)}`);

const failures = audit.distractorIsAnswer.length + audit.duplicateOptions.length + audit.falseStatementSupported.length;
if (failures) process.exit(1);

function markdown(all: QuizItem[]): string {
  const lines = ["# Sourcebound quiz items", "", `${all.length} items generated from ${facts.length} facts.`, ""];
  for (const article of corpus.articles) {
    lines.push(
      `## ${article.title}`,
      "",
      `_${article.outlet ?? "Outlet not named"} · ${article.dateText} · ${article.file}_`,
      "",
    );
    for (const item of all.filter((i) => i.passage.article === article.file)) {
      const fact = factById.get(item.factId)!;
      lines.push(`### ${item.type}: \`${item.id}\``, "");
      if (item.type === "multiple-choice") {
        lines.push(
          item.stem,
          "",
          ...item.options.map((o, i) => `${"ABCD"[i]}. ${o.text}${o.id === item.correctOptionId ? " ✔" : ""}`),
        );
      } else if (item.type === "true-false") {
        lines.push(`${item.stem} — **${item.isTrue ? "True" : `False (swapped in: ${item.swappedIn})`}**`);
      } else if (item.type === "typed") {
        lines.push(
          item.stem,
          "",
          `Cloze: ${item.cloze}`,
          "",
          `Answer: **${item.answer}**${item.aliases.length ? ` (also: ${item.aliases.join(", ")})` : ""}`,
        );
      } else {
        lines.push(`Front: ${item.front}`, "", `Back: **${item.answer}**`);
      }
      lines.push(
        "",
        `> ${fact.quote}`,
        `> — ${article.title}, characters ${item.passage.start}–${item.passage.end}${fact.attribution ? ` (claim by ${fact.attribution})` : ""}`,
        "",
      );
    }
  }
  return lines.join("\n");
}
