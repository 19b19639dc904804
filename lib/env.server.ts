/**
 * The one place that reads environment variables. Every other module asks this one, so a bad
 * value is reported once, by name, before anything starts.
 */
import path from "node:path";
import { z } from "zod";

const flag = z
  .enum(["1", "0", "true", "false", "yes", "no", "on", "off"], {
    error: "must be one of 1, 0, true, false, yes, no, on, off",
  })
  .transform((value) => ["1", "true", "yes", "on"].includes(value));

const emptyAsUnset = (value: unknown) => (value === "" ? undefined : value);

/** A whole number within [min, max], `fallback` when unset; each way to get it wrong says so. */
function wholeNumber({
  min,
  max,
  fallback,
  notANumber,
}: {
  min: number;
  max: number;
  fallback: number;
  notANumber: string;
}) {
  const outOfRange = { error: `must be between ${min} and ${max}` };
  return z.preprocess(
    emptyAsUnset,
    z.coerce
      .number({ error: notANumber })
      .int({ error: "must be a whole number" })
      .min(min, outOfRange)
      .max(max, outOfRange)
      .default(fallback),
  );
}

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
    z
      .string()
      .min(32, {
        error: "must be at least 32 characters (or unset: `npm start` generates one and keeps it in the database)",
      })
      .optional(),
  ),
  PORT: wholeNumber({ min: 1, max: 65535, fallback: 3000, notANumber: "must be a port number" }),
  HOST: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^[\w.:-]+$/, { error: "must be a host name or IP address" })
      .default("127.0.0.1"),
  ),
  /** Demo accounts with published passwords: default on only when listening on a loopback address. */
  DEMO_USERS: z.preprocess(emptyAsUnset, flag.optional()),
  /** Proxies in front of the app whose X-Forwarded-For entries are believed (0: none, use the socket). */
  TRUST_PROXY: wholeNumber({
    min: 0,
    max: 10,
    fallback: 0,
    notANumber: "must be the number of proxies in front of the app (0 when none)",
  }),
  /** Chromium for the browser tests; Debian's by default. */
  CHROMIUM_PATH: z.preprocess(emptyAsUnset, z.string().default("/usr/bin/chromium")),
});

export type RawEnv = z.infer<typeof envSchema>;
export type DatabaseProvider = "sqlite" | "postgresql";

/** The environment before the session secret is known (`npm start` reads it from the database). */
export interface StartEnv extends Omit<
  RawEnv,
  "DATABASE_URL" | "NEXTAUTH_SECRET" | "NEXTAUTH_URL" | "DATA_DIR" | "DEMO_USERS"
> {
  DATA_DIR: string;
  DATABASE_URL: string;
  databaseProvider: DatabaseProvider;
  NEXTAUTH_URL: string;
  NEXTAUTH_SECRET?: string;
  /** Whether demo accounts may sign in (DEMO_USERS, else: listening on loopback only). */
  DEMO_USERS: boolean;
  /** DEMO_USERS=1 on an address other machines can reach: `npm start` warns loudly. */
  demoUsersExposed: boolean;
  /** The public URL is https: HSTS and Secure cookies. */
  https: boolean;
}

/** The environment of the running server: everything known, the secret included. */
export interface ServerEnv extends StartEnv {
  NEXTAUTH_SECRET: string;
}

/** 127.0.0.1, ::1, localhost: only this machine can connect. */
export function isLoopbackHost(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

export function databaseProviderOf(url: string): DatabaseProvider | null {
  if (url.startsWith("file:")) return "sqlite";
  if (/^postgres(ql)?:\/\//.test(url)) return "postgresql";
  return null;
}

export class EnvError extends Error {
  constructor(readonly problems: { variable: string; message: string }[]) {
    super("Invalid environment:\n" + problems.map((p) => `  - ${p.variable}: ${p.message}`).join("\n"));
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

/** Where earlier versions kept the generated secret; `npm start` adopts it once (lib/accounts/app-secret.server.ts). */
export function legacySecretFilePath(dataDir: string) {
  return path.join(dataDir, "nextauth-secret");
}

/** Fills in the derived defaults: absolute data folder, SQLite file, public URL, demo accounts. */
export function resolveStartEnv(source: Record<string, string | undefined>): StartEnv {
  const raw = parseEnv(source);
  const loopback = isLoopbackHost(raw.HOST);
  if (!loopback && !raw.NEXTAUTH_URL) {
    // Redirects and cookies need the address people open; every instance must agree on it.
    throw new EnvError([
      {
        variable: "NEXTAUTH_URL",
        message: `must be set when HOST is ${raw.HOST}: the address people open, e.g. https://sourcebound.school.example`,
      },
    ]);
  }
  const dataDir = path.resolve(raw.DATA_DIR);
  const databaseUrl = raw.DATABASE_URL ?? `file:${path.join(dataDir, "app.db")}`;
  const publicHost = ["0.0.0.0", "::", "127.0.0.1", "::1"].includes(raw.HOST) ? "localhost" : raw.HOST;
  const publicUrl = raw.NEXTAUTH_URL ?? `http://${publicHost}:${raw.PORT}`;
  const demoUsers = raw.DEMO_USERS ?? loopback;
  return {
    ...raw,
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    databaseProvider: databaseProviderOf(databaseUrl)!,
    NEXTAUTH_URL: publicUrl,
    DEMO_USERS: demoUsers,
    demoUsersExposed: demoUsers && !loopback,
    https: publicUrl.startsWith("https://"),
  };
}

/** The running server's environment: as resolveStartEnv, and the secret must be there. */
export function resolveEnv(source: Record<string, string | undefined>): ServerEnv {
  const env = resolveStartEnv(source);
  if (!env.NEXTAUTH_SECRET) {
    throw new EnvError([
      {
        variable: "NEXTAUTH_SECRET",
        message: "is not set: start the app with `npm start` (it passes the shared secret on), or set it",
      },
    ]);
  }
  return { ...env, NEXTAUTH_SECRET: env.NEXTAUTH_SECRET };
}

let cached: ServerEnv | undefined;

/** The validated environment of this process (read once). */
export function serverEnv(): ServerEnv {
  cached ??= resolveEnv(process.env);
  return cached;
}
