/** The steps `npm start` takes before serving; the test runner reuses them as they are. */
import { EnvError, resolveEnv, type ServerEnv } from "../../lib/env.server";
import { ensureDemoUsers } from "../../lib/accounts/demo-users.server";
import { generateClients, migrate } from "./database";
import { loadCorpus } from "../../lib/facts/load.server";
import { describeImport, importCorpus } from "../../lib/facts/import.server";
import { seconds } from "./run";

/** Validates the environment, or prints every bad variable and exits 1. */
export function loadEnvOrExit(source: Record<string, string | undefined> = process.env): ServerEnv {
  try {
    return resolveEnv(source);
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`✖ ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}

export async function prepareDatabase(env: ServerEnv): Promise<void> {
  let started = Date.now();
  const generated = generateClients();
  console.log(`✔ Prisma clients ${generated ? "generated" : "up to date"} (${seconds(started)})`);

  started = Date.now();
  const where = env.databaseProvider === "sqlite" ? env.DATABASE_URL.slice("file:".length) : "PostgreSQL";
  console.log(`✔ Database ${where}: migrations ${migrate(env.databaseProvider, env.DATABASE_URL)} (${seconds(started)})`);

  // Imported only now: on a fresh clone the generated client did not exist until generateClients().
  const { createDb } = await import("../../lib/db/client.server");
  const db = createDb(env.DATABASE_URL);
  try {
    started = Date.now();
    const summary = await importCorpus(db, loadCorpus());
    console.log(`✔ Corpus imported: ${describeImport(summary)} (${seconds(started)})`);
    if (env.DEMO_USERS) {
      const { created } = await ensureDemoUsers(db);
      console.log(`✔ Demo accounts ${created ? `created (${created})` : "present"}`);
    }
  } finally {
    await db.$disconnect();
  }
}
