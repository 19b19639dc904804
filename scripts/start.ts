/**
 * `npm start`: validate env → generate clients → migrate → seed → build if changed → serve.
 * `--dev` serves with `next dev` instead of building. Ctrl-C stops the server cleanly.
 */
import { spawn } from "node:child_process";
import { demoUsers } from "../lib/accounts/demo-users.server";
import { buildIfChanged } from "./lib/build";
import { loadEnvOrExit, prepareDatabase } from "./lib/prepare";
import { bin, toolEnv } from "./lib/run";

const development = process.argv.includes("--dev");
const env = loadEnvOrExit();

await prepareDatabase(env);
if (!development) {
  try {
    console.log(`✔ Build ${await buildIfChanged()}`);
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  }
}

const server = spawn(bin("next"), [development ? "dev" : "start", "--port", String(env.PORT), "--hostname", env.HOST], {
  stdio: ["ignore", "inherit", "inherit"],
  env: {
    ...process.env,
    ...toolEnv,
    NODE_ENV: development ? "development" : "production",
    DATA_DIR: env.DATA_DIR,
    DATABASE_URL: env.DATABASE_URL,
    NEXTAUTH_URL: env.NEXTAUTH_URL,
    NEXTAUTH_SECRET: env.NEXTAUTH_SECRET,
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

await announceWhenReady();

async function announceWhenReady() {
  const probeHost = ["0.0.0.0", "::"].includes(env.HOST) ? "127.0.0.1" : env.HOST.includes(":") ? `[${env.HOST}]` : env.HOST;
  const probe = `http://${probeHost}:${env.PORT}/`;
  for (let attempt = 0; attempt < 600 && !stopping; attempt++) {
    try {
      const response = await fetch(probe, { redirect: "manual" });
      if (response.status < 500) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (stopping) return;
  const lines = [
    "",
    `  Sourcebound is running at ${env.NEXTAUTH_URL}`,
    `  Database: ${env.databaseProvider === "sqlite" ? env.DATABASE_URL.slice("file:".length) : "PostgreSQL"}`,
  ];
  if (env.DEMO_USERS) {
    lines.push("", "  Demo logins:");
    for (const user of demoUsers) lines.push(`    ${user.role.padEnd(8)} ${user.email.padEnd(32)} password: ${user.password}`);
  }
  lines.push("", "  Press Ctrl-C to stop.", "");
  console.log(lines.join("\n"));
}
