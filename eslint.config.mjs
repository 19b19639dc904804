import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

/**
 * The layers of lib/, lowest first (docs/ARCHITECTURE.md, "Layers of lib/"). A file may import
 * its own folder and the layers below it, never one above and never a sibling of its own layer.
 */
const layers = [
  ["lib/result.ts", "lib/text", "lib/dates.ts", "lib/download.ts", "lib/env.server.ts", "lib/generated"],
  ["lib/schemas.ts"],
  ["lib/db"],
  ["lib/security"],
  ["lib/accounts"],
  ["lib/auth"],
  ["lib/articles"],
  ["lib/facts"],
  ["lib/quiz"],
  ["lib/grading"],
  ["lib/study"],
  ["lib/curation"],
  ["lib/scheduling", "lib/progress"],
  ["lib/classes", "lib/decks"],
  ["lib/assignments", "lib/exports"],
  ["lib/demo"],
];

const zones = layers.flatMap((layer, index) =>
  layer.map((target) => ({
    target: `./${target}`,
    from: [...layer.filter((sibling) => sibling !== target), ...layers.slice(index + 1).flat()].map(
      (path) => `./${path}`,
    ),
    message: "lib/ imports run down the data flow: see the layer table in docs/ARCHITECTURE.md.",
  })),
);

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    files: ["lib/**/*.ts"],
    // Tests and their fixtures may wire layers together.
    ignores: ["**/*.test.ts", "**/test-support.ts", "**/test-fixtures.ts"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            ...zones,
            {
              target: "./lib",
              from: ["./app", "./components", "./scripts", "./tests"],
              message: "lib/ never imports the app, its components, scripts or tests.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            {
              target: "./components",
              from: ["./app"],
              message: "Components get server actions as props; they never import app/.",
            },
          ],
        },
      ],
    },
  },
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "lib/generated/**",
    "next-env.d.ts",
    "test-results/**",
    "playwright-report/**",
    "data/**",
    // The page-weight benchmark's bare Next.js app and its build (scripts/bench-pages.ts).
    ".sourcebound/**",
  ]),
]);
