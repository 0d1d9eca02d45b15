import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { boundaries } from "./eslint/boundaries.mjs";

// Boundaries are kept by the linter, not by memory (STYLE.md rule 11). test/lint-boundaries.test.ts
// proves that each rule below fails on a deliberately bad file.

const NO_DB_CLIENT = {
  group: ["@/lib/db", "**/lib/db"],
  message: "Pages, route handlers and components read data through features/*/queries (or a lib/ helper), never the db client.",
};
const NO_FEATURES = {
  group: ["@/features/*", "@/features/**", "**/features/**"],
  message: "components/ holds shared UI below the features: pass the data in as props instead.",
};

/** Where process.env may be read besides lib/env.ts, and why. */
const PROCESS_ENV_EXEMPT = [
  // CLIs: they build the environment of the processes they start (seed, demo, e2e server, benchmarks).
  "scripts/**",
  // Tests and end-to-end fixtures set variables up for the code under test.
  "test/**",
  "e2e/**",
  "**/*.test.ts",
  "**/*.test.tsx",
  // Tool configs run in the tool's process, before and outside the app (Prisma CLI, Playwright, Vitest, Next).
  "*.config.ts",
  "*.config.mjs",
  // Next.js needs the literal process.env.NEXT_RUNTIME to drop the Node-only import from the edge bundle.
  "instrumentation.ts",
  "lib/env.ts",
];

const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ["generated/**", ".next/**", "data/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    plugins: { boundaries },
    rules: {
      "boundaries/no-process-env": "error",
    },
  },
  { files: PROCESS_ENV_EXEMPT, rules: { "boundaries/no-process-env": "off" } },
  {
    files: ["features/**/*.ts", "features/**/*.tsx"],
    rules: {
      "boundaries/no-feature-cycles": "error",
      "boundaries/permissions-in-permissions-files": "error",
    },
  },
  {
    files: ["app/**/*.ts", "app/**/*.tsx", "features/*/components/**/*.ts", "features/*/components/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_DB_CLIENT] }] },
  },
  {
    files: ["components/**/*.ts", "components/**/*.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: [NO_DB_CLIENT, NO_FEATURES] }] },
  },
];
export default config;
