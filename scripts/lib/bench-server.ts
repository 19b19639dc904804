/**
 * For the load scripts: the production server started exactly as `npm start` starts it, on a
 * free port and a temporary data folder that is removed afterwards (SQLite in that folder, or a
 * PostgreSQL database passed in), plus session cookies for users the script creates.
 *
 * The server can be killed with SIGKILL, as a crash would end it, stopped cleanly, and started
 * again on the same data, secret and port (`kill`, `stop`, `start`).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { encode } from "next-auth/jwt";
import { bin, freePort, toolEnv } from "./run";

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 15_000;
const GONE_TIMEOUT_MS = 10_000;
/** How much of the server's output is kept for an error message. */
const OUTPUT_KEPT = 16_000;

export interface BenchServerOptions {
  /** A `postgresql://` URL to serve from instead of a SQLite file in the temporary folder. */
  databaseUrl?: string;
}

export type BenchServer = Awaited<ReturnType<typeof startBenchServer>>;

export async function startBenchServer(label: string, options: BenchServerOptions = {}) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `sourcebound-${label}-`));
  const port = await freePort();
  const host = "127.0.0.1";
  const base = `http://${host}:${port}`;
  const databaseUrl = options.databaseUrl ?? `file:${path.join(dataDir, "app.db")}`;
  // The script's own modules (lib/db, lib/env.server) read the same variables as the server.
  Object.assign(process.env, toolEnv, {
    DATA_DIR: dataDir,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: randomBytes(32).toString("hex"),
    NEXTAUTH_URL: base,
    PORT: String(port),
    HOST: host,
    DEMO_USERS: "0",
  });
  console.log(
    `▸ Starting the production server on ${base} (${options.databaseUrl ? `PostgreSQL at ${redactUrl(databaseUrl)}` : `temporary database in ${dataDir}`})…`,
  );

  let server: ChildProcess | null = null;
  let stdout = "";
  let stderr = "";
  const keep = (kept: string, chunk: Buffer) => (kept + chunk.toString("utf8")).slice(-OUTPUT_KEPT);

  process.on("exit", () => {
    if (server) signalGroup(server, "SIGTERM");
    // BENCH_KEEP=1 keeps the database for a look with sqlite3 afterwards.
    if (!process.env.BENCH_KEEP) rmSync(dataDir, { recursive: true, force: true });
  });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => process.exit(130));

  /** An error that carries what the server printed, so a failed start explains itself. */
  function failure(message: string): Error {
    const parts = [message];
    if (stderr.trim()) parts.push(`--- the server's stderr ---\n${stderr.trimEnd()}`);
    if (stdout.trim())
      parts.push(`--- the server's stdout (last lines) ---\n${stdout.trimEnd().split("\n").slice(-15).join("\n")}`);
    return new Error(parts.join("\n"));
  }

  function running(): ChildProcess {
    if (!server) throw new Error("the server is not running");
    return server;
  }

  /**
   * Starts the server (`tsx scripts/start.ts`, the `npm start` path: migrations, corpus import,
   * build check, `next start`) on the same data, secret and port as before; resolves as soon as
   * the port accepts connections, which `next start` does before it can answer a request.
   * Times are `performance.now()` values.
   */
  async function start(): Promise<{ spawnedAt: number; acceptedAt: number }> {
    if (server) throw new Error("the server is already running");
    if (await accepts(port, host)) throw new Error(`port ${port} is taken by another process`);
    stdout = "";
    stderr = "";
    const spawnedAt = performance.now();
    // A process group of its own (detached): tsx, start.ts, `next start` and its workers all get a
    // signal sent to the group; a signal to the tsx process alone would leave `next start` serving.
    const child = spawn(bin("tsx"), ["--conditions=react-server", "scripts/start.ts"], {
      stdio: ["ignore", "pipe", "pipe"],
      env: process.env,
      detached: true,
    });
    child.stdout!.on("data", (chunk: Buffer) => (stdout = keep(stdout, chunk)));
    child.stderr!.on("data", (chunk: Buffer) => {
      stderr = keep(stderr, chunk);
      process.stderr.write(chunk);
    });
    server = child;
    while (!(await accepts(port, host))) {
      if (exited(child)) {
        server = null;
        throw failure(`the server exited during start-up (${child.signalCode ?? `exit code ${child.exitCode}`})`);
      }
      if (performance.now() - spawnedAt > START_TIMEOUT_MS) {
        await kill().catch(() => undefined);
        throw failure(`the server did not accept connections within ${START_TIMEOUT_MS / 60_000} minutes`);
      }
      await sleep(10);
    }
    return { spawnedAt, acceptedAt: performance.now() };
  }

  /** Waits until GET /api/health answers 200. */
  async function waitUntilHealthy(): Promise<void> {
    const child = running();
    const since = performance.now();
    for (;;) {
      if (exited(child)) {
        server = null;
        throw failure(`the server exited during start-up (${child.signalCode ?? `exit code ${child.exitCode}`})`);
      }
      if (performance.now() - since > START_TIMEOUT_MS)
        throw failure(`the server did not answer /api/health within ${START_TIMEOUT_MS / 60_000} minutes`);
      const up = await fetch(`${base}/api/health`)
        .then((r) => r.ok)
        .catch(() => false);
      if (up) return;
      await sleep(100);
    }
  }

  /**
   * Ends the server as a crash would: SIGKILL to its whole process group, no chance to clean up.
   * Resolves once no process of the group is left and the port refuses connections.
   */
  async function kill(): Promise<{ portFreeAfterMs: number }> {
    const child = running();
    const since = performance.now();
    const exit = exitOf(child);
    signalGroup(child, "SIGKILL");
    await exit;
    await gone(child);
    server = null;
    return { portFreeAfterMs: performance.now() - since };
  }

  /** Stops the server as Ctrl-C would (SIGTERM to the group; SIGKILL after 15 s). Resolves to whether it stopped by itself. */
  async function stop(): Promise<{ clean: boolean; exitCode: number | null }> {
    const child = running();
    const exit = exitOf(child);
    signalGroup(child, "SIGTERM");
    const stopped = await Promise.race([exit.then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
    if (!stopped) {
      signalGroup(child, "SIGKILL");
      await exit;
    }
    await gone(child);
    server = null;
    return { clean: stopped && child.exitCode === 0, exitCode: child.exitCode };
  }

  /** Waits until the group has no live process and the port is free; throws otherwise. */
  async function gone(child: ChildProcess): Promise<void> {
    const since = performance.now();
    while (groupAlive(child.pid!) || (await accepts(port, host))) {
      if (performance.now() - since > GONE_TIMEOUT_MS) {
        const what = groupAlive(child.pid!)
          ? `processes of group ${child.pid} are still running`
          : `port ${port} still accepts connections`;
        throw new Error(`after stopping the server, ${what}`);
      }
      await sleep(10);
    }
  }

  await start();
  await waitUntilHealthy();

  // Modules that read DATA_DIR/DATABASE_URL are loaded only now, after the environment is set.
  const { db } = await import("../../lib/db");
  const { createAccount } = await import("../../lib/accounts/create-account.server");

  /**
   * The session cookie a browser holds once `userId` has signed in. The one place a bench
   * session is made: a change to what a session needs (a claim, a database row) goes here.
   */
  async function sessionCookieFor(userId: string, role: "student" | "teacher"): Promise<string> {
    // A session is a row (lib/auth/user-sessions.server.ts) named by the cookie's sid.
    const { startUserSession } = await import("../../lib/auth/user-sessions.server");
    const sid = await startUserSession(db(), userId, "bench");
    const token = await encode({ token: { sub: userId, id: userId, role, sid }, secret: process.env.NEXTAUTH_SECRET! });
    return `next-auth.session-token=${token}`;
  }

  /** A new account and the session cookie the browser would hold after signing in. */
  async function newUser(name: string, role: "student" | "teacher") {
    const created = await createAccount(db(), {
      name,
      email: `${name.toLowerCase().replaceAll(" ", "-")}@bench.sourcebound.test`,
      password: randomBytes(12).toString("hex"),
      role,
    });
    if (!created.ok) throw new Error(`could not create the bench ${role}`);
    return { userId: created.data.userId, cookie: await sessionCookieFor(created.data.userId, role) };
  }
  const newStudent = (name: string) => newUser(name, "student");

  return {
    base,
    port,
    db,
    dataDir,
    databaseUrl,
    newUser,
    newStudent,
    sessionCookieFor,
    start,
    waitUntilHealthy,
    kill,
    stop,
    isRunning: () => server !== null,
    /** What the current (or last) server process printed to stdout, the last 16 kB. */
    stdout: () => stdout,
    /** What the current (or last) server process printed to stderr, the last 16 kB. */
    stderr: () => stderr,
  };
}

/** The id of a server action as the page's client code has it, from the build's manifest. */
export function serverActionId(exportedName: string, page: string): string {
  const manifest = JSON.parse(readFileSync(".next/server/server-reference-manifest.json", "utf8")) as {
    node: Record<string, { exportedName: string; workers: Record<string, unknown> }>;
  };
  const id = Object.entries(manifest.node).find(([, a]) => a.exportedName === exportedName && page in a.workers)?.[0];
  if (!id) throw new Error(`${exportedName} (${page}) is not in the build's server-reference manifest`);
  return id;
}

/** Exact percentiles of a list of timings. */
export function percentile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function exitOf(child: ChildProcess): Promise<void> {
  return exited(child) ? Promise.resolve() : new Promise((resolve) => child.once("exit", () => resolve()));
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  // A group that is gone may have had its number given to another process since.
  if (exited(child) && !groupAlive(child.pid!)) return;
  try {
    process.kill(-child.pid!, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

/** Whether any process of the group is alive (zombies waiting for init to reap them do not count). */
function groupAlive(pgid: number): boolean {
  let entries: string[];
  try {
    entries = readdirSync("/proc").filter((name) => /^\d+$/.test(name));
  } catch {
    // No /proc: ask the kernel (a group of zombies still counts as alive here).
    try {
      process.kill(-pgid, 0);
      return true;
    } catch {
      return false;
    }
  }
  for (const pid of entries) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
      // pid (comm) state ppid pgrp …; comm may contain spaces and parentheses.
      const [state, , pgrp] = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      if (Number(pgrp) === pgid && state !== "Z" && state !== "X") return true;
    } catch {
      // the process ended while we looked
    }
  }
  return false;
}

/** Whether something accepts TCP connections on the port. */
function accepts(port: number, host: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host });
    const done = (result: boolean) => {
      socket.destroy();
      resolve(result);
    };
    socket.once("connect", () => done(true));
    socket.once("error", () => done(false));
    socket.setTimeout(1000, () => done(false));
  });
}

function redactUrl(url: string) {
  return url.replace(/\/\/[^@/]*@/, "//…@");
}
