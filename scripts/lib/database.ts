/** Prisma CLI steps (generate, migrate, drift) for whichever provider DATABASE_URL names. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { DatabaseProvider } from "../../lib/env.server";
import { bin, runQuiet } from "./run";

const providers = ["sqlite", "postgres"] as const;
const configFor = (provider: DatabaseProvider) => (provider === "sqlite" ? "prisma.sqlite.config.ts" : "prisma.postgres.config.ts");
const folderFor = (provider: DatabaseProvider) => (provider === "sqlite" ? "sqlite" : "postgres");

function prisma(args: string[], provider: DatabaseProvider, databaseUrl?: string) {
  return runQuiet(bin("prisma"), [...args, "--config", configFor(provider)], databaseUrl ? { DATABASE_URL: databaseUrl } : {});
}

/** Generates both clients (the app picks one at run time), skipped when the schema is unchanged. */
export function generateClients(): boolean {
  const inputs = ["prisma/models.prisma", ...providers.map((p) => `prisma/${p}/schema.prisma`), "package-lock.json"];
  const hash = createHash("sha256");
  for (const file of inputs) hash.update(readFileSync(file));
  const digest = hash.digest("hex");
  const marker = "lib/generated/.schema-hash";
  if (existsSync(marker) && readFileSync(marker, "utf8") === digest && providers.every((p) => existsSync(`lib/generated/${p}/client.ts`))) {
    return false;
  }
  // Generating needs no database, but each config must see a URL of its own provider, whatever
  // DATABASE_URL says (a file: URL makes the PostgreSQL config try to download an engine).
  prisma(["generate"], "sqlite", "file:./generate-only.db");
  prisma(["generate"], "postgresql", "postgresql://generate@127.0.0.1:5432/generate");
  writeFileSync(marker, digest);
  return true;
}

/** Applies committed migrations (idempotent). Creates the SQLite file's folder first. */
export function migrate(provider: DatabaseProvider, databaseUrl: string): string {
  if (provider === "sqlite") mkdirSync(path.dirname(databaseUrl.slice("file:".length)), { recursive: true });
  const output = prisma(["migrate", "deploy"], provider, databaseUrl);
  const applied = output.match(/The following migration\(s\) have been applied:[\s\S]*/)?.[0];
  return applied ? "applied new migrations" : "up to date";
}

/** True when the committed migrations produce exactly the models in prisma/models.prisma. */
export function migrationsMatchModels(provider: DatabaseProvider, databaseUrl: string): { inSync: boolean; diff: string } {
  const folder = folderFor(provider);
  try {
    const diff = prisma(
      ["migrate", "diff", "--from-migrations", `prisma/${folder}/migrations`, "--to-schema-datamodel", `prisma/${folder}`, "--script", "--exit-code"],
      provider,
      databaseUrl,
    );
    return { inSync: true, diff };
  } catch (error) {
    return { inSync: false, diff: (error as Error).message };
  }
}
