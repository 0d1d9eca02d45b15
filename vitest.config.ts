import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: [
      // `server-only` throws outside a React server bundle; in tests server modules are plain modules.
      { find: /^server-only$/, replacement: `${root}test/empty.ts` },
      { find: /^@\//, replacement: root },
    ],
  },
  test: {
    include: ["**/*.test.ts", "**/*.test.tsx"],
    exclude: ["e2e/**", "node_modules/**", ".next/**", "generated/**", "data/**", "test-results/**", "playwright-report/**"],
    environment: "node",
    setupFiles: ["./test/setup.ts"],
    // Forks isolate native modules (better-sqlite3, argon2) per test file; two cores, so two workers.
    pool: "forks",
    maxWorkers: 2,
    testTimeout: 15_000,
    hookTimeout: 30_000,
  },
});
