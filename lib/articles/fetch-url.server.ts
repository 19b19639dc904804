/**
 * Fetches an article a teacher names by URL. The server reaching out on a user's behalf is a classic
 * SSRF hole, so every hop (the URL and each redirect) is checked before connecting: http(s) only, no
 * credentials, no localhost, and every address the host resolves to must be public unicast
 * (addresses.ts). The connection is then pinned to the checked addresses so a second DNS answer
 * cannot swap them.
 */
import "server-only";
import { lookup as dnsLookup } from "node:dns/promises";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import { isIP, type LookupFunction } from "node:net";
import { fail, ok, type Result } from "@/lib/result";
import { isPublicAddress } from "./addresses";

export interface FetchedDocument {
  finalUrl: string;
  contentType: string;
  fileName: string;
  bytes: Uint8Array;
}

export type ResolvedAddress = { address: string; family: 4 | 6 };

export interface FetchPolicy {
  /** The whole request including redirects. */
  timeoutMs: number;
  /** Read as the body arrives; the request is aborted past it. */
  maxBytes: number;
  maxRedirects: number;
  /** Test-only: lets the fixture server on loopback through. The app never passes it. */
  allowAddress?: (address: string) => boolean;
  lookup?: (host: string) => Promise<ResolvedAddress[]>;
}

export const defaultFetchPolicy: FetchPolicy = {
  timeoutMs: 10_000,
  maxBytes: 8 * 1024 * 1024,
  maxRedirects: 5,
};

const maxUrlLength = 2_000;
const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Each accepted type with the extensions the extractors recognise; the first is appended when missing. */
const extensionsByType: Record<string, string[]> = {
  "text/html": [".html", ".htm"],
  "application/xhtml+xml": [".xhtml", ".html", ".htm"],
  "text/plain": [".txt"],
  "text/markdown": [".md", ".markdown"],
  "application/pdf": [".pdf"],
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [".docx"],
};

const requestHeaders = {
  "User-Agent": "SourceboundArticleImport/1.0",
  Accept: Object.keys(extensionsByType).join(", "),
  // We do not decompress: ask for the body as is, so the size limit counts what we keep.
  "Accept-Encoding": "identity",
};

const invalidUrl = fail("invalid", "Enter a web address starting with http:// or https://.");
const invalidRedirect = fail("invalid", "That page redirects to an address that cannot be imported.");
const privateAddress = fail(
  "forbidden",
  "That address is on a private network; only public web pages can be imported.",
);

/** The document at `url` (after redirects), or a failure the teacher can act on. */
export async function fetchArticleUrl(
  url: string,
  policyOverrides: Partial<FetchPolicy> = {},
): Promise<Result<FetchedDocument>> {
  const policy: FetchPolicy = { ...defaultFetchPolicy, ...policyOverrides };
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), policy.timeoutMs);
  try {
    return await followRedirects(url, policy, deadline.signal);
  } catch (error) {
    if (deadline.signal.aborted) {
      return fail("invalid", `That site took too long to answer (${Number((policy.timeoutMs / 1000).toFixed(1))} s).`);
    }
    return networkFailure(error);
  } finally {
    clearTimeout(timer);
  }
}

async function followRedirects(
  startUrl: string,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<Result<FetchedDocument>> {
  let target = parseWebUrl(startUrl.trim());
  if (!target) return invalidUrl;
  for (let redirects = 0; ; redirects++) {
    const addresses = await checkedAddresses(target, policy, signal);
    if (!addresses.ok) return addresses;
    const response = await request(target, addresses.data, signal);
    if (!redirectStatuses.has(response.statusCode ?? 0)) return readDocument(target, response, policy, signal);
    response.destroy();
    const location = response.headers.location;
    if (!location) return fail("invalid", "That page redirects without saying where to.");
    if (redirects >= policy.maxRedirects) {
      return fail("invalid", `That address redirects too many times (more than ${policy.maxRedirects}).`);
    }
    target = parseWebUrl(location, target);
    if (!target) return invalidRedirect;
  }
}

/** An http(s) URL without credentials, or null. */
function parseWebUrl(value: string, base?: URL): URL | null {
  if (value.length > maxUrlLength || !URL.canParse(value, base)) return null;
  const url = new URL(value, base);
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (url.username || url.password || !url.hostname || url.href.length > maxUrlLength) return null;
  url.hash = "";
  return url;
}

/** The host's addresses when every one of them may be reached; refused before connecting otherwise. */
async function checkedAddresses(
  url: URL,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<Result<ResolvedAddress[]>> {
  const host = bareHost(url.hostname);
  const name = host.replace(/\.$/, "");
  if (name === "localhost" || name.endsWith(".localhost")) return privateAddress;
  const literalFamily = isIP(host);
  const addresses: ResolvedAddress[] = literalFamily
    ? [{ address: host, family: literalFamily === 6 ? 6 : 4 }]
    : await untilAborted((policy.lookup ?? lookupAll)(host), signal);
  if (addresses.length === 0) return fail("not-found", "No site was found at that address; check it for typos.");
  const allowed = ({ address }: ResolvedAddress) => isPublicAddress(address) || !!policy.allowAddress?.(address);
  return addresses.every(allowed) ? ok(addresses) : privateAddress;
}

async function lookupAll(host: string): Promise<ResolvedAddress[]> {
  const answers = await dnsLookup(host, { all: true, verbatim: true });
  return answers.map(({ address, family }) => ({ address, family: family === 6 ? 6 : 4 }));
}

/** "[::1]" → "::1": the URL brackets IPv6 literals, sockets and address checks do not. */
function bareHost(hostname: string): string {
  return hostname.startsWith("[") && hostname.endsWith("]") ? hostname.slice(1, -1) : hostname;
}

/** Answers the socket's lookup with the addresses already checked, never asking DNS again. */
function pinnedLookup(addresses: ResolvedAddress[]): LookupFunction {
  return (_hostname, options, callback) => {
    const wanted = options.family === 4 || options.family === 6 ? options.family : 0;
    const matching = addresses.filter(({ family }) => !wanted || family === wanted);
    const first = matching[0];
    if (!first) {
      const error: NodeJS.ErrnoException = new Error("No checked address of the requested family.");
      error.code = "ENOTFOUND";
      callback(error, "", 0);
    } else if (options.all) callback(null, matching);
    else callback(null, first.address, first.family);
  };
}

function request(url: URL, addresses: ResolvedAddress[], signal: AbortSignal): Promise<IncomingMessage> {
  const secure = url.protocol === "https:";
  const hostname = bareHost(url.hostname);
  return new Promise((resolve, reject) => {
    const outgoing = (secure ? https : http).request(
      {
        protocol: url.protocol,
        // The original name, so Host and TLS (SNI, certificate check) are about the site asked for.
        hostname,
        port: url.port || undefined,
        path: `${url.pathname}${url.search}`,
        method: "GET",
        headers: requestHeaders,
        lookup: pinnedLookup(addresses),
        // No pooled sockets: every connection goes through the checked lookup above.
        agent: false,
        signal,
        ...(secure && !isIP(hostname) ? { servername: hostname } : {}),
      },
      resolve,
    );
    outgoing.on("error", reject);
    outgoing.end();
  });
}

async function readDocument(
  url: URL,
  response: IncomingMessage,
  policy: FetchPolicy,
  signal: AbortSignal,
): Promise<Result<FetchedDocument>> {
  const status = response.statusCode ?? 0;
  const contentType = (response.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
  const encoding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  const declaredLength = Number(response.headers["content-length"]);
  const refusal =
    status < 200 || status > 299
      ? fail("invalid", `That page answered with HTTP ${status}.`)
      : !(contentType in extensionsByType)
        ? fail(
            "unsupported",
            `That address is not a web page, PDF or Word document (it is ${contentType || "of no stated type"}).`,
          )
        : encoding !== "identity"
          ? fail("unsupported", `That site sent the page compressed (${encoding}), which cannot be imported.`)
          : declaredLength > policy.maxBytes
            ? tooLarge(policy.maxBytes)
            : null;
  if (refusal) {
    response.destroy();
    return refusal;
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of untilAbortedStream(response, signal)) {
    received += chunk.length;
    if (received > policy.maxBytes) {
      response.destroy();
      return tooLarge(policy.maxBytes);
    }
    chunks.push(chunk);
  }
  const bytes = new Uint8Array(Buffer.concat(chunks));
  return ok({ finalUrl: url.href, contentType, fileName: fileNameFor(url, contentType), bytes });
}

/** The last path segment, with an extension the extractors recognise for `contentType`. */
function fileNameFor(url: URL, contentType: string): string {
  const extensions = extensionsByType[contentType] ?? [".html"];
  const segment = url.pathname.split("/").pop() ?? "";
  let decoded = segment;
  try {
    decoded = decodeURIComponent(segment);
  } catch {
    // A malformed escape: keep the segment as it was written.
  }
  // The name may end up on disk or in a header: no separators or control characters.
  const base = decoded.replace(/[\\/\p{Cc}]/gu, "_").slice(0, 200) || "page";
  const lower = base.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension)) ? base : `${base}${extensions[0]}`;
}

function tooLarge(maxBytes: number) {
  const megabytes = maxBytes / (1024 * 1024);
  const size = megabytes >= 1 ? `${Number(megabytes.toFixed(1))} MB` : `${Math.ceil(maxBytes / 1024)} KB`;
  return fail("too-large", `That page is larger than ${size}.`);
}

/** Network trouble is expected input, not a bug: a sentence for the user. Anything else is rethrown. */
function networkFailure(error: unknown) {
  const code = error instanceof Error && "code" in error && typeof error.code === "string" ? error.code : null;
  if (code === null) throw error;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "ENODATA") {
    return fail("not-found", "No site was found at that address; check it for typos.");
  }
  if (/^(CERT_|ERR_TLS_|ERR_SSL_)|SELF_SIGNED|UNABLE_TO_VERIFY|UNABLE_TO_GET/.test(code)) {
    return fail("invalid", "That site's security certificate is not valid, so it cannot be imported.");
  }
  return fail("invalid", "Could not connect to that site; check the address or try again later.");
}

/** Rejects as soon as the deadline passes: DNS lookups cannot be cancelled, only left behind. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener("abort", onAbort));
  });
}

/** The body's chunks, ending in an error when the deadline passes mid-body. */
async function* untilAbortedStream(response: IncomingMessage, signal: AbortSignal): AsyncGenerator<Buffer> {
  const onAbort = () => response.destroy(signal.reason instanceof Error ? signal.reason : new Error("Aborted"));
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    for await (const chunk of response) yield chunk as Buffer;
  } finally {
    signal.removeEventListener("abort", onAbort);
  }
}
