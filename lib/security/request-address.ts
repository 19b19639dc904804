import { normalizeAddress } from "./client-address";

/**
 * The header our server (scripts/server.ts) sets on every request to the client address it
 * decided (client-address.ts), after dropping any copy the client sent.
 */
export const CLIENT_ADDRESS_HEADER = "x-sourcebound-client-address";

/** The client's address for limits; "unknown" when the app runs without our server in front. */
export function requestAddress(headers: Headers | Record<string, string | string[] | undefined>): string {
  const raw = headers instanceof Headers ? headers.get(CLIENT_ADDRESS_HEADER) : headers[CLIENT_ADDRESS_HEADER];
  return normalizeAddress(Array.isArray(raw) ? raw[0] : (raw ?? undefined)) ?? "unknown";
}
