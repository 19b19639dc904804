/** Reads the corpus from seeds/ and validates every file's shape with zod. */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import type { Corpus } from "./corpus";
import { articleMetaSchema, claimGroupSchema, entitySchema, factSchema } from "./schema";

export class SeedFileError extends Error {
  constructor(file: string, issues: z.core.$ZodIssue[]) {
    super(
      `${file}:\n` +
        issues
          .map((issue) => `  - ${issue.path.length ? issue.path.join(".") : "(file)"}: ${issue.message}`)
          .join("\n"),
    );
    this.name = "SeedFileError";
  }
}

function readJson<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, "utf8"));
  } catch (error) {
    throw new SeedFileError(file, [
      { code: "custom", path: [], message: `not valid JSON: ${(error as Error).message}`, input: undefined },
    ]);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new SeedFileError(file, parsed.error.issues);
  return parsed.data;
}

export function loadCorpus(seedsDir = path.resolve("seeds")): Corpus {
  const metas = readJson(path.join(seedsDir, "articles", "articles.json"), z.array(articleMetaSchema));
  const articles = metas.map((meta) => ({
    ...meta,
    text: readFileSync(path.join(seedsDir, "articles", meta.file), "utf8"),
  }));
  const entities = readJson(path.join(seedsDir, "entities.json"), z.array(entitySchema));
  const claimGroups = readJson(path.join(seedsDir, "claim-groups.json"), z.array(claimGroupSchema));
  const factsDir = path.join(seedsDir, "facts");
  const facts = readdirSync(factsDir)
    .filter((name) => name.endsWith(".json"))
    .sort()
    .flatMap((name) => readJson(path.join(factsDir, name), z.array(factSchema)));
  return { articles, entities, claimGroups, facts };
}
