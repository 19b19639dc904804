import type { NextConfig } from "next";
import { withSerwist } from "@serwist/turbopack";

/**
 * Headers for every response, static files included. The Content-Security-Policy needs a fresh
 * nonce per page, so proxy.ts sets it (see lib/security/csp.ts).
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Native addons stay outside the server bundle.
  serverExternalPackages: ["better-sqlite3", "@node-rs/argon2", "pg"],
  experimental: {
    // forbidden() renders app/forbidden.tsx with status 403.
    authInterrupts: true,
    // The article import form uploads files of up to 8 MB (lib/security/body-limit.ts).
    serverActions: { bodySizeLimit: "9mb" },
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // The service worker is checked for a new version on every visit, never kept by a cache in between.
      { source: "/serwist/:path*", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

// Serwist bundles app/sw.ts at build time (app/serwist/[path]/route.ts; decision 0017).
export default withSerwist(nextConfig);
