/** Builds the production bundle only when a source file changed since the last build. */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { bin, run, seconds } from "./run";

const sourceRoots = ["app", "components", "lib", "public", "types", "prisma/models.prisma", "proxy.ts", "instrumentation.ts", "next.config.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];
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
  console.log("▸ Building the production bundle (about 1–2 minutes on 2 cores)…");
  const started = Date.now();
  const code = await run(bin("next"), ["build"], { env: { NODE_ENV: "production" } });
  if (code !== 0) throw new Error(`next build failed (exit ${code})`);
  writeFileSync(marker, digest);
  console.log(`✔ Built in ${seconds(started)}`);
  return "built";
}
