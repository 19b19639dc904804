import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig, devices } from "@playwright/test";

/**
 * Runs against the production server started exactly as `npm start` starts it (scripts/start.ts),
 * on its own port and data folder. `npm test` picks both; run alone, these defaults apply.
 */
const port = Number(process.env.E2E_PORT ?? 3210);
// A fresh data folder per run (set once here, inherited by the workers), so demo students start empty.
process.env.E2E_DATA_DIR ??= mkdtempSync(path.join(tmpdir(), `sourcebound-e2e-${port}-`));
const dataDir = process.env.E2E_DATA_DIR;
const chromiumPath = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 2,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
          ],
        },
      },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx --conditions=react-server scripts/start.ts",
    url: `http://localhost:${port}/`,
    timeout: 300_000,
    reuseExistingServer: false,
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    stdout: "ignore",
    stderr: "pipe",
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      DATABASE_URL: process.env.E2E_DATABASE_URL ?? "",
      NEXTAUTH_URL: `http://localhost:${port}`,
      NEXTAUTH_SECRET: "",
      DEMO_USERS: "1",
    },
  },
});
