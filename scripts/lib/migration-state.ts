/**
 * Reads `_prisma_migrations` directly and compares it with the committed migration folders, so a
 * start with nothing to migrate never runs the Prisma CLI (which takes the migration lock: an
 * advisory lock on PostgreSQL, the write lock on SQLite). Also turns what can go wrong into one
 * or two plain lines (`MigrationError`), keeping the raw output in `details`.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import pg from "pg";
import { parse as parsePostgresUrl } from "pg-connection-string";
import { z } from "zod";
import type { DatabaseProvider } from "../../lib/env.server";

export type MigrationState =
  | "up-to-date"
  | { pending: string[] }
  /** A row that never finished and was not rolled back: Prisma refuses to migrate further. */
  | { failed: string; reason: string | null }
  /** Applied migrations whose migration.sql no longer matches the checksum Prisma stored. */
  | { changed: string[] };

export interface MigrationFolder {
  name: string;
  script: Buffer;
}

export interface MigrationRow {
  name: string;
  checksum: string;
  finished: boolean;
  rolledBack: boolean;
  logs: string | null;
}

export type MigrationProblem =
  | "locked"
  | "unreachable"
  | "login-refused"
  | "missing-database"
  | "failed-migration"
  | "changed-migration"
  | "not-empty"
  | "unreadable"
  | "deploy-failed";

/** A failure explained in one or two lines; `details` keeps the raw output for whoever digs in. */
export class MigrationError extends Error {
  constructor(
    message: string,
    readonly problem: MigrationProblem,
    readonly details?: string,
  ) {
    super(message);
    this.name = "MigrationError";
  }
}

/** Prisma's advisory lock key (schema engine, PostgreSQL flavour). */
export const POSTGRES_MIGRATION_LOCK = 72707369;
const READ_TIMEOUT_MS = 5000;
const SQLITE_BUSY_WAIT_MS = 2000;

export const configFor = (provider: DatabaseProvider) =>
  provider === "sqlite" ? "prisma.sqlite.config.ts" : "prisma.postgres.config.ts";
export const migrationsDirFor = (provider: DatabaseProvider) =>
  provider === "sqlite" ? "prisma/sqlite/migrations" : "prisma/postgres/migrations";
export const sqliteFileOf = (databaseUrl: string) => databaseUrl.slice("file:".length);

// ---------------------------------------------------------------------------------------------
// Checksums: as the schema engine computes and compares them (schema-connector/src/checksum.rs)

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest();

/** What Prisma stores in `checksum`: the zero-padded hex SHA-256 of the migration.sql bytes. */
export function migrationChecksum(script: Buffer | string): string {
  return sha256(Buffer.from(script)).toString("hex");
}

/** Prisma's own rule: the script as is, with CRLF → LF, or LF → CRLF (git may have converted
 * line endings); old engines stored hex without zero padding, recognised by the length. */
export function scriptMatchesChecksum(script: Buffer | string, checksum: string): boolean {
  // latin1 maps bytes 1:1, so the replacements never touch multi-byte UTF-8 sequences.
  const text = Buffer.from(script).toString("latin1");
  const variants = [text, text.replaceAll("\r\n", "\n"), text.replaceAll("\n", "\r\n")];
  const unpadded = checksum.length !== 0 && checksum.length !== 64;
  return variants.some((variant) => {
    const digest = sha256(Buffer.from(variant, "latin1"));
    const rendered = unpadded ? [...digest].map((byte) => byte.toString(16)).join("") : digest.toString("hex");
    return rendered === checksum;
  });
}

// ---------------------------------------------------------------------------------------------
// Comparing folders with rows (pure)

/** The first line of a log worth showing (Prisma appends a span trace after it). */
export function firstLine(text: string | null | undefined): string | null {
  const line = text
    ?.split("\n")
    .map((l) => l.trim())
    .find((l) => l.length > 0);
  if (!line) return null;
  return line.length > 200 ? `${line.slice(0, 199)}…` : line;
}

/** The database's complaint in a failed row's logs, without Prisma's span trace ("0: …") or its
 * generic "external connector error" heading. */
export function failureReason(logs: string | null | undefined): string | null {
  const lines: string[] = [];
  for (const line of (logs ?? "").split("\n").map((l) => l.trim())) {
    if (/^\d+: /.test(line)) break;
    if (line && !/^external connector error$/i.test(line)) lines.push(line);
  }
  return firstLine(lines.join("; ")) ?? firstLine(logs);
}

/** Text to end with our own full stop. */
const clause = (text: string | null) => text?.replace(/[.!]+$/, "") ?? null;

/** Compares committed folders with `_prisma_migrations` rows the way `migrate deploy` would, plus
 * checksums. Rows for migrations that are not committed here (a newer checkout) are ignored. */
export function compareMigrations(folders: MigrationFolder[], rows: MigrationRow[]): MigrationState {
  // Prisma refuses to apply anything while any row is unfinished and not rolled back.
  const failed = rows.find((row) => !row.finished && !row.rolledBack);
  if (failed) return { failed: failed.name, reason: failureReason(failed.logs) };

  const pending: string[] = [];
  const changed: string[] = [];
  for (const folder of folders) {
    const applied = rows.filter((row) => row.name === folder.name && !row.rolledBack);
    if (applied.length === 0) pending.push(folder.name);
    else if (!applied.some((row) => scriptMatchesChecksum(folder.script, row.checksum))) changed.push(folder.name);
  }
  if (changed.length > 0) return { changed };
  if (pending.length > 0) return { pending };
  return "up-to-date";
}

/** The committed migrations: every sub-folder holding a migration.sql, in name order (as Prisma). */
export function readMigrationFolders(dir: string): MigrationFolder[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(dir, entry.name, "migration.sql")))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ name, script: readFileSync(path.join(dir, name, "migration.sql")) }));
}

// ---------------------------------------------------------------------------------------------
// Reading the rows

const ROWS_SQL = `SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations"`;

// Timestamps arrive as text (SQLite) or Date (pg); only whether they are set matters.
const rowSchema = z
  .object({
    migration_name: z.string(),
    checksum: z.string(),
    finished_at: z.unknown(),
    rolled_back_at: z.unknown(),
    logs: z.string().nullable(),
  })
  .transform((row): MigrationRow => ({
    name: row.migration_name,
    checksum: row.checksum,
    finished: row.finished_at != null,
    rolledBack: row.rolled_back_at != null,
    logs: row.logs,
  }));

export function parseMigrationRows(rows: unknown): MigrationRow[] {
  const parsed = z.array(rowSchema).safeParse(rows);
  if (!parsed.success) {
    throw new MigrationError(
      "The _prisma_migrations table does not look like Prisma's (unexpected columns or values).\nCheck that DATABASE_URL points at this app's database.",
      "unreadable",
      parsed.error.message,
    );
  }
  return parsed.data;
}

/** `null` when there is no migration history yet (no file, no table): everything is pending. */
type Rows = MigrationRow[] | null;

/** Read-only, so it needs no write lock: another instance may be running or migrating. */
function readSqliteRows(databaseUrl: string): Rows {
  const file = sqliteFileOf(databaseUrl);
  if (!existsSync(file)) return null;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: SQLITE_BUSY_WAIT_MS });
    return parseMigrationRows(db.prepare(ROWS_SQL).all());
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    if (/no such table/i.test((error as Error).message)) return null;
    throw explainSqliteError(error, file);
  } finally {
    db?.close();
  }
}

async function readPostgresRows(databaseUrl: string): Promise<Rows> {
  const client = new pg.Client({
    connectionString: databaseUrl,
    connectionTimeoutMillis: READ_TIMEOUT_MS,
    query_timeout: READ_TIMEOUT_MS,
  });
  // A connection dropped after connect emits 'error'; without a listener Node would crash.
  client.on("error", () => {});
  try {
    await client.connect();
    const result = await client.query(ROWS_SQL);
    return parseMigrationRows(result.rows);
  } catch (error) {
    if (error instanceof MigrationError) throw error;
    if ((error as { code?: string }).code === "42P01") return null; // undefined_table
    throw explainPostgresError(error, databaseUrl);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Where the database stands against the committed migrations, without the Prisma CLI.
 * Throws a MigrationError: `locked` (SQLite busy: try again), or a problem to report.
 */
export async function readMigrationState(
  provider: DatabaseProvider,
  databaseUrl: string,
  migrationsDir: string = migrationsDirFor(provider),
): Promise<MigrationState> {
  const folders = readMigrationFolders(migrationsDir);
  const rows = provider === "sqlite" ? readSqliteRows(databaseUrl) : await readPostgresRows(databaseUrl);
  return compareMigrations(folders, rows ?? []);
}

// ---------------------------------------------------------------------------------------------
// Explaining failures (pure)

/** host:port for messages; never the user or password. */
export function postgresAddress(databaseUrl: string): string {
  try {
    const { host, port } = parsePostgresUrl(databaseUrl);
    return `${host || "localhost"}:${port || 5432}`;
  } catch {
    return "the DATABASE_URL address";
  }
}

function postgresDatabaseName(databaseUrl: string): string {
  try {
    return parsePostgresUrl(databaseUrl).database ?? "?";
  } catch {
    return "?";
  }
}

const CHECK_SERVER = "Check DATABASE_URL and that the server is running.";

export function explainPostgresError(error: unknown, databaseUrl: string): MigrationError {
  const { code, message = String(error) } = error as { code?: string; message?: string };
  const at = postgresAddress(databaseUrl);
  const unreachable = (why: string) =>
    new MigrationError(`Cannot reach PostgreSQL at ${at} (${why}).\n${CHECK_SERVER}`, "unreachable", message);
  switch (code) {
    case "ECONNREFUSED":
      return unreachable("connection refused");
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return unreachable("unknown host");
    case "ETIMEDOUT":
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "ECONNRESET":
      return unreachable(code.toLowerCase());
    case "3D000": {
      const name = postgresDatabaseName(databaseUrl);
      return new MigrationError(
        `PostgreSQL at ${at} has no database "${name}".\nCreate it (createdb "${name}") or fix DATABASE_URL.`,
        "missing-database",
        message,
      );
    }
    case "28P01":
    case "28000":
      return new MigrationError(
        `PostgreSQL at ${at} refused the login (${clause(firstLine(message))}).\nCheck the user and password in DATABASE_URL.`,
        "login-refused",
        message,
      );
  }
  if (/timeout/i.test(message)) return unreachable(`no answer within ${READ_TIMEOUT_MS / 1000} s`);
  return new MigrationError(
    `Could not read the migration history from PostgreSQL at ${at}: ${clause(firstLine(message))}.\n${CHECK_SERVER}`,
    "unreadable",
    message,
  );
}

export function explainSqliteError(error: unknown, file: string): MigrationError {
  const { code, message = String(error) } = error as { code?: string; message?: string };
  if (code === "SQLITE_BUSY" || code === "SQLITE_LOCKED") {
    return new MigrationError(
      `The SQLite database ${file} is locked by another process.\nStop the other instance using it, or wait for it to finish, and start again.`,
      "locked",
      message,
    );
  }
  if (code === "SQLITE_NOTADB" || code === "SQLITE_CORRUPT") {
    return new MigrationError(
      `${file} is not a readable SQLite database (${code}).\nCheck DATABASE_URL, or move the file away to start with an empty database.`,
      "unreadable",
      message,
    );
  }
  return new MigrationError(
    `Cannot read the SQLite database ${file}: ${clause(firstLine(message))}.\nCheck DATABASE_URL / DATA_DIR and the file's permissions.`,
    "unreadable",
    message,
  );
}

/** The command to run by hand for the full story, without printing DATABASE_URL (it may hold a password). */
export const deployCommand = (provider: DatabaseProvider) =>
  `node_modules/.bin/prisma migrate deploy --config ${configFor(provider)}`;

export function explainFailedMigration(
  provider: DatabaseProvider,
  name: string,
  reason: string | null,
  details?: string,
): MigrationError {
  return new MigrationError(
    `Migration ${name} failed${reason ? ` (${clause(reason)})` : ""} and is marked failed in _prisma_migrations, so no migration can run.\n` +
      `Undo what it changed (or restore a backup), then run: node_modules/.bin/prisma migrate resolve --rolled-back ${name} --config ${configFor(provider)}`,
    "failed-migration",
    details,
  );
}

export function explainChangedMigrations(provider: DatabaseProvider, names: string[]): MigrationError {
  return new MigrationError(
    `${names.length > 1 ? "Migrations" : "Migration"} ${names.join(", ")} ${names.length > 1 ? "were" : "was"} edited after being applied to this database (checksum differs).\n` +
      `Restore ${migrationsDirFor(provider)}/${names[0]}/migration.sql from git and put further changes in a new migration.`,
    "changed-migration",
  );
}

/** The last word after waiting `waitedMs` for the migration lock in vain. */
export function explainLockTimeout(
  provider: DatabaseProvider,
  databaseUrl: string,
  waitedMs: number,
  details?: string,
): MigrationError {
  const waited = `${Math.round(waitedMs / 1000)} s`;
  const message =
    provider === "sqlite"
      ? `Another process kept the SQLite database ${sqliteFileOf(databaseUrl)} busy for ${waited}, so pending migrations could not be applied.\n` +
        "Applying them needs the file to itself: stop the other instance using it, then start again."
      : `Another process held the PostgreSQL migration lock at ${postgresAddress(databaseUrl)} for ${waited} (advisory lock ${POSTGRES_MIGRATION_LOCK}).\n` +
        "Stop other instances or a stuck `prisma migrate`, then start again.";
  return new MigrationError(message, "locked", details);
}

/** Failures of `prisma migrate deploy` that go away once another process is done migrating. */
export function isLockFailure(output: string): boolean {
  return /P1002|advisory lock|SocketTimeout|database is locked|SQLITE_BUSY/i.test(output);
}

/** Prisma's error line, e.g. "P1014: The underlying table … does not exist." */
function prismaErrorLine(output: string): string | null {
  const lines = output.split("\n").map((line) => line.trim());
  const at = lines.findIndex((line) => line.startsWith("Error:"));
  if (at === -1)
    return firstLine(
      output
        .split("\n")
        .filter((line) => !/^(Loaded|Prisma|Datasource|WARNING)/.test(line))
        .join("\n"),
    );
  const head = lines[at]!.slice("Error:".length).trim();
  // "Error: P1014" and "Error: external connector error" are followed by the sentence;
  // "Error: Database `x` does not exist" is whole.
  if (/^(P\d{4}|external connector error)$/i.test(head))
    return `${head}: ${firstLine(lines.slice(at + 1).join("\n")) ?? "no message"}`;
  return firstLine(head);
}

/** Turns a failed `prisma migrate deploy` run into one or two lines; the output stays in `details`. */
export function explainDeployFailure(provider: DatabaseProvider, databaseUrl: string, output: string): MigrationError {
  const failedRow = output.match(
    /The `([^`]+)` migration started at [^\n]* failed(?: with the following logs:\n([\s\S]*))?/,
  );
  if (/P3009/.test(output) && failedRow)
    return explainFailedMigration(provider, failedRow[1]!, failureReason(failedRow[2]), output);
  // Worth waiting for; explainLockTimeout words the final message if the wait is in vain.
  if (isLockFailure(output)) {
    const where =
      provider === "sqlite"
        ? `SQLite database ${sqliteFileOf(databaseUrl)}`
        : `PostgreSQL at ${postgresAddress(databaseUrl)}`;
    return new MigrationError(
      `Another process holds the migration lock (${where}).\nWait for it to finish, then start again.`,
      "locked",
      output,
    );
  }
  if (/P1001|Can't reach database server/.test(output)) {
    return new MigrationError(
      `Cannot reach PostgreSQL at ${postgresAddress(databaseUrl)}.\n${CHECK_SERVER}`,
      "unreachable",
      output,
    );
  }
  if (/P1000|Authentication failed/.test(output)) {
    return new MigrationError(
      `PostgreSQL at ${postgresAddress(databaseUrl)} refused the login.\nCheck the user and password in DATABASE_URL.`,
      "login-refused",
      output,
    );
  }
  if (/P3005/.test(output)) {
    return new MigrationError(
      "The database already has tables but no Prisma migration history (P3005), so migrations were not applied.\nPoint DATABASE_URL at an empty database, or baseline this one: https://pris.ly/d/migrate-baseline",
      "not-empty",
      output,
    );
  }
  return new MigrationError(
    `Applying migrations failed: ${clause(prismaErrorLine(output)) ?? "prisma migrate deploy exited with an error"}.\nFor the full output run ${deployCommand(provider)} with the same DATABASE_URL.`,
    "deploy-failed",
    output,
  );
}
