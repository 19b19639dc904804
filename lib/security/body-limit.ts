/**
 * Request bodies are bounded twice: the server (scripts/server.ts) refuses anything that declares
 * more than MAX_REQUEST_BYTES, and each route reads at most its own limit, counting the bytes as
 * they arrive (a chunked body declares nothing).
 */
import { fail, ok, type Result } from "@/lib/result";

/** Above the largest request the app takes: server actions are capped by Next at 1 MB. */
export const MAX_REQUEST_BYTES = 2 * 1024 * 1024;

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
