/** The test database prepared by tests/setup/database.ts, one client per test file. */
import { afterAll } from "vitest";
import { createDb } from "../../lib/db/client.server";

export function testDb() {
  const db = createDb(process.env.DATABASE_URL!);
  afterAll(() => db.$disconnect());
  return db;
}

/** An email no other test (or earlier run against the same database) uses. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@test.sourcebound.test`;
}
