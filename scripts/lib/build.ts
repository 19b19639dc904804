/** Builds the production bundle only when a source file changed since the last build. */
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import path from "node:path";
import { isAlive } from "./instances";
import { bin, run, seconds } from "./run";

const sourceRoots = [
  "app",
  "components",
  "lib",
  "public",
  "types",
  "prisma/models.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.ts",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
];
const skipped = /(^|\/)(generated|node_modules)(\/|$)|\.test\.tsx?$/;
const marker = ".next/sourcebound-source-hash";

function filesUnder(entry: string): string[] {
  if (!existsSync(entry) || skipped.test(entry)) return [];
  if (!statSync(entry).isDirectory()) return [entry];
  return readdirSync(entry)
    .sort()
    .flatMap((name) => filesUnder(path.join(entry, name)));
}

export function sourceHash(): string {
  const hash = createHash("sha256");
  for (const file of sourceRoots.flatMap(filesUnder)) hash.update(file).update("\0").update(readFileSync(file));
  return hash.digest("hex");
}

/** True when .next holds a build of the current sources. */
export function buildIsCurrent(digest = sourceHash()): boolean {
  return existsSync(marker) && existsSync(".next/BUILD_ID") && readFileSync(marker, "utf8") === digest;
}

/** Returns "built" or "up to date"; throws when the build fails. */
export async function buildIfChanged(): Promise<"built" | "up to date"> {
  const digest = sourceHash();
  if (buildIsCurrent(digest)) return "up to date";
  // Two starts at the same moment must not both write .next: the second waits for the first.
  const release = await takeBuildLock();
  try {
    if (buildIsCurrent(digest)) return "up to date";
    console.log("▸ Building the production bundle (about 1–2 minutes on 2 cores)…");
    const started = Date.now();
    const code = await run(bin("next"), ["build"], { env: { NODE_ENV: "production" } });
    if (code !== 0) throw new Error(`next build failed (exit ${code})`);
    writeFileSync(marker, digest);
    console.log(`✔ Built in ${seconds(started)}`);
    return "built";
  } finally {
    release();
  }
}

const buildLock = path.join(".sourcebound", "build.lock");

/** A folder created atomically, holding the builder's pid; a dead builder's lock is taken over. */
async function takeBuildLock(): Promise<() => void> {
  let announced = false;
  for (;;) {
    try {
      mkdirSync(".sourcebound", { recursive: true });
      mkdirSync(buildLock);
      writeFileSync(path.join(buildLock, "pid"), String(process.pid));
      return () => rmSync(buildLock, { recursive: true, force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
    if (lockIsStale()) {
      rmSync(buildLock, { recursive: true, force: true });
      continue;
    }
    if (!announced) console.log("▸ Another start is building the app; waiting for it…");
    announced = true;
    await sleep(500);
  }
}

/** The builder died, or never wrote its pid (it is between creating the folder and writing it, unless that was long ago). */
function lockIsStale(): boolean {
  try {
    const pidFile = path.join(buildLock, "pid");
    if (existsSync(pidFile)) return !isAlive(Number(readFileSync(pidFile, "utf8")));
    return Date.now() - statSync(buildLock).mtimeMs > 10_000;
  } catch {
    return false; // released meanwhile: the next round takes it
  }
}
