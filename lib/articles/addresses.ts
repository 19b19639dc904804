/**
 * Which IP addresses a server-side fetch may connect to: public unicast only. Private, loopback,
 * link-local, unique-local, CGNAT, multicast and reserved ranges are refused, and so is an IPv6
 * address that carries one of them inside (IPv4-mapped, 6to4, Teredo, NAT64).
 */
import ipaddr from "ipaddr.js";

/** Whether a connection to `address` can only reach the public internet (public unicast). */
export function isPublicAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.parse(address);
  if (parsed.kind() === "ipv4") return parsed.range() === "unicast";
  const ipv6 = parsed as ipaddr.IPv6;
  const range = ipv6.range();
  if (range === "ipv4Mapped") return isPublicAddress(ipv6.toIPv4Address().toString());
  // Tunnels and NAT64 carry an IPv4 address inside: they are as public as what they lead to.
  const embedded = embeddedIPv4Addresses(ipv6);
  if (embedded) return embedded.every(isPublicAddress);
  // ::/8 is reserved; it holds the deprecated IPv4-compatible form (::10.0.0.1), which ipaddr.js calls unicast.
  if (ipv6.match(ipaddr.IPv6.parseCIDR("::/8"))) return false;
  return range === "unicast";
}

/** The IPv4 addresses inside a 6to4, Teredo or NAT64 address; null for any other range. */
function embeddedIPv4Addresses(address: ipaddr.IPv6): string[] | null {
  const ipv4 = (high: number, low: number) =>
    new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]).toString();
  const [, p1 = 0, p2 = 0, p3 = 0, , , p6 = 0, p7 = 0] = address.parts;
  switch (address.range()) {
    case "6to4":
      return [ipv4(p1, p2)];
    case "teredo":
      // The Teredo server, and the client's public address (stored inverted).
      return [ipv4(p2, p3), ipv4(~p6 & 0xffff, ~p7 & 0xffff)];
    case "rfc6052":
      // Only the well-known prefix embeds at a fixed place; 64:ff9b:1::/48 is for local networks.
      return address.match(ipaddr.IPv6.parseCIDR("64:ff9b::/96")) ? [ipv4(p6, p7)] : ["0.0.0.0"];
    default:
      return null;
  }
}
