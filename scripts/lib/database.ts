/** Prisma CLI steps (generate, migrate, drift) for whichever provider DATABASE_URL names. */
import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import type { DatabaseProvider } from "../../lib/env.server";
import {
  configFor,
  explainChangedMigrations,
  explainDeployFailure,
  explainFailedMigration,
  explainLockTimeout,
  MigrationError,
  readMigrationState,
  sqliteFileOf,
  type MigrationState,
} from "./migration-state";
import { bin, runQuiet, toolEnv } from "./run";

export { MigrationError } from "./migration-state";

const providers = ["sqlite", "postgres"] as const;
const folderFor = (provider: DatabaseProvider) => (provider === "sqlite" ? "sqlite" : "postgres");

function prisma(args: string[], provider: DatabaseProvider, databaseUrl?: string) {
  return runQuiet(
    bin("prisma"),
    [...args, "--config", configFor(provider)],
    databaseUrl ? { DATABASE_URL: databaseUrl } : {},
  );
}

/** Generates both clients (the app picks one at run time), skipped when the schema is unchanged. */
export function generateClients(): boolean {
  const inputs = ["prisma/models.prisma", ...providers.map((p) => `prisma/${p}/schema.prisma`), "package-lock.json"];
  const hash = createHash("sha256");
  for (const file of inputs) hash.update(readFileSync(file));
  const digest = hash.digest("hex");
  const marker = "lib/generated/.schema-hash";
  if (
    existsSync(marker) &&
    readFileSync(marker, "utf8") === digest &&
    providers.every((p) => existsSync(`lib/generated/${p}/client.ts`))
  ) {
    return false;
  }
  // Generating needs no database, but each config must see a URL of its own provider, whatever
  // DATABASE_URL says (a file: URL makes the PostgreSQL config try to download an engine).
  prisma(["generate"], "sqlite", "file:./generate-only.db");
  prisma(["generate"], "postgresql", "postgresql://generate@127.0.0.1:5432/generate");
  writeFileSync(marker, digest);
  return true;
}

/** How long a start waits for another instance that holds the migration lock. */
const LOCK_WAIT_MS = 120_000;

/**
 * Brings the database up to the committed migrations: "up to date" or "applied new migrations".
 * A direct read of `_prisma_migrations` answers the usual case in milliseconds without the Prisma
 * CLI; otherwise `prisma migrate deploy` runs, and while another process holds the migration lock
 * (an instance starting at the same moment) it waits, re-checks and retries for up to 2 minutes.
 * Throws a MigrationError: a one- or two-line message, Prisma's output in `details`.
 */
export async function migrate(provider: DatabaseProvider, databaseUrl: string): Promise<string> {
  if (provider === "sqlite") mkdirSync(path.dirname(sqliteFileOf(databaseUrl)), { recursive: true });
  const started = Date.now();
  for (;;) {
    const outcome = await migrateOnce(provider, databaseUrl);
    if (typeof outcome === "string") return outcome;
    const waited = Date.now() - started;
    if (waited >= LOCK_WAIT_MS) throw explainLockTimeout(provider, databaseUrl, waited, outcome.details);
    // Jitter, so two waiting instances do not retry in lock step.
    await sleep(250 + Math.random() * 750);
  }
}

/** One round: the answer, or the `locked` error to wait on. Other problems are thrown. */
async function migrateOnce(provider: DatabaseProvider, databaseUrl: string): Promise<string | MigrationError> {
  let state: MigrationState;
  try {
    state = await readMigrationState(provider, databaseUrl);
  } catch (error) {
    if (error instanceof MigrationError && error.problem === "locked") return error;
    throw error;
  }
  if (state === "up-to-date") return "up to date";
  if ("changed" in state) throw explainChangedMigrations(provider, state.changed);
  // Pending, or a row that looks failed: it may be another instance's migration in progress, so
  // deploy decides (it waits for that instance's lock, then applies or reports P3009).
  const { ok, output } = await deploy(provider, databaseUrl);
  if (ok)
    return /The following migration\(s\) have been applied/.test(output) ? "applied new migrations" : "up to date";
  const failure = explainDeployFailure(provider, databaseUrl, output);
  if (failure.problem === "locked") return failure;
  throw await explainWithState(provider, databaseUrl, failure);
}

/** A migration that failed just now is named in the table, with its error, not in the CLI output. */
async function explainWithState(
  provider: DatabaseProvider,
  databaseUrl: string,
  failure: MigrationError,
): Promise<MigrationError> {
  const state = await readMigrationState(provider, databaseUrl).catch(() => null);
  if (state && typeof state === "object" && "failed" in state)
    return explainFailedMigration(provider, state.failed, state.reason, failure.details);
  return failure;
}

/** What `prisma migrate deploy` prints once every migration is recorded as applied. */
const DEPLOY_DONE = /All migrations have been successfully applied|No pending migrations to apply/;

/** `prisma migrate deploy`, asynchronous so waiting between attempts blocks nothing. */
function deploy(provider: DatabaseProvider, databaseUrl: string): Promise<{ ok: boolean; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(bin("prisma"), ["migrate", "deploy", "--config", configFor(provider)], {
      env: { ...process.env, ...toolEnv, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    let done = false;
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      // Prisma 6.19's WASM engine leaves its 10 s advisory-lock timer running, so the CLI lingers
      // 10 s after its work with the lock's connection open, and another instance times out
      // (P1002). Once the result is printed the rows are committed: end it then.
      if (!done && DEPLOY_DONE.test(output)) {
        done = true;
        setTimeout(() => child.kill("SIGTERM"), 100).unref();
      }
    });
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.on("error", (error) => resolve({ ok: false, output: `${output}\nCould not run prisma: ${error.message}` }));
    child.on("close", (code) => resolve({ ok: done || code === 0, output }));
  });
}

/** True when the committed migrations produce exactly the models in prisma/models.prisma. */
export function migrationsMatchModels(
  provider: DatabaseProvider,
  databaseUrl: string,
): { inSync: boolean; diff: string } {
  const folder = folderFor(provider);
  try {
    const diff = prisma(
      [
        "migrate",
        "diff",
        "--from-migrations",
        `prisma/${folder}/migrations`,
        "--to-schema-datamodel",
        `prisma/${folder}`,
        "--script",
        "--exit-code",
      ],
      provider,
      databaseUrl,
    );
    return { inSync: true, diff };
  } catch (error) {
    return { inSync: false, diff: (error as Error).message };
  }
}
