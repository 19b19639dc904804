/** Finds Chromium and PostgreSQL, installing them from Debian's apt when absent and running as root. */
import { existsSync } from "node:fs";
import { isRoot, run } from "./run";

export const POSTGRES_BIN = "/usr/lib/postgresql/15/bin";

let aptUpdated = false;

async function aptInstall(packages: string[]): Promise<boolean> {
  if (!isRoot()) return false;
  console.log(`▸ Installing ${packages.join(", ")} from apt…`);
  const env = { DEBIAN_FRONTEND: "noninteractive" };
  if (!aptUpdated) {
    if ((await run("apt-get", ["update", "-q"], { env, stdio: ["ignore", "ignore", "inherit"] })) !== 0) return false;
    aptUpdated = true;
  }
  return (
    (await run("apt-get", ["install", "-y", "-q", "--no-install-recommends", ...packages], {
      env,
      stdio: ["ignore", "ignore", "inherit"],
    })) === 0
  );
}

/** Returns the Chromium path, or throws with instructions. */
export async function ensureChromium(path: string): Promise<string> {
  if (existsSync(path)) return path;
  if (path === "/usr/bin/chromium" && (await aptInstall(["chromium", "fonts-dejavu-core"])) && existsSync(path))
    return path;
  throw new Error(
    `Chromium was not found at ${path}. Install it (Debian/Ubuntu: sudo apt-get install -y chromium) ` +
      `or point CHROMIUM_PATH at an existing Chromium or Chrome binary.`,
  );
}

/** Returns the folder with initdb/pg_ctl, or throws with instructions. */
export async function ensurePostgres(): Promise<string> {
  if (existsSync(`${POSTGRES_BIN}/initdb`)) return POSTGRES_BIN;
  if ((await aptInstall(["postgresql"])) && existsSync(`${POSTGRES_BIN}/initdb`)) return POSTGRES_BIN;
  throw new Error(
    `PostgreSQL 15 was not found in ${POSTGRES_BIN}. Install it (Debian: sudo apt-get install -y postgresql).`,
  );
}
