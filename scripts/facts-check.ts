/** `npm run facts:check`: validates seeds/ and prints the table's counts. Exit 1 on any problem. */
import { checkCorpus } from "../lib/facts/check";
import { loadCorpus, SeedFileError } from "../lib/facts/load.server";

let corpus;
try {
  corpus = loadCorpus();
} catch (error) {
  if (error instanceof SeedFileError) {
    console.error(`✖ ${error.message}`);
    process.exit(1);
  }
  throw error;
}
const { problems, stats } = checkCorpus(corpus);

const table = (title: string, counts: Record<string, number>) => {
  console.log(`\n${title}`);
  for (const [key, n] of Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])))
    console.log(`  ${String(n).padStart(4)}  ${key}`);
};
console.log(
  `Fact table: ${stats.total} facts, ${corpus.articles.length} articles, ${corpus.entities.length} entities, ${Object.keys(stats.claimGroups).length} claim groups`,
);
table("Per article", stats.byArticle);
table("Per answer type", stats.byAnswerType);
table("Per topic", stats.byTopic);

if (problems.length) {
  console.error(`\n✖ ${problems.length} problem${problems.length === 1 ? "" : "s"}:`);
  for (const p of problems)
    console.error(
      `  ✖ ${p.factId ? `[${p.factId}] ` : ""}${p.article ? `(${p.article}) ` : ""}${p.rule}: ${p.message}`,
    );
  process.exit(1);
}
console.log(
  "\n✔ Every fact is verbatim, outside boilerplate, attributed where sources compete, and uses known spellings.",
);
