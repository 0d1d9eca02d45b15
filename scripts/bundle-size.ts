// `npx tsx scripts/bundle-size.ts [--url http://localhost:3210] [--path /de/angebote] [--check]`
// Measures the search page's first-load JavaScript as a browser gets it from a production server
// (`next start`, e.g. the e2e server: `E2E_PORT=3220 npx playwright test` or `npm run build && npm start`):
// fetches the page, collects every <script src> under /_next/static, gzips each file with zlib
// (level 9, like a compressing proxy) and sums the sizes. The map is loaded only when opened, so
// its chunks are not part of this number. With --check it exits 1 above the budget (150 kB).
// The result is also written to .next/search-first-load.json, which `npm run bench:search` prints.
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { E2E_BASE_URL } from "./lib/e2e-env";
import { REPO_ROOT } from "./lib/paths";

export const BUNDLE_BUDGET_KB = 150;
export const DEFAULT_BUNDLE_PATH = "/de/angebote";

export type BundleReport = {
  url: string;
  scripts: { src: string; bytes: number; gzipBytes: number }[];
  totalBytes: number;
  totalGzipBytes: number;
};

/**
 * `src` values of the page's <script> tags that point at Next's static chunks, in document order,
 * once each. `nomodule` scripts (legacy polyfills) are skipped: browsers that run modules never load them.
 */
export function staticScriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const match of html.matchAll(/<script\b[^>]*?\ssrc\s*=\s*["']([^"']+)["'][^>]*>/gi)) {
    if (/\snomodule\b/i.test(match[0])) continue;
    const src = match[1].replaceAll("&amp;", "&");
    if (src.startsWith("/_next/static/") && !sources.includes(src)) sources.push(src);
  }
  return sources;
}

async function fetchOk(url: string): Promise<Response> {
  const response = await fetch(url, { headers: { "accept-language": "de" }, redirect: "follow" });
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`);
  return response;
}

export async function measureBundle(baseUrl: string, pagePath = DEFAULT_BUNDLE_PATH): Promise<BundleReport> {
  const url = new URL(pagePath, baseUrl).href;
  const html = await (await fetchOk(url)).text();
  const sources = staticScriptSources(html);
  if (sources.length === 0) throw new Error(`${url} has no <script src="/_next/static/…">: is this a Next.js production server?`);
  const scripts = await Promise.all(
    sources.map(async (src) => {
      const body = Buffer.from(await (await fetchOk(new URL(src, baseUrl).href)).arrayBuffer());
      return { src, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
    }),
  );
  return {
    url,
    scripts,
    totalBytes: scripts.reduce((sum, s) => sum + s.bytes, 0),
    totalGzipBytes: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
  };
}

export const kB = (bytes: number) => (bytes / 1000).toFixed(1);

function option(args: string[], name: string): string | undefined {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
}

async function main() {
  const args = process.argv.slice(2);
  const baseUrl = option(args, "--url") ?? process.env.BUNDLE_BASE_URL ?? E2E_BASE_URL;
  const pagePath = option(args, "--path") ?? DEFAULT_BUNDLE_PATH;
  const report = await measureBundle(baseUrl, pagePath);
  if (args.includes("--verbose")) {
    for (const s of [...report.scripts].sort((a, b) => b.gzipBytes - a.gzipBytes))
      console.log(`  ${kB(s.gzipBytes).padStart(7)} kB  ${s.src}`);
  }
  console.log(
    `First-load JS of ${report.url}: ${kB(report.totalGzipBytes)} kB gzipped (${kB(report.totalBytes)} kB raw, ${report.scripts.length} scripts); budget ${BUNDLE_BUDGET_KB} kB`,
  );
  if (pagePath === DEFAULT_BUNDLE_PATH) writeSummary(report);
  if (args.includes("--check") && report.totalGzipBytes > BUNDLE_BUDGET_KB * 1000) {
    console.error(`Over budget by ${kB(report.totalGzipBytes - BUNDLE_BUDGET_KB * 1000)} kB.`);
    process.exit(1);
  }
}

/** One line for the benchmark output: the figure, the build it belongs to and when it was taken. */
function writeSummary(report: BundleReport) {
  const nextDir = path.join(REPO_ROOT, ".next");
  if (!fs.existsSync(nextDir)) return;
  const buildIdFile = path.join(nextDir, "BUILD_ID");
  const summary = {
    gzipKB: Number(kB(report.totalGzipBytes)),
    rawKB: Number(kB(report.totalBytes)),
    scripts: report.scripts.length,
    budgetKB: BUNDLE_BUDGET_KB,
    url: report.url,
    buildId: fs.existsSync(buildIdFile) ? fs.readFileSync(buildIdFile, "utf8").trim() : null,
    measuredAt: new Date().toISOString(),
  };
  fs.writeFileSync(path.join(nextDir, "search-first-load.json"), `${JSON.stringify(summary)}\n`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
