import "server-only";
import { serverEnv } from "@/lib/env.server";
import { createDb, type Db } from "./client.server";

export type { Db };

// One client per process; the globalThis cache survives module reloads in development.
const globalForDb = globalThis as unknown as { sourceboundDb?: Db };

export function db(): Db {
  globalForDb.sourceboundDb ??= createDb(serverEnv().DATABASE_URL);
  return globalForDb.sourceboundDb;
}

/** A transaction client (or the client itself): what a write that must join a transaction runs on. */
export type DbWriter = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;
