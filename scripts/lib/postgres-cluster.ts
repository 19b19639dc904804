/** A throw-away PostgreSQL cluster in a temp folder on a free port, for the PostgreSQL test stage. */
import { chownSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { freePort, isRoot } from "./run";

export interface PostgresCluster {
  url(database: string): string;
  createDatabase(name: string): void;
  stop(): void;
}

export async function startPostgresCluster(binDir: string): Promise<PostgresCluster> {
  const dir = mkdtempSync(path.join(tmpdir(), "sourcebound-pg-"));
  const port = await freePort();
  // initdb refuses to run as root, so the cluster belongs to the postgres user when we are root.
  const asOwner = (command: string, args: string[]) => {
    const full = [`${binDir}/${command}`, ...args];
    return isRoot()
      ? execFileSync(
          "su",
          ["postgres", "-s", "/bin/sh", "-c", full.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ")],
          { stdio: "pipe" },
        )
      : execFileSync(full[0]!, full.slice(1), { stdio: "pipe" });
  };
  if (isRoot()) {
    const uid = Number(execFileSync("id", ["-u", "postgres"]).toString().trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"]).toString().trim());
    chownSync(dir, uid, gid);
  }
  const dataDir = path.join(dir, "data");
  asOwner("initdb", ["-D", dataDir, "-A", "trust", "-U", "postgres", "--no-sync"]);
  asOwner("pg_ctl", [
    "-D",
    dataDir,
    "-o",
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off`,
    "-l",
    path.join(dir, "log"),
    "-w",
    "start",
  ]);

  let stopped = false;
  return {
    url: (database) => `postgresql://postgres@127.0.0.1:${port}/${database}`,
    createDatabase(name) {
      execFileSync(
        `${binDir}/psql`,
        ["-h", "127.0.0.1", "-p", String(port), "-U", "postgres", "-q", "-c", `CREATE DATABASE "${name}"`],
        { stdio: "pipe" },
      );
    },
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        asOwner("pg_ctl", ["-D", dataDir, "-m", "fast", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
