/**
 * Request bodies are bounded twice: the server (scripts/server.ts) refuses anything that declares
 * more than MAX_REQUEST_BYTES, and each route reads at most its own limit, counting the bytes as
 * they arrive (a chunked body declares nothing).
 */
import { fail, ok, type Result } from "@/lib/result";

/** Above the largest request the app takes, but for an article upload. */
export const MAX_REQUEST_BYTES = 2 * 1024 * 1024;

/**
 * The article import form posts a file of up to 8 MB (lib/articles/extract.server.ts) with its
 * fields: only that page takes bodies this large (next.config.ts raises Next's action limit to it;
 * every action still bounds its own input with zod).
 */
export const MAX_UPLOAD_REQUEST_BYTES = 9 * 1024 * 1024;
export const uploadPaths: readonly string[] = ["/articles/new"];

/** The most bytes a request to this path may declare. */
export function requestLimitFor(path: string): number {
  const pathname = path.split("?")[0];
  return uploadPaths.includes(pathname ?? "") ? MAX_UPLOAD_REQUEST_BYTES : MAX_REQUEST_BYTES;
}

export function oversizedMessage(limitBytes: number): string {
  return `The request is too large: send at most ${formatBytes(limitBytes)}.`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${Math.round(bytes / (1024 * 1024))} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Reads a body as UTF-8 text, stopping (and refusing as too large) as soon as it passes `limitBytes`. */
export async function readBodyWithin(request: Request, limitBytes: number): Promise<Result<string>> {
  const tooLarge = fail("too-large", oversizedMessage(limitBytes));
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > limitBytes) return tooLarge;
  if (!request.body) return ok("");
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > limitBytes) {
      await reader.cancel().catch(() => undefined);
      return tooLarge;
    }
    chunks.push(value);
  }
  return ok(Buffer.concat(chunks).toString("utf8"));
}
