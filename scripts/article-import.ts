/**
 * `npm run article:import -- <file-or-url> [--owner <email>] [--title <title>] [--suggest] [--json]`
 *
 * Imports one article with the app's own extraction, checks and suggestions (decision 0013): for
 * a teacher's account (--owner, in the database `npm start` uses), or into a scratch database
 * that is thrown away afterwards, so it works on a fresh clone with no server. With --suggest it
 * lists the suggested facts; --json prints everything as JSON for other tools.
 */
import { mkdtempSync, rmSync, statSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";

import { z } from "zod";
import { toolEnv } from "./lib/run";
import { exit, readArgs } from "./lib/cli";

const usage =
  "Usage: npm run article:import -- <file-or-url> [--owner <teacher email>] [--title <title>] [--suggest] [--json]";
const MAX_UPLOAD_BYTES = 8 * 1024 * 1024;

const argsSchema = z.object({
  source: z.string().min(1, { error: "Name a file or a web address." }).max(2000, { error: "That is too long." }),
  owner: z.email({ error: "--owner takes a teacher's e-mail address." }).max(254).optional(),
  title: z.string().trim().min(3).max(200).optional(),
  suggest: z.boolean(),
  json: z.boolean(),
});

const { source, owner, title, suggest, json } = readArgs(
  argsSchema,
  {
    allowPositionals: true,
    options: {
      owner: { type: "string" },
      title: { type: "string" },
      suggest: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
    },
  },
  usage,
  ({ values, positionals }) => {
    if (positionals.length !== 1) exit(`Name exactly one file or web address.\n  ${usage}`, 2);
    return { ...values, source: positionals[0] };
  },
);

const isUrl = /^https?:\/\//i.test(source);
let bytes: Uint8Array | null = null;
if (!isUrl) {
  const size = (() => {
    try {
      return statSync(source).size;
    } catch {
      exit(`No file at ${source}.`);
    }
  })();
  if (size > MAX_UPLOAD_BYTES) exit(`${source} is larger than 8 MB (${(size / 1024 / 1024).toFixed(1)} MB).`);
  bytes = new Uint8Array(readFileSync(source));
}

// The database: the app's (for a teacher) or a scratch one, migrated like `npm start` does.
const scratchDir = owner ? null : mkdtempSync(path.join(tmpdir(), "sourcebound-import-"));
process.on("exit", () => scratchDir && rmSync(scratchDir, { recursive: true, force: true }));
if (scratchDir)
  Object.assign(process.env, {
    DATA_DIR: scratchDir,
    DATABASE_URL: `file:${path.join(scratchDir, "scratch.db")}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    DEMO_USERS: "0",
  });
Object.assign(process.env, toolEnv);
const { prepareToolDatabase } = await import("./lib/prepare");
const env = await prepareToolDatabase();

const { db } = await import("../lib/db");
const { readSource, importArticle } = await import("../lib/articles/articles.server");
const { refreshSuggestions, suggestionsFor } = await import("../lib/curation/suggestions.server");

let ownerId: string;
if (owner) {
  const teacher = await db().user.findUnique({
    where: { email: owner.toLowerCase() },
    select: { id: true, role: true },
  });
  if (!teacher)
    exit(
      `No account with the e-mail ${owner} in ${env.databaseProvider === "sqlite" ? env.DATA_DIR : "the database"}.`,
    );
  if (teacher.role !== "teacher") exit(`${owner} is a student's account; articles belong to teachers.`);
  ownerId = teacher.id;
} else {
  ownerId = (
    await db().user.create({
      data: {
        name: "Scratch import",
        email: `scratch-${randomBytes(6).toString("hex")}@import.invalid`,
        role: "teacher",
        passwordHash: "!",
      },
      select: { id: true },
    })
  ).id;
}

const extracted = await readSource(
  isUrl ? { kind: "url", url: source } : { kind: "file", fileName: path.basename(source), bytes: bytes! },
);
if (!extracted.ok) exit(extracted.error);
const imported = await importArticle(ownerId, extracted.data, { title });
if (!imported.ok) exit(imported.error);
const article = imported.data;
if (owner) await refreshSuggestions(ownerId, article.slug);
const suggestions = suggest
  ? suggestionsFor({ text: article.text, bodyStart: 0, boilerplate: article.boilerplate }).map((s) => ({
      quote: s.quote,
      question: s.question,
      answer: s.answer,
      answerType: s.answerType,
      statement: s.statement,
      attribution: s.attribution ?? null,
      start: s.quoteStart,
      end: s.quoteEnd,
      answerStart: s.answerStart,
      answerEnd: s.answerEnd,
    }))
  : null;
await db().$disconnect();

const summary = {
  database: owner ? `${owner}'s articles` : "scratch (discarded)",
  article: {
    slug: article.slug,
    title: article.title,
    characters: article.text.length,
    origin: extracted.data.origin,
    author: extracted.data.author,
    date: extracted.data.date,
    setAside: article.boilerplate.map((r) => ({ ...r, text: article.text.slice(r.start, r.end) })),
  },
  ...(suggestions ? { suggestions } : {}),
};
if (json) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  console.log(
    `✔ Imported “${article.title}” (${article.text.length} characters, from ${extracted.data.origin}) into ${summary.database}`,
  );
  if (owner) console.log(`  Open it at ${env.NEXTAUTH_URL}/articles/${article.slug}`);
  console.log(`  ${article.boilerplate.length} line(s) set aside as page furniture`);
  for (const [index, s] of (suggestions ?? []).entries())
    console.log(
      `\n${index + 1}. ${s.question}\n   Answer: ${s.answer} (${s.answerType}) · characters ${s.start}–${s.end}\n   “${s.quote.replace(/\s+/g, " ")}”`,
    );
}
