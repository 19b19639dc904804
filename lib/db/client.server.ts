/**
 * Builds a Prisma client for a database URL: SQLite through better-sqlite3, PostgreSQL through pg.
 * Both generated clients share one API; the rest of the app sees the SQLite client's type.
 */
import { PrismaBetterSQLite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient as SqliteClient } from "@/lib/generated/sqlite/client";
import { PrismaClient as PostgresClient } from "@/lib/generated/postgres/client";
import { databaseProviderOf } from "@/lib/env.server";
import { gateSqliteAdapter } from "./sqlite-gate";

export type Db = SqliteClient;

/** How long a SQLite writer waits for another writer (two app instances share one file). */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

export function createDb(databaseUrl: string): Db {
  const provider = databaseProviderOf(databaseUrl);
  if (provider === "postgresql") {
    return new PostgresClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) }) as unknown as Db;
  }
  if (provider !== "sqlite") throw new Error(`Unsupported DATABASE_URL: ${databaseUrl.split(":")[0]}`);
  const db = new SqliteClient({
    adapter: gateSqliteAdapter(new PrismaBetterSQLite3({ url: databaseUrl, timeout: SQLITE_BUSY_TIMEOUT_MS })),
  });
  // WAL lets readers proceed while one writer writes; NORMAL sync is safe under WAL.
  // PRAGMA returns a row, hence $queryRaw rather than $executeRaw.
  void db
    .$queryRawUnsafe("PRAGMA journal_mode=WAL")
    .then(() => db.$queryRawUnsafe("PRAGMA synchronous=NORMAL"))
    .catch((error: unknown) => console.error("Could not set SQLite pragmas:", error));
  return db;
}
