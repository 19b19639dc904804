/**
 * The HTTP server in front of Next's request handler (scripts/server.ts): decides per request what
 * only the socket knows, before the app sees it (decision 0011).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { clientAddress } from "../../lib/security/client-address";
import { CLIENT_ADDRESS_HEADER } from "../../lib/security/request-address";
import { oversizedMessage, requestLimitFor } from "../../lib/security/body-limit";

export interface AppServerOptions {
  /** Proxies in front whose X-Forwarded-For entries are believed (TRUST_PROXY). */
  trustProxy: number;
  /** The public URL is https: send HSTS. */
  https: boolean;
}

/** How long a refused oversized body is read and discarded before the connection is cut. */
const DISCARD_FOR_MS = 10_000;

/** Headers a client may only send through a proxy we trust. */
const forwardingHeaders = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "forwarded",
  "x-real-ip",
];

export function createAppServer(
  handle: (request: IncomingMessage, response: ServerResponse) => unknown,
  options: AppServerOptions,
): Server {
  return createServer((request, response) => {
    // The client's address: from the socket, overwriting anything the client wrote (limits key on it).
    const address = clientAddress(request.socket.remoteAddress, request.headers["x-forwarded-for"], options.trustProxy);
    if (options.trustProxy === 0) for (const name of forwardingHeaders) delete request.headers[name];
    request.headers["x-forwarded-for"] = address;
    request.headers[CLIENT_ADDRESS_HEADER] = address;
    if (options.https) response.setHeader("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
    // A body that declares more than any request of ours is refused before a byte of it is read.
    const limit = requestLimitFor(request.url ?? "/");
    if (Number(request.headers["content-length"] ?? 0) > limit) {
      response.writeHead(413, { "content-type": "application/json" });
      response.end(JSON.stringify({ error: oversizedMessage(limit), code: "too-large" }));
      // Read on and throw away what the client is still sending, on an open connection: closing it
      // while the client writes resets it (EPIPE, ECONNRESET), and the client would see a network
      // error instead of this answer. A client that keeps sending for long is cut off.
      const cutOff = setTimeout(() => request.destroy(), DISCARD_FOR_MS).unref();
      request.on("end", () => clearTimeout(cutOff)).resume();
      return;
    }
    void handle(request, response);
  });
}
