/**
 * `npm start`'s failures read as one or two lines (what went wrong, what to do), never a stack.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, type AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

function start(env: Record<string, string>) {
  const result = spawnSync("node_modules/.bin/tsx", ["--conditions=react-server", "scripts/start.ts"], {
    encoding: "utf8",
    timeout: 60_000,
    env: {
      ...process.env,
      DATA_DIR: mkdtempSync(path.join(tmpdir(), "sourcebound-start-")),
      DATABASE_URL: "",
      NEXTAUTH_SECRET: "",
      NEXTAUTH_URL: "",
      HOST: "127.0.0.1",
      ...env,
    },
  });
  const errors = result.stderr.trim().split("\n").filter(Boolean);
  return { status: result.status, errors };
}

const noStack = (lines: string[]) => lines.every((line) => !/^\s+at\s/.test(line));

describe("npm start, when it cannot start", () => {
  it("names the port in use and the way out", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, "127.0.0.1", resolve));
    try {
      const { status, errors } = start({ PORT: String((holder.address() as AddressInfo).port) });
      expect(status).toBe(1);
      expect(errors).toHaveLength(2);
      expect(errors[0]).toMatch(/^✖ Port \d+ on 127\.0\.0\.1 is in use by another program\.$/);
      expect(errors[1]).toMatch(/PORT=\d+ npm start/);
    } finally {
      holder.close();
    }
  }, 60_000);

  it("says that PostgreSQL cannot be reached and what to check", () => {
    const { status, errors } = start({ PORT: "39871", DATABASE_URL: "postgresql://nobody@127.0.0.1:1/app" });
    expect(status).toBe(1);
    expect(errors).toEqual([
      "✖ Cannot reach PostgreSQL at 127.0.0.1:1 (connection refused).",
      "  Check DATABASE_URL and that the server is running.",
    ]);
    expect(noStack(errors)).toBe(true);
  }, 60_000);

  it("lists bad variables by name", () => {
    const { status, errors } = start({ PORT: "eighty", TRUST_PROXY: "all" });
    expect(status).toBe(1);
    expect(errors.join("\n")).toMatch(/PORT: must be a port number[\s\S]*TRUST_PROXY: must be the number of proxies/);
    expect(noStack(errors)).toBe(true);
  }, 60_000);
});
