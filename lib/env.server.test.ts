import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { EnvError, parseEnv, resolveEnv, resolveStartEnv } from "./env.server";

const tempDir = () => mkdtempSync(path.join(tmpdir(), "sourcebound-env-"));

function problemsOf(source: Record<string, string>) {
  try {
    parseEnv(source);
  } catch (error) {
    if (error instanceof EnvError) return error.problems;
    throw error;
  }
  return [];
}

describe("parseEnv", () => {
  it("applies defaults to an empty environment", () => {
    const env = parseEnv({});
    expect(env.PORT).toBe(3000);
    expect(env.HOST).toBe("127.0.0.1");
    expect(env.DEMO_USERS).toBeUndefined();
    expect(env.TRUST_PROXY).toBe(0);
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it("accepts good values and turns them into types", () => {
    const env = parseEnv({
      PORT: "8080",
      DEMO_USERS: "0",
      DATABASE_URL: "postgresql://u@localhost:5432/app",
      HOST: "0.0.0.0",
    });
    expect(env).toMatchObject({
      PORT: 8080,
      DEMO_USERS: false,
      DATABASE_URL: "postgresql://u@localhost:5432/app",
      HOST: "0.0.0.0",
    });
  });

  it("treats an empty variable as unset", () => {
    expect(parseEnv({ PORT: "", NEXTAUTH_SECRET: "" }).PORT).toBe(3000);
  });

  it("names every bad variable at once", () => {
    const problems = problemsOf({
      PORT: "eighty",
      DATABASE_URL: "mysql://x",
      NEXTAUTH_SECRET: "short",
      DEMO_USERS: "maybe",
      NEXTAUTH_URL: "not a url",
      TRUST_PROXY: "yes",
    });
    expect(problems.map((p) => p.variable).sort()).toEqual([
      "DATABASE_URL",
      "DEMO_USERS",
      "NEXTAUTH_SECRET",
      "NEXTAUTH_URL",
      "PORT",
      "TRUST_PROXY",
    ]);
    expect(problems.find((p) => p.variable === "DATABASE_URL")?.message).toMatch(/file:.*postgresql/);
    expect(problems.find((p) => p.variable === "NEXTAUTH_SECRET")?.message).toMatch(/32 characters/);
  });

  it("rejects ports outside 1–65535", () => {
    expect(problemsOf({ PORT: "70000" })[0]).toMatchObject({
      variable: "PORT",
      message: "must be between 1 and 65535",
    });
    expect(problemsOf({ PORT: "3000.5" })[0]?.variable).toBe("PORT");
  });
});

describe("resolveStartEnv", () => {
  it("defaults to a SQLite file in DATA_DIR and a localhost URL", () => {
    const dir = tempDir();
    const env = resolveStartEnv({ DATA_DIR: dir, PORT: "4321" });
    expect(env.DATABASE_URL).toBe(`file:${path.join(dir, "app.db")}`);
    expect(env.databaseProvider).toBe("sqlite");
    expect(env.NEXTAUTH_URL).toBe("http://localhost:4321");
    expect(env.https).toBe(false);
  });

  it("switches to PostgreSQL by URL alone", () => {
    const env = resolveStartEnv({ DATA_DIR: tempDir(), DATABASE_URL: "postgres://app@db/app" });
    expect(env.databaseProvider).toBe("postgresql");
  });

  it("creates demo accounts by default only on a loopback address", () => {
    expect(resolveStartEnv({}).DEMO_USERS).toBe(true);
    expect(resolveStartEnv({ HOST: "::1" }).DEMO_USERS).toBe(true);
    const exposed = resolveStartEnv({ HOST: "0.0.0.0", NEXTAUTH_URL: "https://school.example" });
    expect(exposed).toMatchObject({ DEMO_USERS: false, demoUsersExposed: false, https: true });
    expect(resolveStartEnv({ HOST: "0.0.0.0", NEXTAUTH_URL: "http://school.example", DEMO_USERS: "1" })).toMatchObject({
      DEMO_USERS: true,
      demoUsersExposed: true,
    });
    expect(resolveStartEnv({ DEMO_USERS: "0" }).DEMO_USERS).toBe(false);
  });

  it("requires the public URL when other machines can connect", () => {
    expect(() => resolveStartEnv({ HOST: "0.0.0.0" })).toThrow(/NEXTAUTH_URL: must be set when HOST is 0\.0\.0\.0/);
  });
});

describe("resolveEnv", () => {
  it("needs the secret (npm start passes the shared one on)", () => {
    expect(() => resolveEnv({ DATA_DIR: tempDir() })).toThrow(/NEXTAUTH_SECRET: is not set/);
    const secret = "x".repeat(40);
    expect(resolveEnv({ DATA_DIR: tempDir(), NEXTAUTH_SECRET: secret }).NEXTAUTH_SECRET).toBe(secret);
  });
});
