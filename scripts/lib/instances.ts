/**
 * Which Sourcebound servers run from this checkout: each server records itself in
 * .sourcebound/servers/<pid>.json while it listens, so a second `npm start` can name the one in
 * its way instead of failing somewhere deep inside.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import path from "node:path";

const folder = path.resolve(".sourcebound", "servers");

export interface ServerRecord {
  pid: number;
  host: string;
  port: number;
  dataDir: string;
  databaseProvider: string;
  startedAt: string;
}

const fileOf = (pid: number) => path.join(folder, `${pid}.json`);

export function recordServer(record: ServerRecord): void {
  mkdirSync(folder, { recursive: true });
  writeFileSync(fileOf(record.pid), JSON.stringify(record));
}

export function forgetServer(pid: number): void {
  rmSync(fileOf(pid), { force: true });
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Servers still running; records of servers that died without cleaning up are dropped. */
export function liveServers(): ServerRecord[] {
  let names: string[];
  try {
    names = readdirSync(folder).filter((name) => name.endsWith(".json"));
  } catch {
    return [];
  }
  const live: ServerRecord[] = [];
  for (const name of names) {
    try {
      const record = JSON.parse(readFileSync(path.join(folder, name), "utf8")) as ServerRecord;
      if (isAlive(record.pid)) live.push(record);
      else forgetServer(record.pid);
    } catch {
      rmSync(path.join(folder, name), { force: true });
    }
  }
  return live;
}

/**
 * True when something already listens on host:port. Found by connecting, not by listening for a
 * moment: a probe listener would take connections meant for a server starting on that port.
 */
export function portTaken(host: string, port: number): Promise<boolean> {
  const target = host === "0.0.0.0" ? "127.0.0.1" : host === "::" ? "::1" : host;
  return new Promise((resolve) => {
    const socket = connect({ host: target, port });
    socket.setTimeout(1000);
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("timeout", () => {
      socket.destroy();
      resolve(false);
    });
    socket.once("error", () => resolve(false));
  });
}
