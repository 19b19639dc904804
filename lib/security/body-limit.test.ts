import { describe, expect, it } from "vitest";
import { readBodyWithin } from "./body-limit";
import { MAX_REQUEST_BYTES, MAX_UPLOAD_REQUEST_BYTES, requestLimitFor } from "./body-limit";

/** A request whose body arrives in chunks and declares no length, as a chunked upload does. */
function chunked(chunks: number, size: number) {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent++ >= chunks) return controller.close();
      controller.enqueue(new Uint8Array(size).fill(97));
    },
  });
  return new Request("http://localhost/api/answers", { method: "POST", body, duplex: "half" } as RequestInit);
}

describe("readBodyWithin", () => {
  it("reads a body within the limit", async () => {
    expect(await readBodyWithin(new Request("http://localhost/", { method: "POST", body: '{"a":1}' }), 100)).toEqual({
      ok: true,
      data: '{"a":1}',
    });
  });

  it("refuses a declared length over the limit without reading", async () => {
    const request = new Request("http://localhost/", {
      method: "POST",
      body: "x".repeat(50),
      headers: { "content-length": "5000" },
    });
    expect(await readBodyWithin(request, 4096)).toEqual({
      ok: false,
      code: "too-large",
      error: "The request is too large: send at most 4 KB.",
    });
  });

  it("stops a chunked body as soon as it passes the limit", async () => {
    const request = chunked(10_000, 1024); // 10 MB if read to the end
    expect(await readBodyWithin(request, 4096)).toMatchObject({ ok: false, code: "too-large" });
  });
});

describe("requestLimitFor", () => {
  it("lets only the article import page take an 8 MB file, whatever its query", () => {
    expect(requestLimitFor("/articles/new")).toBe(MAX_UPLOAD_REQUEST_BYTES);
    expect(requestLimitFor("/articles/new?from=list")).toBe(MAX_UPLOAD_REQUEST_BYTES);
    expect(requestLimitFor("/articles/new/../../api/answers")).toBe(MAX_REQUEST_BYTES);
    expect(requestLimitFor("/api/answers")).toBe(MAX_REQUEST_BYTES);
    expect(requestLimitFor("/articles")).toBe(MAX_REQUEST_BYTES);
  });
});
