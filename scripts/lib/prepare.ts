/** The steps `npm start` takes before serving; the test runner reuses them as they are. */
import { chmodSync, existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { EnvError, legacySecretFilePath, resolveStartEnv, type StartEnv } from "../../lib/env.server";
import { generateClients, migrate } from "./database";
import { sqliteFileOf } from "./migration-state";
import { loadCorpus } from "../../lib/facts/load.server";
import { describeImport, importCorpus } from "../../lib/facts/import.server";
import { seconds } from "./run";
import { disableDemoUsers, ensureDemoUsers } from "../../lib/demo/demo-users.server";

/** Validates the environment, or prints every bad variable and exits 1. */
export function loadEnvOrExit(source: Record<string, string | undefined> = process.env): StartEnv {
  try {
    return resolveStartEnv(source);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`✖ ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

/**
 * For command-line tools that work on the app's database: the environment validated, Prisma
 * clients generated and the database migrated as `npm start` does; one line and exit 1 otherwise.
 */
export async function prepareToolDatabase(): Promise<StartEnv> {
  const env = loadEnvOrExit();
  generateClients();
  try {
    await migrate(env.databaseProvider, env.DATABASE_URL);
  } catch (error) {
    console.error(`✖ The database could not be prepared: ${(error as Error).message}`);
    process.exit(1);
  }
  return env;
}

/**
 * Migrates, imports the corpus, sets up the demo accounts and returns the session secret (the
 * one set in NEXTAUTH_SECRET, else the one kept in the database for every instance).
 */
export async function prepareDatabase(env: StartEnv): Promise<string> {
  tightenDataFolder(env);
  let started = Date.now();
  const generated = generateClients();
  console.log(`✔ Prisma clients ${generated ? "generated" : "up to date"} (${seconds(started)})`);

  started = Date.now();
  console.log(
    `✔ Database ${databaseLabel(env)}: migrations ${await migrate(env.databaseProvider, env.DATABASE_URL)} (${seconds(started)})`,
  );
  tightenDataFolder(env);

  // Imported only now: on a fresh clone the generated client did not exist until generateClients().
  const { createDb } = await import("../../lib/db/client.server");
  const { withStartupLock } = await import("../../lib/db/startup-lock.server");
  const { sharedSecret } = await import("../../lib/auth/app-secret.server");
  const { pruneRateLimits } = await import("../../lib/security/rate-limit.server");
  const { pruneUserSessions } = await import("../../lib/auth/user-sessions.server");
  const { ensureDerivedProgress } = await import("../../lib/study/standing.server");
  const { ensureDemoHistory } = await import("../../lib/demo/demo-history.server");
  const db = createDb(env.DATABASE_URL);
  try {
    const secret = await withStartupLock(
      db,
      async () => {
        started = Date.now();
        const summary = await importCorpus(db, loadCorpus());
        console.log(`✔ Corpus imported: ${describeImport(summary)} (${seconds(started)})`);
        started = Date.now();
        const rebuilt = await ensureDerivedProgress(db);
        if (rebuilt !== null)
          console.log(
            `✔ Progress sums written for ${rebuilt} student${rebuilt === 1 ? "" : "s"} (${seconds(started)})`,
          );
        const secret = env.NEXTAUTH_SECRET ?? (await sharedSecret(db, env.DATA_DIR));
        // The demo history answers through the app's own code, which reads the environment.
        process.env.NEXTAUTH_SECRET ||= secret;
        if (env.DEMO_USERS) {
          const { created, enabled, demoClass } = await ensureDemoUsers(db);
          const historyAnswers = demoClass && (await ensureDemoHistory(db, demoClass));
          console.log(
            `✔ Demo accounts ${created ? `created (${created})` : enabled ? `enabled again (${enabled})` : "present"}`,
          );
          if (historyAnswers)
            console.log(`✔ Demo class history: ${historyAnswers} answers in a past assignment and practice quizzes`);
        } else {
          const { disabled } = await disableDemoUsers(db);
          console.log(`✔ Demo accounts off${disabled ? `: ${disabled} disabled, their sessions ended` : ""}`);
        }
        await Promise.all([pruneRateLimits(db), pruneUserSessions(db)]);
        return secret;
      },
      { onWait: () => console.log("▸ Another instance is preparing the database; waiting for it…") },
    );
    return secret;
  } finally {
    await db.$disconnect();
  }
}

/** "data/app.db" (the SQLite file) or "PostgreSQL", for start-up lines. */
export function databaseLabel(env: Pick<StartEnv, "DATABASE_URL" | "databaseProvider">): string {
  return env.databaseProvider === "sqlite" ? sqliteFileOf(env.DATABASE_URL) : "PostgreSQL";
}

/** The data folder is the app's alone: 700, and the database and secret files in it 600. */
export function tightenDataFolder(env: Pick<StartEnv, "DATA_DIR" | "DATABASE_URL" | "databaseProvider">) {
  mkdirSync(env.DATA_DIR, { recursive: true, mode: 0o700 });
  chmodSync(env.DATA_DIR, 0o700);
  const files = [legacySecretFilePath(env.DATA_DIR)];
  if (env.databaseProvider === "sqlite") {
    const database = sqliteFileOf(env.DATABASE_URL);
    files.push(database, `${database}-wal`, `${database}-shm`, `${database}-journal`);
    if (path.dirname(path.resolve(database)) !== env.DATA_DIR) mkdirSync(path.dirname(database), { recursive: true });
  }
  for (const file of files) if (existsSync(file)) chmodSync(file, 0o600);
}
