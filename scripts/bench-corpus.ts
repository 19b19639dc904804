/**
 * `npm run bench:corpus`: teachers' corpora (decision 0013) on a temporary SQLite database with
 * the library imported, no server. Each figure is the median and p95 of several runs, taken in
 * turn with its baseline in the same run, so the ratio does not depend on the machine:
 *   1. importing a pasted ~50 KB article with its suggestions, against a 5 KB one;
 *   2. a teacher's 1,000 facts on 20 articles plus the library, against the library alone:
 *      (a) building the corpus cold, (b) a cached call, (c) starting a practice quiz for a
 *      student who sees the teacher's articles, against a student who sees the library only.
 */
import { createHash, randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { Prisma } from "../lib/generated/sqlite/client";
import { percentile } from "./lib/bench-server";
import { toolEnv } from "./lib/run";

const ARTICLES = 20;
const FACTS = 1_000;

const dataDir = mkdtempSync(path.join(tmpdir(), "sourcebound-bench-corpus-"));
// BENCH_KEEP=1 keeps the database for a look with sqlite3 afterwards.
process.on("exit", () => process.env.BENCH_KEEP || rmSync(dataDir, { recursive: true, force: true }));
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));
Object.assign(process.env, toolEnv, {
  DATA_DIR: dataDir,
  DATABASE_URL: `file:${path.join(dataDir, "bench.db")}`,
  NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
  DEMO_USERS: "0",
});

// Loaded only now: the library's modules read the environment, and a fresh clone has no client yet.
const { loadEnvOrExit } = await import("./lib/prepare");
const { generateClients, migrate } = await import("./lib/database");
const env = loadEnvOrExit();
generateClients();
await migrate(env.databaseProvider, env.DATABASE_URL);
const { db } = await import("../lib/db");
const { importCorpus } = await import("../lib/facts/import.server");
const { loadCorpus } = await import("../lib/facts/load.server");
const { readSource, importArticle, shareArticle } = await import("../lib/articles/articles.server");
const { refreshSuggestions } = await import("../lib/curation/suggestions.server");
const { suggestFacts } = await import("../lib/curation/suggest");
const { bumpPart, ownerPart } = await import("../lib/articles/versions.server");
const { libraryScope, teacherScope, studentScope } = await import("../lib/articles/scope.server");
const { studyCorpus } = await import("../lib/study/corpus.server");
const { startPracticeSession } = await import("../lib/study/sessions.server");
const { studyItemTypes } = await import("../lib/study/selection");
const { createClass } = await import("../lib/classes/classes.server");

console.log(`▸ Temporary database in ${dataDir}; importing the library…`);
await importCorpus(db(), loadCorpus());

/** Expository text of about `chars` characters: the curation fixtures in turn, years and large numbers varied per variant. */
const fixtureDir = "lib/curation/fixtures";
const fixtures = readdirSync(fixtureDir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => readFileSync(path.join(fixtureDir, name), "utf8").trim());
function expository(variant: number, chars: number): string {
  const sections = [`Reading ${variant}: collected passages for class`];
  for (let k = 0; sections.join("\n\n").length < chars; k++) {
    const shift = variant * 7 + k;
    // Days, small counts and percentages stay as they are, so dates and shares still read true.
    const varied = fixtures[(variant + k) % fixtures.length]!.replace(/\b\d{1,3}(?:,\d{3})+\b|\b\d{3,}\b/g, (d) => {
      const n = Number(d.replaceAll(",", ""));
      return /^(1[5-9]|20)\d\d$/.test(d) ? String(n - (shift % 40)) : (n + shift * 3).toLocaleString("en-US");
    });
    sections.push(varied);
  }
  return sections.join("\n\n");
}

async function newUser(name: string, role: "teacher" | "student") {
  const email = `${name.toLowerCase().replaceAll(" ", "-")}@bench.sourcebound.test`;
  return (await db().user.create({ data: { name, email, role, passwordHash: "!" }, select: { id: true } })).id;
}

async function importText(ownerId: string, text: string, title: string) {
  const read = await readSource({ kind: "paste", text });
  if (!read.ok) throw new Error(`the bench text was not read: ${read.error}`);
  const imported = await importArticle(ownerId, read.data, { title });
  if (!imported.ok) throw new Error(`the bench article was refused: ${imported.error}`);
  return imported.data;
}

interface Figures {
  p50: number;
  p95: number;
}
/** Runs baseline and subject in turn (warm-up runs first, not counted), so drift hits both alike. */
async function compare(
  runs: number,
  warmUp: number,
  baseline: (run: number) => Promise<unknown>,
  subject: (run: number) => Promise<unknown>,
): Promise<[Figures, Figures]> {
  const times: [number[], number[]] = [[], []];
  for (let run = 0; run < warmUp + runs; run++) {
    for (const [side, once] of [baseline, subject].entries()) {
      const started = performance.now();
      await once(run);
      if (run >= warmUp) times[side]!.push(performance.now() - started);
    }
  }
  return times.map((list) => {
    const sorted = list.sort((a, b) => a - b);
    return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
  }) as [Figures, Figures];
}

const rows: string[] = [];
const LABEL = 45;
const ms = (value: number) => `${value.toFixed(1).padStart(8)} ms`;
function row(label: string, runs: number, [base, subject]: [Figures, Figures], note = "") {
  const ratio = `${(subject.p50 / base.p50).toFixed(2)}×`.padStart(8);
  const times = `${ms(base.p50)} ${ms(base.p95)}  ${ms(subject.p50)} ${ms(subject.p95)}`;
  rows.push(`${label.padEnd(LABEL)} ${String(runs).padStart(4)} ${times} ${ratio}  ${note}`.trimEnd());
}

// 1. Import with suggestions: every run a text of its own, so the duplicate check never refuses it.
const IMPORT_RUNS = 8;
console.log(`▸ Importing ${2 * (IMPORT_RUNS + 1)} pasted articles with suggestions…`);
const importer = await newUser("Bench Importer", "teacher");
const suggested: Record<"small" | "large", number[]> = { small: [], large: [] };
const chars: Record<"small" | "large", number[]> = { small: [], large: [] };
const texts = (size: "small" | "large", bytes: number) =>
  Array.from({ length: IMPORT_RUNS + 1 }, (_, run) => expository(run * 2 + (size === "large" ? 1 : 0), bytes));
const importTexts = { small: texts("small", 5_000), large: texts("large", 50_000) };
const importOnce = (size: "small" | "large") => async (run: number) => {
  const text = importTexts[size][run]!;
  const article = await importText(importer, text, `Bench import ${size} ${run}`);
  const refreshed = await refreshSuggestions(importer, article.slug);
  if (!refreshed.ok) throw new Error(refreshed.error);
  suggested[size].push(refreshed.data.count);
  chars[size].push(article.text.length);
};
const imports = await compare(IMPORT_RUNS, 1, importOnce("small"), importOnce("large"));
const mean = (list: number[]) => Math.round(list.reduce((a, b) => a + b, 0) / list.length);
row(
  "1. import + suggestions: 5 KB vs 50 KB",
  IMPORT_RUNS,
  imports,
  `${mean(suggested.small)} vs ${mean(suggested.large)} suggestions; ${(mean(chars.small) / 1000).toFixed(1)} vs ${(mean(chars.large) / 1000).toFixed(1)} k chars`,
);

// 2. A teacher with 20 articles and 1,000 facts, each quoting a sentence of its article verbatim.
console.log(`▸ Making a teacher with ${ARTICLES} articles and ${FACTS.toLocaleString("en")} facts…`);
const teacher = await newUser("Bench Teacher", "teacher");
const topics = ["history", "science", "health", "politics"];
const facts: Prisma.FactCreateManyInput[] = [];
const slugs: string[] = [];
for (let a = 0; a < ARTICLES; a++) {
  const article = await importText(teacher, expository(1_000 + a, 14_000), `Bench reading ${a + 1}`);
  slugs.push(article.slug);
  const perArticle = FACTS / ARTICLES;
  const picked = suggestFacts(article.text, { exclude: article.boilerplate, limit: perArticle });
  if (picked.length < perArticle) throw new Error(`only ${picked.length} facts found in ${article.slug}`);
  for (const { quote, quoteStart, quoteEnd, statement, question, answer, answerType, attribution } of picked) {
    if (article.text.slice(quoteStart, quoteEnd) !== quote) throw new Error("a quote is not verbatim");
    const id = `t${randomBytes(10).toString("hex")}`;
    const columns = { quote, quoteStart, quoteEnd, statement, question, answer, answerType, attribution };
    const json = { aliases: "[]", distractors: "[]", entities: "[]", topics: `["${topics[a % topics.length]}"]` };
    const contentHash = createHash("sha256")
      .update(JSON.stringify({ ...columns, ...json }))
      .digest("hex");
    facts.push({ id, ownerId: teacher, lineageId: id, articleId: article.slug, ...columns, ...json, contentHash });
  }
}
await db().$transaction(async (tx) => {
  await tx.fact.createMany({ data: facts });
  await bumpPart(tx, ownerPart(teacher));
});
const byType = new Map<string, number>();
for (const f of facts) byType.set(f.answerType, (byType.get(f.answerType) ?? 0) + 1);

const { id: classId } = await createClass(teacher, { name: "Bench class", description: null });
const sharedStudent = await newUser("Bench Student Shared", "student");
const libraryStudent = await newUser("Bench Student Library", "student");
await db().enrollment.create({ data: { classId, studentId: sharedStudent } });
for (const slug of slugs) {
  const shared = await shareArticle(teacher, slug, [classId]);
  if (!shared.ok) throw new Error(shared.error);
}

/**
 * The in-process corpus cache. corpus.server.ts holds its own reference to this object, so
 * setting the global to undefined would leave the next call warm: its maps are emptied instead.
 */
type CorpusCache = { parts: Map<string, unknown>; scopes: Map<string, unknown> };
const corpusCache = (globalThis as { sourceboundStudyCorpus?: CorpusCache }).sourceboundStudyCorpus ?? noCache();
function noCache(): never {
  throw new Error("corpus.server.ts no longer keeps its cache on globalThis.sourceboundStudyCorpus");
}
function clearCorpusCache() {
  corpusCache.parts.clear();
  corpusCache.scopes.clear();
}

console.log("▸ Measuring the corpus of each scope and quiz starts…");
const scope = teacherScope(teacher);
const cold = (which: typeof scope) => async () => {
  clearCorpusCache();
  await studyCorpus(which);
};
// After a teacher's edit only their part is rebuilt; the library's stays cached.
const teacherPartOnly = async () => {
  corpusCache.parts.delete(ownerPart(teacher));
  await studyCorpus(scope);
};
const [COLD_RUNS, WARM_RUNS, QUIZ_RUNS] = [10, 50, 30];
row("2a. cold: library vs teacher scope", COLD_RUNS, await compare(COLD_RUNS, 1, cold(libraryScope), cold(scope)));
row(
  "2a'. cold: library vs teacher part after edit",
  COLD_RUNS,
  await compare(COLD_RUNS, 1, cold(libraryScope), teacherPartOnly),
);
const cached = (which: typeof scope) => () => studyCorpus(which);
row(
  "2b. cached: library vs teacher scope",
  WARM_RUNS,
  await compare(WARM_RUNS, 3, cached(libraryScope), cached(scope)),
);

const selection = { articles: [], topics: [], types: [...studyItemTypes], count: 20 };
const lastSession = new Map<string, string>();
const quiz = (studentId: string) => async () => {
  const started = await startPracticeSession(studentId, selection, "Bench quiz");
  if (!started.ok) throw new Error(started.error);
  lastSession.set(studentId, started.data.sessionId);
};
const quizzes = await compare(QUIZ_RUNS, 3, quiz(libraryStudent), quiz(sharedStudent));
const questionsOf = (studentId: string) =>
  db().sessionQuestion.count({ where: { sessionId: lastSession.get(studentId) } });
const asked = `${await questionsOf(libraryStudent)} vs ${await questionsOf(sharedStudent)} questions`;
row("2c. quiz start: library vs shared student", QUIZ_RUNS, quizzes, asked);

const counts = async (label: string, which: typeof scope) => {
  const corpus = await studyCorpus(which);
  console.log(
    `${label.padEnd(38)} ${corpus.facts.size.toLocaleString("en")} facts, ${corpus.items.length.toLocaleString("en")} items`,
  );
};
console.log(
  `\nTeachers' corpora (Node ${process.version}, SQLite; baseline and measured taken in turn; ratio of p50s)\n`,
);
const head = ["runs", "base p50", "p95", "meas. p50", "p95", "ratio"];
console.log(`${"".padEnd(LABEL)} ${head.map((h, i) => h.padStart([4, 11, 11, 12, 11, 8][i]!)).join(" ")}`);
for (const line of rows) console.log(line);
console.log();
await counts("Library scope (library-only student):", libraryScope);
await counts("Teacher scope:", scope);
await counts("Shared student's scope:", await studentScope(sharedStudent));
const types = [...byType.entries()].sort((a, b) => b[1] - a[1]);
console.log(`Teacher's facts by answer type: ${types.map(([type, n]) => `${type} ${n}`).join(", ")}`);
await db().$disconnect();
process.exit(0);
