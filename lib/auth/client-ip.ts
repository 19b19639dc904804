/**
 * The client's address as Next.js reports it: its server sets x-forwarded-for to the socket
 * address when no proxy did. Behind a reverse proxy, the proxy must set it (see docs/decisions).
 */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const raw = headers instanceof Headers ? headers.get("x-forwarded-for") : headers["x-forwarded-for"];
  const first = (Array.isArray(raw) ? raw[0] : raw)?.split(",")[0]?.trim();
  return first ? first.slice(0, 64) : "unknown";
}
