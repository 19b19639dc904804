import { describe, expect, it } from "vitest";
import { isPublicAddress } from "./addresses";

describe("isPublicAddress", () => {
  it.each([
    ["8.8.8.8", true],
    ["2606:4700::1111", true],
    ["::ffff:8.8.8.8", true],
    ["10.1.2.3", false],
    ["172.16.0.1", false],
    ["192.168.1.1", false],
    ["100.64.0.1", false],
    ["169.254.169.254", false],
    ["127.0.0.1", false],
    ["0.0.0.0", false],
    ["224.0.0.1", false],
    ["255.255.255.255", false],
    ["::1", false],
    ["::", false],
    ["fe80::1", false],
    ["fc00::1", false],
    ["ff02::1", false],
    ["::ffff:127.0.0.1", false],
    ["::ffff:10.0.0.1", false],
    ["::a00:1", false], // IPv4-compatible ::10.0.0.1
    ["2002:a00:1::1", false], // 6to4 around 10.0.0.1
    ["2002:808:808::1", true], // 6to4 around 8.8.8.8
    ["64:ff9b::a9fe:a9fe", false], // NAT64 to 169.254.169.254
    ["64:ff9b::808:808", true], // NAT64 to 8.8.8.8
    ["2001:0:808:808:0:0:80ff:fefe", false], // Teredo whose client is 127.0.1.1
    ["not an address", false],
  ])("%s → %s", (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});
