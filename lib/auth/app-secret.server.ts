/**
 * The session secret when NEXTAUTH_SECRET is not set (decision 0011): generated once and kept in
 * the database, so every instance on one database signs and reads the same cookies, and two
 * instances starting together agree on it (the first insert wins; the other reads it back).
 */
import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import type { Db } from "@/lib/db/client.server";
import { isUniqueViolation } from "@/lib/db/errors";
import { legacySecretFilePath } from "@/lib/env.server";

const SECRET_KEY = "nextauth-secret";

export async function sharedSecret(db: Db, dataDir: string): Promise<string> {
  const kept = await db.appSetting.findUnique({ where: { key: SECRET_KEY } });
  if (kept) return kept.value;
  // Earlier versions kept it in DATA_DIR; adopting it keeps everyone signed in across the upgrade.
  const file = legacySecretFilePath(dataDir);
  const legacy = existsSync(file) ? readFileSync(file, "utf8").trim() : "";
  const candidate = legacy.length >= 32 ? legacy : randomBytes(32).toString("base64url");
  try {
    await db.appSetting.create({ data: { key: SECRET_KEY, value: candidate } });
    return candidate;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    return (await db.appSetting.findUniqueOrThrow({ where: { key: SECRET_KEY } })).value;
  }
}
