// Runs before anything else in `npm start` / `npm test`, with nothing installed yet, so it is
// plain Node with no dependencies. It installs node_modules when they are missing or older than
// package-lock.json, then leaves the rest to the TypeScript scripts.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";

process.env.CHECKPOINT_DISABLE = "1";
process.env.NEXT_TELEMETRY_DISABLED = "1";

const [major, minor] = process.versions.node.split(".").map(Number);
if (major < 20 || (major === 20 && minor < 9)) {
  console.error(`Sourcebound needs Node.js 20.9 or newer; this is ${process.version}.`);
  process.exit(1);
}

const marker = "node_modules/.sourcebound-lock-hash";
const lockHash = createHash("sha256").update(readFileSync("package-lock.json")).digest("hex");
const installed = existsSync(marker) ? readFileSync(marker, "utf8").trim() : null;

if (installed !== lockHash || !existsSync("node_modules/.bin/tsx")) {
  console.log("▸ Installing dependencies (npm ci; better-sqlite3 compiles from source, about 2 minutes)…");
  const started = Date.now();
  const result = spawnSync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], { stdio: "inherit" });
  if (result.status !== 0) {
    console.error("✖ npm ci failed. Check your network access to the npm registry and try again.");
    process.exit(result.status ?? 1);
  }
  writeFileSync(marker, lockHash + "\n");
  console.log(`✔ Dependencies installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}
