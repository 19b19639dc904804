import { chmodSync, mkdtempSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tightenDataFolder } from "./prepare";

describe("tightenDataFolder", () => {
  it("makes the data folder 700 and the database and secret files 600, also when they already exist", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sourcebound-perms-"));
    const database = path.join(dir, "app.db");
    for (const file of [database, `${database}-wal`, path.join(dir, "nextauth-secret")]) {
      writeFileSync(file, "x");
      chmodSync(file, 0o644);
    }
    chmodSync(dir, 0o755);
    tightenDataFolder({ DATA_DIR: dir, DATABASE_URL: `file:${database}`, databaseProvider: "sqlite" });
    const mode = (file: string) => statSync(file).mode & 0o777;
    expect(mode(dir)).toBe(0o700);
    for (const file of [database, `${database}-wal`, path.join(dir, "nextauth-secret")])
      expect(mode(file), file).toBe(0o600);
  });
});
