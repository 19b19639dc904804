/**
 * The HTTP server `npm start` runs: Next.js's request handler behind a plain Node server, so the
 * few things only the socket knows are decided here, once, before the app sees the request
 * (decision 0011):
 * - the client's address, from the socket (or X-Forwarded-For behind TRUST_PROXY proxies), passed
 *   on in a header the client cannot set: limits key on it;
 * - bodies declared larger than any request of ours are refused with 413 before a byte is read;
 * - behind an https public URL, HSTS on every response.
 * It opens the port only once the answer path is loaded (instrumentation.ts has built the study
 * corpus during prepare()), so the first answers after a restart do not queue behind a cold start.
 */
import type { AddressInfo } from "node:net";
import next from "next";
import { serverEnv } from "../lib/env.server";
import { createAppServer } from "./lib/app-server";
import { forgetServer, recordServer } from "./lib/instances";

const env = serverEnv();
const development = process.argv.includes("--dev");
const app = next({ dev: development, hostname: env.HOST, port: env.PORT, dir: process.cwd() });
const handle = app.getRequestHandler();
/** Rounds of requests before the port opens: the first loads the code, the next let the JIT compile it. */
const WARM_UP_ROUNDS = 3;

await app.prepare();
await warmUp();
const server = createAppServer(handle, { trustProxy: env.TRUST_PROXY, https: env.https });
server.keepAliveTimeout = 65_000;
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(
    error.code === "EADDRINUSE"
      ? `✖ ${env.HOST}:${env.PORT} is already in use.`
      : `✖ The server could not listen: ${error.message}`,
  );
  process.exit(1);
});
server.listen(env.PORT, env.HOST, () => {
  recordServer({
    pid: process.pid,
    host: env.HOST,
    port: env.PORT,
    dataDir: env.DATA_DIR,
    databaseProvider: env.databaseProvider,
    startedAt: new Date().toISOString(),
  });
});
process.on("exit", () => forgetServer(process.pid));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}

/**
 * Loads the routes the first requests after a restart need (Next loads a route's code on its first
 * request) through a private listener on a free loopback port, before the public port opens.
 */
async function warmUp() {
  const started = performance.now();
  const warm = createAppServer(handle, { trustProxy: 0, https: false });
  await new Promise<void>((resolve) => warm.listen(0, "127.0.0.1", resolve));
  const { port } = warm.address() as AddressInfo;
  const json = { "content-type": "application/json" };
  const paths: [string, RequestInit][] = [
    ["/api/health", {}],
    // Without a session the answer route answers 401, after loading all of its code.
    ["/api/answers", { method: "POST", headers: json, body: "{}" }],
    ["/api/auth/session", {}],
    ["/signin", {}],
  ];
  const load = () =>
    Promise.all(
      paths.map(([path, init]) => fetch(`http://127.0.0.1:${port}${path}`, init).then((r) => r.arrayBuffer())),
    );
  try {
    for (let round = 0; round < WARM_UP_ROUNDS; round++) await load();
    console.log(`✔ Routes loaded (${Math.round(performance.now() - started)} ms)`);
  } catch (error) {
    console.error(`✖ Could not load the routes before opening the port: ${(error as Error).message}`);
  } finally {
    warm.closeAllConnections();
    await new Promise((resolve) => warm.close(resolve));
  }
}
