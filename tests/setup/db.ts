/** The test database prepared by tests/setup/database.ts, one client per test file. */
import { afterAll } from "vitest";
import { createDb, type Db } from "../../lib/db/client.server";
import { createAccount } from "../../lib/accounts/create-account.server";

export function testDb() {
  const db = createDb(process.env.DATABASE_URL!);
  afterAll(() => db.$disconnect());
  return db;
}

/** An email no other test (or earlier run against the same database) uses. */
export function uniqueEmail(label: string) {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@test.sourcebound.test`;
}

/** A new account of `role` named `name`, for a test; its id. */
export async function newAccount(db: Db, role: "student" | "teacher", name: string): Promise<string> {
  const result = await createAccount(db, { name, email: uniqueEmail(role), password: "a long enough password", role });
  if (!result.ok) throw new Error("could not create the account");
  return result.data.userId;
}
