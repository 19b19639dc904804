/** Small process helpers shared by the start, test and database scripts. */
import { spawn, spawnSync, type SpawnOptions } from "node:child_process";
import { createServer } from "node:net";

export const toolEnv = { CHECKPOINT_DISABLE: "1", NEXT_TELEMETRY_DISABLED: "1" } as const;

export function bin(name: string) {
  return `node_modules/.bin/${name}`;
}

/** Runs a command to completion with inherited output; resolves to its exit code. */
export function run(
  command: string,
  args: string[],
  options: Omit<SpawnOptions, "env"> & { env?: Record<string, string | undefined> } = {},
): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      stdio: "inherit",
      ...options,
      env: { ...process.env, ...toolEnv, ...options.env },
    });
    child.on("error", (error) => {
      console.error(`✖ Could not run ${command}: ${error.message}`);
      resolve(127);
    });
    child.on("exit", (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

/** Runs a command and throws with its output when it fails; for quiet setup steps. */
export function runQuiet(command: string, args: string[], env: Record<string, string | undefined> = {}): string {
  const result = spawnSync(command, args, { encoding: "utf8", env: { ...process.env, ...toolEnv, ...env } });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(" ")} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

export function seconds(since: number) {
  return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

export function isRoot() {
  return typeof process.getuid === "function" && process.getuid() === 0;
}
