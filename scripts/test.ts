/**
 * `npm test`: every check, in order, each stage printing one summary line.
 * typecheck → lint → fact table → unit/integration (SQLite) → build → browser (SQLite) → PostgreSQL
 * (integration + browser smoke on a throw-away cluster) → durability (the server killed mid-run)
 * → two instances on one PostgreSQL → page weight (script per page against a bare Next.js page).
 * Exits non-zero on any failure.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseEnv } from "../lib/env.server";
import { buildIfChanged } from "./lib/build";
import { generateClients } from "./lib/database";
import { startPostgresCluster } from "./lib/postgres-cluster";
import { bin, freePort, run, seconds } from "./lib/run";
import { ensureChromium, ensurePostgres } from "./lib/system-packages";

type Outcome = { name: string; ok: boolean; detail: string };
const outcomes: Outcome[] = [];

async function stage(name: string, body: () => Promise<string | void>): Promise<boolean> {
  const started = Date.now();
  console.log(`\n━━ ${name} ━━`);
  let ok = true;
  let detail = "";
  try {
    detail = (await body()) ?? "";
  } catch (error) {
    ok = false;
    detail = (error as Error).message;
  }
  const line = `${ok ? "✔" : "✖"} ${name} ${ok ? "passed" : "FAILED"} (${seconds(started)})${detail ? ` — ${detail}` : ""}`;
  outcomes.push({ name, ok, detail: line });
  console.log(line);
  return ok;
}

async function expectExit(command: string, args: string[], env: Record<string, string> = {}) {
  const code = await run(command, args, { env });
  if (code !== 0) throw new Error(`${path.basename(command)} exited with ${code}`);
}

const env = parseEnv(process.env);
const scratch = mkdtempSync(path.join(tmpdir(), "sourcebound-test-"));
const cleanups: (() => void)[] = [() => rmSync(scratch, { recursive: true, force: true })];
const cleanUp = () => {
  while (cleanups.length) {
    try {
      cleanups.pop()!();
    } catch (error) {
      console.error(`cleanup: ${(error as Error).message}`);
    }
  }
};
process.on("SIGINT", () => {
  cleanUp();
  process.exit(130);
});

const totalStart = Date.now();
try {
  let chromiumPath = env.CHROMIUM_PATH;
  await stage("setup", async () => {
    chromiumPath = await ensureChromium(env.CHROMIUM_PATH);
    generateClients();
    return `Chromium ${chromiumPath}, Prisma clients ready`;
  });
  // The service worker has its own library (webworker): a second program (tsconfig.sw.json).
  await stage("typecheck", async () => {
    await expectExit(bin("tsc"), ["--noEmit"]);
    await expectExit(bin("tsc"), ["--noEmit", "-p", "tsconfig.sw.json"]);
  });
  await stage("lint", async () => {
    await expectExit(bin("eslint"), ["--max-warnings=0", "."]);
    await expectExit(bin("prettier"), ["--check", "--log-level=warn", "."]);
    return "ESLint (import layers included) and Prettier clean";
  });
  await stage("fact table (facts:check)", () =>
    expectExit(bin("tsx"), ["--conditions=react-server", "scripts/facts-check.ts"]),
  );
  // Integration tests get a temporary SQLite file (tests/setup/database.ts), never data/.
  await stage("unit + integration (SQLite)", () => expectExit(bin("vitest"), ["run"], { DATABASE_URL: "" }));
  const built = await stage("production build", buildIfChanged);

  const browserEnv = (port: number, extra: Record<string, string> = {}) => ({
    E2E_PORT: String(port),
    E2E_DATA_DIR: path.join(scratch, `e2e-${port}`),
    CHROMIUM_PATH: chromiumPath,
    ...extra,
  });
  if (built) {
    await stage("browser (Playwright, SQLite)", async () => {
      await expectExit(bin("playwright"), ["test"], browserEnv(await freePort()));
    });
  }

  await stage("PostgreSQL (integration + browser smoke)", async () => {
    const cluster = await startPostgresCluster(await ensurePostgres());
    cleanups.push(() => cluster.stop());
    cluster.createDatabase("integration");
    cluster.createDatabase("browser");
    await expectExit(bin("vitest"), ["run", "db.test"], { DATABASE_URL: cluster.url("integration") });
    if (!built) throw new Error("skipped the browser smoke: the build failed");
    await expectExit(
      bin("playwright"),
      ["test", "--grep", "@smoke"],
      browserEnv(await freePort(), { E2E_DATABASE_URL: cluster.url("browser") }),
    );
    return "throw-away cluster removed afterwards";
  });

  // Each starts its own servers (and PostgreSQL cluster) from the build above.
  if (built) {
    await stage("durability (SIGKILL mid-run, SQLite and PostgreSQL)", () =>
      expectExit(bin("tsx"), ["--conditions=react-server", "scripts/test-durability.ts"]),
    );
    await stage("two instances on one PostgreSQL", () =>
      expectExit(bin("tsx"), ["--conditions=react-server", "scripts/test-instances.ts"]),
    );
    // Every page's script within +15 % of a bare Next.js page built in the same run (issue 19).
    await stage("page weight (bench:pages)", () =>
      expectExit(bin("tsx"), ["--conditions=react-server", "scripts/bench-pages.ts"], { CHROMIUM_PATH: chromiumPath }),
    );
  }
} finally {
  cleanUp();
}

const failed = outcomes.filter((o) => !o.ok);
console.log(`\n━━ Summary (${seconds(totalStart)}) ━━`);
for (const outcome of outcomes) console.log(outcome.detail);
console.log(`stages: ${outcomes.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
