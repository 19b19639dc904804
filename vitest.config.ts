import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@/": root,
      // Vitest is not a React Server Components environment; the guard has nothing to guard here.
      "server-only": fileURLToPath(new URL("./tests/setup/server-only.ts", import.meta.url)),
    },
  },
  test: {
    environment: "node",
    globalSetup: ["tests/setup/database.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          include: ["lib/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
          exclude: ["**/*.db.test.ts"],
        },
      },
      // Database tests share one database and some own whole tables (the corpus import): one file at a time.
      {
        extends: true,
        test: {
          name: "db",
          include: ["lib/**/*.db.test.ts", "prisma/**/*.db.test.ts", "app/**/*.db.test.ts"],
          fileParallelism: false,
        },
      },
    ],
  },
});
