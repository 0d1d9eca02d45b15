import fs from "node:fs";
import path from "node:path";
import { run } from "./process";
import { bin, REPO_ROOT } from "./paths";

// Everything that ends up in the production build. A build older than any of these is stale.
// Of prisma/ only the schema counts: the seed and migrations are not part of the bundle.
const SOURCES = [
  "app",
  "features",
  "components",
  "lib",
  "i18n",
  "messages",
  "prisma/schema.prisma",
  "public",
  "proxy.ts",
  "global.d.ts",
  "next.config.ts",
  "instrumentation.ts",
  "instrumentation-node.ts",
  "postcss.config.mjs",
  "package-lock.json",
];

const TEST_FILE = /\.test\.tsx?$/;

const BUILD_ID = path.join(REPO_ROOT, ".next", "BUILD_ID");

function newestMtime(entry: string): number {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file shows only in its folder's mtime
  for (const child of fs.readdirSync(entry)) {
    if (TEST_FILE.test(child)) continue; // tests are not bundled
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

/** Why a build is needed, or null when .next is current. */
export function buildStaleReason({ force = false }: { force?: boolean } = {}): string | null {
  if (force) return "a fresh build is required (CI)";
  if (!fs.existsSync(BUILD_ID)) return "no build yet (.next/BUILD_ID missing)";
  const builtAt = fs.statSync(BUILD_ID).mtimeMs;
  for (const source of SOURCES) {
    if (newestMtime(path.join(REPO_ROOT, source)) > builtAt) return `${source} changed since the last build`;
  }
  return null;
}

/** Runs `next build` when the existing build is missing or older than the sources. */
export async function ensureBuild(env: NodeJS.ProcessEnv, options: { force?: boolean } = {}): Promise<void> {
  const reason = buildStaleReason(options);
  if (!reason) {
    console.log("› Using the existing production build (.next is newer than the sources).");
    return;
  }
  console.log(`› Building the app: ${reason}. This takes a few minutes.`);
  const started = Date.now();
  await run(bin("next"), ["build"], { ...env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1" });
  console.log(`› Build finished in ${Math.round((Date.now() - started) / 1000)} s.`);
}
