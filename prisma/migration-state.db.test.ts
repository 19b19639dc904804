import { describe, expect, it } from "vitest";
import { databaseProviderOf } from "@/lib/env.server";
import { readMigrationState } from "@/scripts/lib/migration-state";

// The test database was migrated by `prisma migrate deploy` (tests/setup): our direct reading of
// `_prisma_migrations` must agree with what Prisma wrote, checksums included.
describe("the migration state read without Prisma", () => {
  it("is up to date right after prisma migrate deploy, within well under a second", async () => {
    const url = process.env.DATABASE_URL!;
    const started = performance.now();
    expect(await readMigrationState(databaseProviderOf(url)!, url)).toBe("up-to-date");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
