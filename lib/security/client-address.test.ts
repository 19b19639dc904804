import { describe, expect, it } from "vitest";
import { clientAddress, normalizeAddress } from "./client-address";

describe("clientAddress", () => {
  it("ignores X-Forwarded-For unless a proxy is trusted", () => {
    expect(clientAddress("127.0.0.1", "203.0.113.7", 0)).toBe("127.0.0.1");
    expect(clientAddress("::ffff:127.0.0.1", ["1.1.1.1, 2.2.2.2"], 0)).toBe("127.0.0.1");
  });

  it("behind one trusted proxy takes the address that proxy appended, not what the client wrote", () => {
    // The client sent "6.6.6.6"; the proxy appended the client's real address 198.51.100.4.
    expect(clientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4", 1)).toBe("198.51.100.4");
    expect(clientAddress("10.0.0.2", "198.51.100.4", 1)).toBe("198.51.100.4");
  });

  it("counts hops from the right for two proxies", () => {
    expect(clientAddress("10.0.0.3", "6.6.6.6, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
  });

  it("falls back to the socket for garbage and missing headers", () => {
    expect(clientAddress("10.0.0.2", "not an address", 1)).toBe("10.0.0.2");
    expect(clientAddress("10.0.0.2", undefined, 1)).toBe("10.0.0.2");
    expect(clientAddress(undefined, undefined, 0)).toBe("unknown");
  });
});

describe("normalizeAddress", () => {
  it("strips ports, brackets and the IPv4-mapped prefix", () => {
    expect(normalizeAddress("198.51.100.4:5123")).toBe("198.51.100.4");
    expect(normalizeAddress("[2001:DB8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("::ffff:10.1.2.3")).toBe("10.1.2.3");
    expect(normalizeAddress("<script>")).toBeNull();
  });
});
