import { isIP } from "node:net";

/**
 * The client's address, decided once per request by the server (scripts/server.ts) and handed to
 * the app in `x-forwarded-for`, replacing whatever the client sent (decision 0011).
 *
 * With no trusted proxy (the default) it is the socket's peer: a made-up X-Forwarded-For changes
 * nothing. Behind `trustedHops` proxies, each appends the address it saw, so the client is the
 * entry that many places from the right (the socket counts as the last hop); anything further left
 * was written by the client and is ignored.
 */
export function clientAddress(
  socketAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const peer = normalizeAddress(socketAddress) ?? "unknown";
  if (trustedHops <= 0) return peer;
  const chain = [forwardedFor ?? []]
    .flat()
    .flatMap((header) => header.split(","))
    .map((entry) => entry.trim())
    .filter(Boolean);
  // chain + peer: the last `trustedHops` entries were written by proxies we trust; the one before
  // them is the client. A shorter chain than configured gives its leftmost entry.
  const hops = [...chain, peer];
  return normalizeAddress(hops[Math.max(0, hops.length - 1 - trustedHops)]) ?? peer;
}

/** An IPv4 or IPv6 address without port or brackets ("::ffff:10.0.0.1" → "10.0.0.1"); null when it is not one. */
export function normalizeAddress(value: string | undefined): string | null {
  if (!value) return null;
  let address = value.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed) address = bracketed[1]!;
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(address)) address = address.slice(0, address.lastIndexOf(":"));
  if (address.toLowerCase().startsWith("::ffff:") && isIP(address.slice(7)) === 4) address = address.slice(7);
  return isIP(address) ? address.toLowerCase() : null;
}
