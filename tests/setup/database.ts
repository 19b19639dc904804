/**
 * Gives the integration tests a migrated database of their own: a temporary SQLite file, or the
 * PostgreSQL database named by DATABASE_URL (the PostgreSQL stage of `npm test`). Never data/.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { databaseProviderOf } from "../../lib/env.server";
import { generateClients, migrate } from "../../scripts/lib/database";

export default async function setup() {
  generateClients();
  // Server code under test reads the environment too: keep its data folder and secret out of data/.
  const temporaryDir = mkdtempSync(path.join(tmpdir(), "sourcebound-vitest-"));
  process.env.DATA_DIR = temporaryDir;
  process.env.NEXTAUTH_SECRET ??= randomBytes(32).toString("hex");
  process.env.DATABASE_URL ||= `file:${path.join(temporaryDir, "test.db")}`;
  const url = process.env.DATABASE_URL;
  const provider = databaseProviderOf(url);
  if (!provider) throw new Error(`DATABASE_URL is not a SQLite or PostgreSQL URL`);
  await migrate(provider, url);
  return () => {
    rmSync(temporaryDir, { recursive: true, force: true });
  };
}
