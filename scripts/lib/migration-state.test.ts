import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import {
  compareMigrations,
  explainDeployFailure,
  explainLockTimeout,
  explainPostgresError,
  explainSqliteError,
  failureReason,
  isLockFailure,
  migrationChecksum,
  MigrationError,
  readMigrationFolders,
  readMigrationState,
  scriptMatchesChecksum,
  type MigrationFolder,
  type MigrationRow,
} from "./migration-state";

const folder = (name: string, sql: string): MigrationFolder => ({ name, script: Buffer.from(sql) });
const row = (name: string, sql: string, overrides: Partial<MigrationRow> = {}): MigrationRow => ({
  name,
  checksum: migrationChecksum(sql),
  finished: true,
  rolledBack: false,
  logs: null,
  ...overrides,
});

describe("migration checksums (as the schema engine computes them)", () => {
  it("is the zero-padded hex SHA-256 of the script", () => {
    expect(migrationChecksum("hello")).toBe("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824");
  });

  it("accepts the script with its line endings converted either way", () => {
    for (const stored of ["a\nb\n", "a\r\nb\r\n"]) {
      expect(scriptMatchesChecksum("a\nb\n", migrationChecksum(stored))).toBe(true);
      expect(scriptMatchesChecksum("a\r\nb\r\n", migrationChecksum(stored))).toBe(true);
    }
  });

  it("accepts the unpadded hex old engines stored", () => {
    // sha256("abc") has bytes below 0x10, so the old rendering is shorter than 64 characters.
    const padded = migrationChecksum("abc");
    const unpadded = Buffer.from(padded, "hex").reduce((text, byte) => text + byte.toString(16), "");
    expect(unpadded.length).toBeLessThan(64);
    expect(scriptMatchesChecksum("abc", unpadded)).toBe(true);
  });

  it("rejects a different script", () => {
    expect(scriptMatchesChecksum("abc\n", migrationChecksum("abc"))).toBe(false);
    expect(scriptMatchesChecksum("abc", "")).toBe(false);
  });
});

describe("compareMigrations", () => {
  const folders = [folder("1_init", "CREATE TABLE a;"), folder("2_more", "CREATE TABLE b;")];

  it("is up to date when every folder has a finished row with its checksum", () => {
    expect(compareMigrations(folders, [row("1_init", "CREATE TABLE a;"), row("2_more", "CREATE TABLE b;")])).toBe(
      "up-to-date",
    );
  });

  it("lists the folders without a row as pending, in order", () => {
    expect(compareMigrations(folders, [])).toEqual({ pending: ["1_init", "2_more"] });
    expect(compareMigrations(folders, [row("1_init", "CREATE TABLE a;")])).toEqual({ pending: ["2_more"] });
  });

  it("ignores rows of migrations this checkout does not have (a newer version ran)", () => {
    const rows = [row("1_init", "CREATE TABLE a;"), row("2_more", "CREATE TABLE b;"), row("3_newer", "x")];
    expect(compareMigrations(folders, rows)).toBe("up-to-date");
  });

  it("reports an unfinished row that was not rolled back as failed, whatever else is pending", () => {
    const rows = [
      row("1_init", "CREATE TABLE a;", { finished: false, logs: '\nsyntax error at or near "TABL"\n   0: span trace' }),
    ];
    expect(compareMigrations(folders, rows)).toEqual({ failed: "1_init", reason: 'syntax error at or near "TABL"' });
  });

  it("treats a rolled-back row as not applied, and a re-applied migration as applied", () => {
    const rolledBack = row("2_more", "CREATE TABLE b;", { finished: false, rolledBack: true });
    expect(compareMigrations(folders, [row("1_init", "CREATE TABLE a;"), rolledBack])).toEqual({ pending: ["2_more"] });
    expect(
      compareMigrations(folders, [row("1_init", "CREATE TABLE a;"), rolledBack, row("2_more", "CREATE TABLE b;")]),
    ).toBe("up-to-date");
  });

  it("reports a migration edited after it was applied", () => {
    expect(
      compareMigrations(folders, [row("1_init", "CREATE TABLE a; -- edited"), row("2_more", "CREATE TABLE b;")]),
    ).toEqual({ changed: ["1_init"] });
  });
});

describe("explaining failures", () => {
  const pgUrl = "postgresql://app:secret@db.example:6543/sourcebound";

  it("says in two lines that PostgreSQL cannot be reached, without the password", () => {
    const error = explainPostgresError(
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
      "postgresql://postgres@127.0.0.1:5432/app",
    );
    expect(error.message).toBe(
      "Cannot reach PostgreSQL at 127.0.0.1:5432 (connection refused).\nCheck DATABASE_URL and that the server is running.",
    );
    expect(error.problem).toBe("unreachable");
    expect(error.details).toContain("ECONNREFUSED");
    expect(explainPostgresError(new Error("Connection terminated due to connection timeout"), pgUrl).message).toMatch(
      /^Cannot reach PostgreSQL at db\.example:6543 \(no answer/,
    );
    expect(explainPostgresError(Object.assign(new Error("x"), { code: "28P01" }), pgUrl).message).not.toContain(
      "secret",
    );
  });

  it("names a missing PostgreSQL database", () => {
    const error = explainPostgresError(
      Object.assign(new Error('database "sourcebound" does not exist'), { code: "3D000" }),
      pgUrl,
    );
    expect(error.message).toBe(
      'PostgreSQL at db.example:6543 has no database "sourcebound".\nCreate it (createdb "sourcebound") or fix DATABASE_URL.',
    );
  });

  it("treats a busy SQLite file as locked (worth waiting for)", () => {
    expect(
      explainSqliteError(Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }), "data/app.db")
        .problem,
    ).toBe("locked");
  });

  it("recognises the lock failures of migrate deploy on both databases", () => {
    expect(
      isLockFailure(
        "Error: P1002\n\nContext: Timed out trying to acquire a postgres advisory lock (SELECT pg_advisory_lock(72707369)).",
      ),
    ).toBe(true);
    expect(
      isLockFailure(
        "Error: Error in the underlying connector (WASM_ERROR): Error: unknown variant `SocketTimeout`, expected one of",
      ),
    ).toBe(true);
    expect(isLockFailure("Error: P1014\n\nThe underlying table for model `x` does not exist.")).toBe(false);
  });

  it("explains a deploy failure in at most two lines and keeps the output in details", () => {
    const cases: [string, RegExp][] = [
      [
        "Error: P1002\n\nThe database server was reached but timed out.\n\nContext: Timed out trying to acquire a postgres advisory lock",
        /^Another process holds the migration lock \(PostgreSQL at db\.example:6543\)\.\n/,
      ],
      [
        "Error: P3009\n\nmigrate found failed migrations in the target database, new migrations will not be applied.\nThe `5_broken` migration started at 2026-12-02 01:08:18 UTC failed\n",
        /^Migration 5_broken failed and is marked failed/,
      ],
      [
        "Error: Can't reach database server at `db.example:6543`\n\nPlease make sure your database server is running",
        /^Cannot reach PostgreSQL at db\.example:6543\.\n/,
      ],
      [
        "Loaded Prisma config\nError: P1014\n\nThe underlying table for model `x` does not exist.\n",
        /^Applying migrations failed: P1014: The underlying table for model `x` does not exist\.\nFor the full output run node_modules\/\.bin\/prisma migrate deploy --config prisma\.postgres\.config\.ts/,
      ],
    ];
    for (const [output, message] of cases) {
      const error = explainDeployFailure("postgresql", pgUrl, output);
      expect(error).toBeInstanceOf(MigrationError);
      expect(error.message).toMatch(message);
      expect(error.message.split("\n").length).toBeLessThanOrEqual(2);
      expect(error.details).toBe(output);
    }
  });

  it("says who to stop after waiting for the lock in vain", () => {
    expect(explainLockTimeout("sqlite", "file:./data/app.db", 120_400).message).toBe(
      "Another process kept the SQLite database ./data/app.db busy for 120 s, so pending migrations could not be applied.\n" +
        "Applying them needs the file to itself: stop the other instance using it, then start again.",
    );
    expect(explainLockTimeout("postgresql", pgUrl, 121_000).message).toMatch(
      /^Another process held the PostgreSQL migration lock at db\.example:6543 for 121 s \(advisory lock 72707369\)\.\n/,
    );
  });

  it("finds the database's complaint in a failed row's logs", () => {
    const pgLogs =
      'external connector error\nNo such table: missing_table_x\n   0: sql_schema_connector::apply_migration::apply_script\n           with migration_name="x"';
    expect(failureReason(pgLogs)).toBe("No such table: missing_table_x");
    expect(
      failureReason("The underlying table for model `t` does not exist.\n   0: sql_schema_connector::apply_migration"),
    ).toBe("The underlying table for model `t` does not exist.");
    expect(failureReason(null)).toBeNull();
  });

  it("quotes the connector's message when the CLI only says 'external connector error'", () => {
    const output =
      "Error: external connector error\nNo such table: missing_table_x\n   0: sql_schema_connector::apply_migration::apply_script\n";
    expect(explainDeployFailure("postgresql", pgUrl, output).message).toMatch(
      /^Applying migrations failed: external connector error: No such table: missing_table_x\.\n/,
    );
  });

  it("tells how to resolve a failed migration", () => {
    const output =
      "Error: P3009\n\nThe `5_broken` migration started at 2026-12-02 01:08:18 UTC failed with the following logs:\nno such table: x\n";
    expect(explainDeployFailure("sqlite", "file:./data/app.db", output).message).toBe(
      "Migration 5_broken failed (no such table: x) and is marked failed in _prisma_migrations, so no migration can run.\n" +
        "Undo what it changed (or restore a backup), then run: node_modules/.bin/prisma migrate resolve --rolled-back 5_broken --config prisma.sqlite.config.ts",
    );
  });
});

describe("readMigrationState on SQLite (a hand-made migrations table, no Prisma)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "migration-state-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const folders = readMigrationFolders("prisma/sqlite/migrations");
  const url = (name: string) => `file:${path.join(dir, name)}`;

  function migrationsTable(file: string, rows: MigrationRow[]) {
    const db = new Database(file);
    db.exec(`CREATE TABLE "_prisma_migrations" ("id" TEXT PRIMARY KEY, "checksum" TEXT NOT NULL, "finished_at" DATETIME, "migration_name" TEXT NOT NULL,
      "logs" TEXT, "rolled_back_at" DATETIME, "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`);
    const insert = db.prepare(
      "INSERT INTO _prisma_migrations (id, checksum, finished_at, migration_name, logs) VALUES (?, ?, ?, ?, ?)",
    );
    rows.forEach((r, i) =>
      insert.run(String(i), r.checksum, r.finished ? "2026-12-02T01:06:08.871+00:00" : null, r.name, r.logs),
    );
    return db;
  }

  it("reads the committed migrations", () => {
    expect(folders.length).toBeGreaterThan(0);
    expect(folders.map((f) => f.name)).toEqual([...folders.map((f) => f.name)].sort());
  });

  it("is pending when the file or the table does not exist", async () => {
    const all = { pending: folders.map((f) => f.name) };
    expect(await readMigrationState("sqlite", url("missing.db"))).toEqual(all);
    writeFileSync(path.join(dir, "empty.db"), "");
    expect(await readMigrationState("sqlite", url("empty.db"))).toEqual(all);
  });

  it("is up to date, even while another connection holds the write lock", async () => {
    const file = path.join(dir, "migrated.db");
    const writer = migrationsTable(
      file,
      folders.map((f) => ({
        name: f.name,
        checksum: migrationChecksum(f.script),
        finished: true,
        rolledBack: false,
        logs: null,
      })),
    );
    writer.pragma("journal_mode = WAL");
    writer.exec("BEGIN IMMEDIATE");
    try {
      const started = performance.now();
      expect(await readMigrationState("sqlite", url("migrated.db"))).toBe("up-to-date");
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      writer.exec("COMMIT");
      writer.close();
    }
  });

  it("reports a failed migration", async () => {
    const first = folders[0]!;
    migrationsTable(path.join(dir, "failed.db"), [
      {
        name: first.name,
        checksum: migrationChecksum(first.script),
        finished: false,
        rolledBack: false,
        logs: 'near "TABL": syntax error',
      },
    ]).close();
    expect(await readMigrationState("sqlite", url("failed.db"))).toEqual({
      failed: first.name,
      reason: 'near "TABL": syntax error',
    });
  });
});
