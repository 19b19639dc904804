/**
 * The one place that reads environment variables. Every other module asks this one, so a bad
 * value is reported once, by name, before anything starts.
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"], {
    error: 'must be one of 1, 0, true, false, yes, no, on, off',
  })
  .transform((value) => ["1", "true", "yes", "on"].includes(value));

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

export const envSchema = z.object({
  NODE_ENV: z.preprocess(emptyAsUnset, z.enum(["development", "production", "test"]).default("production")),
  /** Folder for the SQLite file and the generated session secret. */
  DATA_DIR: z.preprocess(emptyAsUnset, z.string().default("data")),
  DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .refine((url) => databaseProviderOf(url) !== null, {
        message: 'must start with "file:" (SQLite) or "postgresql://" / "postgres://" (PostgreSQL)',
      })
      .optional(),
  ),
  NEXTAUTH_URL: z.preprocess(emptyAsUnset, z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).optional()),
  NEXTAUTH_SECRET: z.preprocess(
    emptyAsUnset,
    z.string().min(32, { error: "must be at least 32 characters (or unset, to generate one in DATA_DIR)" }).optional(),
  ),
  PORT: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: "must be a port number" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be between 1 and 65535" })
      .max(65535, { error: "must be between 1 and 65535" })
      .default(3000),
  ),
  HOST: z.preprocess(emptyAsUnset, z.string().regex(/^[\w.:-]+$/, { error: "must be a host name or IP address" }).default("127.0.0.1")),
  /** Create the demo teacher and students on start (default on). */
  DEMO_USERS: z.preprocess(emptyAsUnset, flag.default(true)),
  /** Chromium for the browser tests; Debian's by default. */
  CHROMIUM_PATH: z.preprocess(emptyAsUnset, z.string().default("/usr/bin/chromium")),
});

export type RawEnv = z.infer<typeof envSchema>;
export type DatabaseProvider = "sqlite" | "postgresql";

export interface ServerEnv extends Omit<RawEnv, "DATABASE_URL" | "NEXTAUTH_SECRET" | "NEXTAUTH_URL" | "DATA_DIR"> {
  DATA_DIR: string;
  DATABASE_URL: string;
  databaseProvider: DatabaseProvider;
  NEXTAUTH_URL: string;
  NEXTAUTH_SECRET: string;
}

export function databaseProviderOf(url: string): DatabaseProvider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

export class EnvError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super(
      "Invalid environment:\n" + problems.map((p) => `  - ${p.variable}: ${p.message}`).join("\n"),
    );
    this.name = "EnvError";
  }
}

/** Validates the variables without touching the disk. Throws EnvError naming each bad variable. */
export function parseEnv(source: Record<string, string | undefined>): RawEnv {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  throw new EnvError(
    result.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? "?"), message: issue.message })),
  );
}

/** Where the generated secret lives; mode 600 so only the app's user can read it. */
export function secretFilePath(dataDir: string) {
  return path.join(dataDir, "nextauth-secret");
}

/** Reads the secret kept in DATA_DIR, creating it on first start so sessions survive restarts. */
export function ensureSecret(dataDir: string): string {
  const file = secretFilePath(dataDir);
  if (existsSync(file)) {
    const kept = readFileSync(file, "utf8").trim();
    if (kept.length >= 32) return kept;
  }
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  chmodSync(file, 0o600);
  return secret;
}

/** Fills in the derived defaults: absolute data folder, SQLite file, public URL, secret. */
export function resolveEnv(source: Record<string, string | undefined>): ServerEnv {
  const raw = parseEnv(source);
  const dataDir = path.resolve(raw.DATA_DIR);
  const databaseUrl = raw.DATABASE_URL ?? `file:${path.join(dataDir, "app.db")}`;
  const publicHost = ["0.0.0.0", "::", "127.0.0.1", "::1"].includes(raw.HOST) ? "localhost" : raw.HOST;
  return {
    ...raw,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    databaseProvider: databaseProviderOf(databaseUrl)!,
    NEXTAUTH_URL: raw.NEXTAUTH_URL ?? `http://${publicHost}:${raw.PORT}`,
    NEXTAUTH_SECRET: raw.NEXTAUTH_SECRET ?? ensureSecret(dataDir),
  };
}

let cached: ServerEnv | undefined;

/** The validated environment of this process (read once). */
export function serverEnv(): ServerEnv {
  cached ??= resolveEnv(process.env);
  return cached;
}
