/**
 * The HTTP server `npm start` runs: Next.js's request handler behind a plain Node server, so the
 * few things only the socket knows are decided here, once, before the app sees the request
 * (decision 0011):
 * - the client's address, from the socket (or X-Forwarded-For behind TRUST_PROXY proxies), passed
 *   on in a header the client cannot set: limits key on it;
 * - bodies declared larger than any request of ours are refused with 413 before a byte is read;
 * - behind an https public URL, HSTS on every response.
 */
import { createServer, type IncomingMessage } from "node:http";
import next from "next";
import { serverEnv } from "../lib/env.server";
import { clientAddress } from "../lib/security/client-address";
import { CLIENT_ADDRESS_HEADER } from "../lib/security/request-address";
import { MAX_REQUEST_BYTES, oversizedMessage } from "../lib/security/body-limit";
import { forgetServer, recordServer } from "./lib/instances";

const env = serverEnv();
const development = process.argv.includes("--dev");
const app = next({ dev: development, hostname: env.HOST, port: env.PORT, dir: process.cwd() });
const handle = app.getRequestHandler();

/** Headers a client may only send through a proxy we trust. */
const forwardingHeaders = ["x-forwarded-for", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "forwarded", "x-real-ip"];

function decideClient(request: IncomingMessage) {
  const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], env.TRUST_PROXY);
  if (env.TRUST_PROXY === 0) for (const name of forwardingHeaders) delete request.headers[name];
  request.headers["x-forwarded-for"] = address;
  request.headers[CLIENT_ADDRESS_HEADER] = address;
}

await app.prepare();
const server = createServer((request, response) => {
  decideClient(request);
  if (env.https) response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  const declared = Number(request.headers["content-length"] ?? 0);
  if (declared > MAX_REQUEST_BYTES) {
    response.writeHead(413, { "content-type": "application/json", connection: "close" });
    response.end(JSON.stringify({ error: oversizedMessage(MAX_REQUEST_BYTES) }));
    request.destroy();
    return;
  }
  void handle(request, response);
});
server.keepAliveTimeout = 65_000;
server.on("error", (error: NodeJS.ErrnoException) => {
  console.error(error.code === "EADDRINUSE" ? `✖ ${env.HOST}:${env.PORT} is already in use.` : `✖ The server could not listen: ${error.message}`);
  process.exit(1);
});
server.listen(env.PORT, env.HOST, () => {
  recordServer({ pid: process.pid, host: env.HOST, port: env.PORT, dataDir: env.DATA_DIR, databaseProvider: env.databaseProvider, startedAt: new Date().toISOString() });
});
process.on("exit", () => forgetServer(process.pid));

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 5_000).unref();
  });
}
