import type { AddressInfo } from "node:net";
import { request as httpRequest } from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { createAppServer, type AppServerOptions } from "./app-server";

/** The server in front of a stand-in for Next that echoes the headers the app would see. */
async function serve(options: AppServerOptions) {
  const server = createAppServer((request, response) => {
    response.setHeader("content-type", "application/json");
    response.end(JSON.stringify(request.headers));
  }, options);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  servers.push(server);
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}
const servers: ReturnType<typeof createAppServer>[] = [];
afterEach(() => Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve)))));

async function seenHeaders(base: string, headers: Record<string, string>) {
  const response = await fetch(`${base}/api/answers`, { headers });
  return {
    headers: (await response.json()) as Record<string, string>,
    hsts: response.headers.get("strict-transport-security"),
  };
}

describe("the server in front of the app", () => {
  it("takes the client's address from the socket and drops forwarding headers a client made up", async () => {
    const base = await serve({ trustProxy: 0, https: false });
    const { headers } = await seenHeaders(base, {
      "x-forwarded-for": "203.0.113.7",
      "x-sourcebound-client-address": "198.51.100.1",
      "x-forwarded-host": "evil.example",
    });
    expect(headers["x-sourcebound-client-address"]).toBe("127.0.0.1");
    expect(headers["x-forwarded-for"]).toBe("127.0.0.1");
    expect(headers["x-forwarded-host"]).toBeUndefined();
  });

  it("behind a trusted proxy believes the entry that proxy appended", async () => {
    const base = await serve({ trustProxy: 1, https: false });
    const { headers } = await seenHeaders(base, { "x-forwarded-for": "6.6.6.6, 198.51.100.4" });
    expect(headers["x-sourcebound-client-address"]).toBe("198.51.100.4");
  });

  it("sends HSTS only behind an https public URL", async () => {
    expect((await seenHeaders(await serve({ trustProxy: 0, https: true }), {})).hsts).toBe(
      "max-age=63072000; includeSubDomains",
    );
    expect((await seenHeaders(await serve({ trustProxy: 0, https: false }), {})).hsts).toBeNull();
  });

  it("refuses a body declared larger than 2 MB with 413 before reading it", async () => {
    const base = await serve({ trustProxy: 0, https: false });
    const { status, body } = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      // Declares 20 MB and sends only the start: the answer must not wait for the rest.
      const req = httpRequest(
        `${base}/api/health`,
        { method: "POST", headers: { "content-length": String(20 * 1024 * 1024), "content-type": "application/json" } },
        (res) => {
          let text = "";
          res.on("data", (chunk: Buffer) => (text += chunk.toString()));
          res.on("end", () => {
            req.destroy(); // the answer came without waiting for the rest: stop sending it
            resolve({ status: res.statusCode!, body: text });
          });
        },
      );
      req.on("error", reject);
      req.write("{".repeat(1024));
    });
    expect(status).toBe(413);
    expect(JSON.parse(body)).toEqual({ error: "The request is too large: send at most 2 MB.", code: "too-large" });
  });
});
