/**
 * For the load scripts: the production server started exactly as `npm start` starts it, on a
 * free port and a temporary database that is removed afterwards, plus session cookies for
 * students the script creates.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { bin, freePort, toolEnv } from "./run";

export async function startBenchServer(label: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `sourcebound-${label}-`));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  Object.assign(process.env, toolEnv, {
    DATA_DIR: dataDir,
    DATABASE_URL: `file:${path.join(dataDir, "app.db")}`,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: base,
    PORT: String(port),
    HOST: "127.0.0.1",
    DEMO_USERS: "0",
  });
  console.log(`▸ Starting the production server on ${base} (temporary database in ${dataDir})…`);
  const server = spawn(bin("tsx"), ["--conditions=react-server", "scripts/start.ts"], { stdio: ["ignore", "ignore", "inherit"], env: process.env });
  process.on("exit", () => {
    server.kill("SIGTERM");
    // BENCH_KEEP=1 keeps the database for a look with sqlite3 afterwards.
    if (!process.env.BENCH_KEEP) rmSync(dataDir, { recursive: true, force: true });
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

  for (let attempt = 0; ; attempt++) {
    if (server.exitCode !== null) throw new Error("the server exited during start-up");
    if (attempt > 900) throw new Error("the server did not start within 3 minutes");
    const up = await fetch(`${base}/api/health`).then((r) => r.ok).catch(() => false);
    if (up) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }

  // Modules that read DATA_DIR/DATABASE_URL are loaded only now, after the environment is set.
  const { db } = await import("../../lib/db");
  const { createAccount } = await import("../../lib/accounts/create-account.server");

  /** A new account and the session cookie the browser would hold after signing in. */
  async function newUser(name: string, role: "student" | "teacher") {
    const created = await createAccount(db(), { name, email: `${name.toLowerCase().replaceAll(" ", "-")}@bench.sourcebound.test`, password: randomBytes(12).toString("hex"), role });
    if (!created.ok) throw new Error(`could not create the bench ${role}`);
    const token = await encode({ token: { sub: created.userId, id: created.userId, role }, secret: process.env.NEXTAUTH_SECRET! });
    return { userId: created.userId, cookie: `next-auth.session-token=${token}` };
  }
  const newStudent = (name: string) => newUser(name, "student");

  return { base, db, dataDir, newUser, newStudent };
}

/** Exact percentiles of a list of timings. */
export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}
