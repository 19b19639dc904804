import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchArticleUrl, type FetchPolicy } from "./fetch-url.server";

const privateNetwork = {
  ok: false,
  code: "forbidden",
  error: "That address is on a private network; only public web pages can be imported.",
};
const invalidUrl = { ok: false, code: "invalid", error: "Enter a web address starting with http:// or https://." };
const fixtureOnly: Partial<FetchPolicy> = { allowAddress: (address) => address === "127.0.0.1" };
const megabyte = 1024 * 1024;

let server: Server;
let base: string;
let port: number;
/** The headers of the last request to /echo. */
let lastHeaders: IncomingHttpHeaders = {};

function send(response: ServerResponse, status: number, type: string, body: string | Buffer) {
  response.writeHead(status, { "Content-Type": type, "Content-Length": Buffer.byteLength(body) });
  response.end(body);
}

/** Writes `total` bytes in chunks without a Content-Length, stopping when the client goes away. */
function stream(response: ServerResponse, total: number) {
  response.writeHead(200, { "Content-Type": "text/plain" });
  const chunk = Buffer.alloc(64 * 1024, "a");
  let sent = 0;
  const writeMore = () => {
    while (sent < total && !response.destroyed) {
      sent += chunk.length;
      if (!response.write(chunk)) return void response.once("drain", writeMore);
    }
    response.end();
  };
  writeMore();
}

beforeAll(async () => {
  server = createServer((request, response) => {
    response.on("error", () => {}); // the client hanging up on purpose is part of the tests
    const url = new URL(request.url ?? "/", "http://fixture");
    const redirectsLeft = /^\/chain\/(\d+)$/.exec(url.pathname);
    if (url.pathname === "/article") return send(response, 200, "text/html; charset=utf-8", "<h1>Tides</h1>");
    if (url.pathname === "/echo") {
      lastHeaders = request.headers;
      return send(response, 200, "text/plain", "echo");
    }
    if (redirectsLeft) {
      const left = Number(redirectsLeft[1]);
      response.writeHead(302, { Location: left > 0 ? `/chain/${left - 1}` : "/article", "Set-Cookie": "session=1" });
      return response.end();
    }
    if (url.pathname === "/loop") return response.writeHead(301, { Location: "/loop" }).end();
    if (url.pathname === "/redirect-to") {
      return response.writeHead(307, { Location: url.searchParams.get("target") ?? "/" }).end();
    }
    if (url.pathname === "/huge") return stream(response, 9 * megabyte);
    if (url.pathname === "/declared-huge") {
      // Announces 100 MB, then sends a little and stalls: only the announced length can refuse it in time.
      response.writeHead(200, { "Content-Type": "text/html", "Content-Length": 100 * megabyte });
      return void response.write("<p>");
    }
    if (url.pathname === "/slow") return void setTimeout(() => send(response, 200, "text/html", "late"), 3_000);
    if (url.pathname === "/slow-body") {
      response.writeHead(200, { "Content-Type": "text/html" });
      response.write("<p>");
      return void setTimeout(() => response.end("late</p>"), 3_000);
    }
    if (url.pathname === "/logo.png") return send(response, 200, "image/png", Buffer.from([0x89, 0x50]));
    if (url.pathname.startsWith("/files/")) return send(response, 200, url.searchParams.get("type")!, "x");
    send(response, 404, "text/html", "<h1>Not found</h1>");
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe("fetchArticleUrl against the fixture server", () => {
  it("fetches an HTML page with its type, final address and file name", async () => {
    const result = await fetchArticleUrl(`${base}/article`, fixtureOnly);
    expect(result).toMatchObject({
      ok: true,
      data: { finalUrl: `${base}/article`, contentType: "text/html", fileName: "article.html" },
    });
    expect(result.ok && new TextDecoder().decode(result.data.bytes)).toBe("<h1>Tides</h1>");
  });

  it("identifies itself, asks for the readable types and sends no cookies, even after being given one", async () => {
    const result = await fetchArticleUrl(`${base}/redirect-to?target=/echo`, fixtureOnly);
    expect(result.ok).toBe(true);
    expect(lastHeaders["user-agent"]).toBe("SourceboundArticleImport/1.0");
    expect(lastHeaders.accept).toContain("text/html");
    expect(lastHeaders.accept).toContain("application/pdf");
    expect(lastHeaders.cookie).toBeUndefined();
  });

  it("follows a redirect chain up to the limit and reports where it ended", async () => {
    const result = await fetchArticleUrl(`${base}/chain/2`, { ...fixtureOnly, maxRedirects: 3 });
    expect(result).toMatchObject({ ok: true, data: { finalUrl: `${base}/article` } });
  });

  it("gives up after too many redirects", async () => {
    expect(await fetchArticleUrl(`${base}/chain/2`, { ...fixtureOnly, maxRedirects: 2 })).toEqual({
      ok: false,
      code: "invalid",
      error: "That address redirects too many times (more than 2).",
    });
    expect(await fetchArticleUrl(`${base}/loop`, fixtureOnly)).toMatchObject({ ok: false, code: "invalid" });
  });

  it("stops reading a body that grows past the limit", async () => {
    const result = await fetchArticleUrl(`${base}/huge`, fixtureOnly);
    // Not the result itself: a diff of megabytes of body would take the test runner a minute.
    expect(result.ok ? `read ${result.data.bytes.length} bytes` : result).toEqual({
      ok: false,
      code: "too-large",
      error: "That page is larger than 8 MB.",
    });
  });

  it("refuses a body whose announced length is past the limit without waiting for it", async () => {
    const started = Date.now();
    expect(await fetchArticleUrl(`${base}/declared-huge`, fixtureOnly)).toMatchObject({ code: "too-large" });
    expect(Date.now() - started).toBeLessThan(2_000);
  });

  it("gives up on a slow answer, and on a slow body, at the deadline", async () => {
    const tooLong = { ok: false, code: "invalid", error: "That site took too long to answer (0.3 s)." };
    expect(await fetchArticleUrl(`${base}/slow`, { ...fixtureOnly, timeoutMs: 300 })).toEqual(tooLong);
    expect(await fetchArticleUrl(`${base}/slow-body`, { ...fixtureOnly, timeoutMs: 300 })).toEqual(tooLong);
  });

  it("reports an error status", async () => {
    expect(await fetchArticleUrl(`${base}/missing`, fixtureOnly)).toEqual({
      ok: false,
      code: "invalid",
      error: "That page answered with HTTP 404.",
    });
  });

  it("refuses what is not a page, PDF or Word document", async () => {
    expect(await fetchArticleUrl(`${base}/logo.png`, fixtureOnly)).toEqual({
      ok: false,
      code: "unsupported",
      error: "That address is not a web page, PDF or Word document (it is image/png).",
    });
  });

  it.each([
    ["/files/paper.pdf", "application/pdf", "paper.pdf"],
    ["/files/paper", "application/pdf", "paper.pdf"],
    ["/files/essay", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "essay.docx"],
    ["/files/notes", "text/plain", "notes.txt"],
    ["/files/readme.md", "text/markdown", "readme.md"],
    ["/files/index.php", "text/html", "index.php.html"],
    ["/files/", "text/html", "page.html"],
    ["/files/a%2F..%2Fb", "text/html", "a_.._b.html"],
  ])("names %s served as %s %s", async (path, type, fileName) => {
    const result = await fetchArticleUrl(`${base}${path}?type=${encodeURIComponent(type)}`, fixtureOnly);
    expect(result).toMatchObject({ ok: true, data: { contentType: type, fileName } });
  });

  it("connects to the checked address while keeping the site's name in Host", async () => {
    const lookup = vi.fn(async () => [{ address: "127.0.0.1", family: 4 as const }]);
    const result = await fetchArticleUrl(`http://fixture.test:${port}/echo`, { ...fixtureOnly, lookup });
    expect(result.ok).toBe(true);
    expect(lastHeaders.host).toBe(`fixture.test:${port}`);
    expect(lookup).toHaveBeenCalledExactlyOnceWith("fixture.test");
  });

  it("reads the numeric forms of a literal address as the address they stand for", async () => {
    const result = await fetchArticleUrl(`http://2130706433:${port}/article`, fixtureOnly);
    expect(result).toMatchObject({ ok: true, data: { finalUrl: `${base}/article` } });
  });
});

describe("fetchArticleUrl refuses private networks", () => {
  it("refuses the fixture on loopback without the test allowance", async () => {
    expect(await fetchArticleUrl(`${base}/article`)).toEqual(privateNetwork);
  });

  it.each(["http://169.254.169.254/latest/meta-data", "http://[::1]/"])(
    "refuses a redirect from the allowed fixture to %s",
    async (target) => {
      const result = await fetchArticleUrl(`${base}/redirect-to?target=${encodeURIComponent(target)}`, fixtureOnly);
      expect(result).toEqual(privateNetwork);
    },
  );

  it.each([
    "http://0x7f.1/",
    "http://2130706433/",
    "http://127.1/",
    "http://0177.0.0.1/",
    "http://[::1]/",
    "http://[::ffff:127.0.0.1]/",
    "http://[::ffff:a00:1]:8080/",
    "http://10.0.0.1/",
    "https://192.168.0.1:8443/admin",
    "http://0.0.0.0/",
  ])("refuses the literal address %s", async (url) => {
    expect(await fetchArticleUrl(url)).toEqual(privateNetwork);
  });

  it.each(["http://localhost/", "http://LOCALHOST./", "http://admin.localhost:3000/"])(
    "refuses %s before resolving it",
    async (url) => {
      const lookup = vi.fn(async () => [{ address: "8.8.8.8", family: 4 as const }]);
      expect(await fetchArticleUrl(url, { lookup })).toEqual(privateNetwork);
      expect(lookup).not.toHaveBeenCalled();
    },
  );

  it("refuses a name that resolves to public and private addresses at once", async () => {
    const lookup = async () => [
      { address: "93.184.216.34", family: 4 as const },
      { address: "2606:4700::1111", family: 6 as const },
      { address: "192.168.1.20", family: 4 as const },
    ];
    expect(await fetchArticleUrl("https://evil.example/", { lookup })).toEqual(privateNetwork);
  });

  it("refuses a name that resolves to a private address", async () => {
    const lookup = async () => [{ address: "10.0.0.1", family: 4 as const }];
    expect(await fetchArticleUrl("http://intranet.example/wiki", { lookup })).toEqual(privateNetwork);
  });

  it("reports a name that resolves to nothing", async () => {
    const result = await fetchArticleUrl("http://nothing.example/", { lookup: async () => [] });
    expect(result).toMatchObject({ ok: false, code: "not-found" });
  });
});

describe("fetchArticleUrl refuses addresses that are not web addresses", () => {
  it.each([
    "ftp://example.com/article.html",
    "file:///etc/passwd",
    "javascript:alert(1)",
    "data:text/html,<h1>hi</h1>",
    "not a url",
    "",
    "http://user:secret@example.com/",
    "https://user@example.com/",
    `https://example.com/${"a".repeat(2_000)}`,
  ])("refuses %j", async (url) => {
    const lookup = vi.fn(async () => [{ address: "8.8.8.8", family: 4 as const }]);
    expect(await fetchArticleUrl(url, { lookup })).toEqual(invalidUrl);
    expect(lookup).not.toHaveBeenCalled();
  });

  it("refuses a redirect to another scheme", async () => {
    const result = await fetchArticleUrl(`${base}/redirect-to?target=file:///etc/passwd`, fixtureOnly);
    expect(result).toEqual({
      ok: false,
      code: "invalid",
      error: "That page redirects to an address that cannot be imported.",
    });
  });
});
