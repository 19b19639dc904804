import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { createSerwistRoute } from "@serwist/turbopack";

// The offline page's precache revision changes when its source does (the build has no git to ask).
const revision = createHash("sha256").update(readFileSync("app/offline/page.tsx")).digest("hex").slice(0, 16);

/** /serwist/sw.js: app/sw.ts bundled with its precache list at build time, then served as a static file. */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  // esbuild is installed (tsx uses it); the default on Linux would look for esbuild-wasm.
  useNativeEsbuild: true,
  additionalPrecacheEntries: [{ url: "/offline", revision }],
});
