/**
 * `npm start`: validate env → check nothing is in the way → generate clients → migrate → seed →
 * build if changed → serve (scripts/server.ts). `--dev` serves with Next's dev server instead of
 * building. Ctrl-C stops the server cleanly. Every failure is one or two lines: what went wrong
 * and what to do.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import type { StartEnv } from "../lib/env.server";
import { buildIfChanged, buildIsCurrent } from "./lib/build";
import { liveServers, portTaken } from "./lib/instances";
import { databaseLabel, loadEnvOrExit, prepareDatabase } from "./lib/prepare";
import { toolEnv } from "./lib/run";
import { demoUsers } from "../lib/demo/demo-users.server";

// Files the app creates (the SQLite database, its journal) are readable by its user only.
process.umask(0o077);

const development = process.argv.includes("--dev");

try {
  const env = loadEnvOrExit();
  await refuseIfInTheWay(env);
  if (env.demoUsersExposed) warnDemoUsersExposed(env);
  const secret = await prepareDatabase(env);
  if (!development) {
    const building = !buildIsCurrent();
    const servingTheBuild = liveServers();
    if (building && servingTheBuild.length) {
      const other = servingTheBuild[0]!;
      fail(
        `The app must be rebuilt, but another Sourcebound (pid ${other.pid}, port ${other.port}) is serving the current build.`,
        `Stop it first (Ctrl-C in its terminal, or kill ${other.pid}), then run npm start again.`,
      );
    }
    console.log(`✔ Build ${await buildIfChanged()}`);
  }
  serve(env, secret);
} catch (error) {
  const [what, todo] = (error as Error).message.split("\n");
  fail(what!, todo?.trim() || "Fix the cause above and run npm start again; `npm run dev` shows more detail.");
}

function fail(what: string, todo: string): never {
  console.error(`✖ ${what}\n  ${todo}`);
  process.exit(1);
}

/** A second `npm start` (a forgotten server, two terminals) stops here, naming the other one. */
async function refuseIfInTheWay(env: StartEnv) {
  if (!(await portTaken(env.HOST, env.PORT))) return;
  const other = liveServers().find((s) => s.port === env.PORT);
  const elsewhere = `PORT=${env.PORT + 1} npm start (with DATA_DIR=… for separate data)`;
  if (other) {
    const relative = path.relative(process.cwd(), other.dataDir);
    const data = relative && !relative.startsWith("..") ? relative : other.dataDir;
    fail(
      `Sourcebound is already running on port ${env.PORT} (pid ${other.pid}, ${other.databaseProvider === "sqlite" ? `data in ${data}/` : "PostgreSQL"}, since ${other.startedAt.slice(11, 16)} UTC).`,
      `Use that one at ${env.NEXTAUTH_URL}, stop it (Ctrl-C in its terminal, or kill ${other.pid}), or start another with ${elsewhere}.`,
    );
  }
  fail(
    `Port ${env.PORT} on ${env.HOST} is in use by another program.`,
    `Stop that program, or start Sourcebound with ${elsewhere}.`,
  );
}

function warnDemoUsersExposed(env: StartEnv) {
  const bar = "!".repeat(78);
  console.warn(
    [
      bar,
      `!! DEMO_USERS=1 while listening on ${env.HOST}: anyone who can reach ${env.NEXTAUTH_URL}`,
      "!! can sign in with the demo passwords printed below and in the README.",
      "!! Use DEMO_USERS=0 for real classes (it also disables existing demo accounts).",
      bar,
    ].join("\n"),
  );
}

function serve(env: StartEnv, secret: string) {
  const server = spawn(process.execPath, ["--import", "tsx", "scripts/server.ts", ...(development ? ["--dev"] : [])], {
    stdio: ["ignore", "inherit", "inherit"],
    env: {
      ...process.env,
      ...toolEnv,
      NODE_ENV: development ? "development" : "production",
      DATA_DIR: env.DATA_DIR,
      DATABASE_URL: env.DATABASE_URL,
      NEXTAUTH_URL: env.NEXTAUTH_URL,
      NEXTAUTH_SECRET: secret,
      DEMO_USERS: env.DEMO_USERS ? "1" : "0",
    },
  });

  let stopping = false;
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      console.log("\n▸ Stopping Sourcebound…");
      server.kill(signal);
      // A server that does not stop within 10 s is ended, so Ctrl-C never hangs.
      setTimeout(() => server.kill("SIGKILL"), 10_000).unref();
    });
  }
  server.on("exit", (code, signal) => {
    if (stopping) {
      console.log("✔ Stopped.");
      process.exit(0);
    }
    console.error(`✖ The server exited (${signal ?? `code ${code}`}).`);
    process.exit(code ?? 1);
  });
  void announceWhenReady(env, () => stopping);
}

async function announceWhenReady(env: StartEnv, stopped: () => boolean) {
  const probeHost = ["0.0.0.0", "::"].includes(env.HOST)
    ? "127.0.0.1"
    : env.HOST.includes(":")
      ? `[${env.HOST}]`
      : env.HOST;
  const probe = `http://${probeHost}:${env.PORT}/api/health`;
  for (let attempt = 0; attempt < 600 && !stopped(); attempt++) {
    try {
      const response = await fetch(probe);
      if (response.ok) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (stopped()) return;
  const lines = ["", `  Sourcebound is running at ${env.NEXTAUTH_URL}`, `  Database: ${databaseLabel(env)}`];
  if (env.DEMO_USERS) {
    lines.push("", "  Demo logins:");
    for (const user of demoUsers)
      lines.push(`    ${user.role.padEnd(8)} ${user.email.padEnd(32)} password: ${user.password}`);
  } else {
    lines.push(
      "",
      "  Demo accounts are off (DEMO_USERS=0, or HOST is not a loopback address). Sign up to create an account.",
    );
  }
  lines.push("", "  Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}
