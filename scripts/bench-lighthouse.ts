// `npm run bench:lighthouse [-- --port 3530] [--runs 1] [--desktop]`
// Lighthouse (12.x, its Node API) over the key public pages of the production build: home, search,
// search map view, an offer page, a provider page and the login page. Builds (or reuses) the build,
// serves it with `next start` on a freshly seeded database of its own (data/lighthouse.db), runs each
// page `--runs` times in headless Chromium (/usr/bin/chromium, or CHROME_PATH) with Lighthouse's
// default mobile emulation and simulated throttling (`--desktop`: its desktop preset), and prints
// performance, accessibility, best practices and SEO per page (the median of the runs), plus the
// performance metrics. Target (issue 18): ≥ 90 each. Results: docs/PERFORMANCE.md.
//
// Performance is simulated from a trace, so a busy machine (2 shared cores) lowers it: note the load.
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import Database from "better-sqlite3";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import desktopConfig from "lighthouse/core/config/desktop-config.js";
import { ensureBuild } from "./lib/build";
import { migrate, removeSqliteFiles, seed } from "./lib/database";
import { bin, sqliteFile, sqliteUrl } from "./lib/paths";

type Args = { port: number; runs: number; desktop: boolean };

function parseArgs(argv: string[]): Args {
  const args: Args = { port: 3530, runs: 1, desktop: false };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (name === "--port") args.port = Number(value()) || args.port;
    else if (name === "--runs") args.runs = Math.max(1, Number(value()) || 1);
    else if (name === "--desktop") args.desktop = true;
    else throw new Error(`Unknown option ${argv[i]} (see the first lines of scripts/bench-lighthouse.ts)`);
  }
  return args;
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;
const METRICS = ["first-contentful-paint", "largest-contentful-paint", "total-blocking-time", "cumulative-layout-shift", "speed-index"];

async function waitForHealth(base: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`next start exited with ${server.exitCode}`);
    try {
      const response = await fetch(`${base}/api/health`);
      if (response.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("the server did not answer /api/health within 2 minutes");
}

function pages(file: string): { name: string; path: string }[] {
  const db = new Database(file, { readonly: true });
  const now = Date.now();
  const offer = db
    .prepare(
      `SELECT o.slug FROM Offer o JOIN Organization g ON g.id = o.organizationId
       WHERE o.status = 'PUBLISHED' AND o.deletedAt IS NULL AND g.status = 'APPROVED' AND g.deletedAt IS NULL
         AND o.lat IS NOT NULL AND (o.endsAt IS NULL OR o.endsAt > ?) ORDER BY o.id LIMIT 1`,
    )
    .get(now) as { slug: string } | undefined;
  const provider = db.prepare(`SELECT slug FROM Organization WHERE status = 'APPROVED' AND deletedAt IS NULL ORDER BY id LIMIT 1`).get() as
    { slug: string } | undefined;
  db.close();
  return [
    { name: "home", path: "/de" },
    { name: "search", path: "/de/angebote" },
    { name: "search map view", path: "/de/angebote?ansicht=karte" },
    ...(offer ? [{ name: "offer page", path: `/de/angebote/${offer.slug}` }] : []),
    ...(provider ? [{ name: "provider page", path: `/de/anbieter/${provider.slug}` }] : []),
    { name: "login", path: "/de/anmelden" },
  ];
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const base = `http://localhost:${args.port}`;
  const databaseUrl = sqliteUrl("data/lighthouse.db");
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: randomBytes(32).toString("hex"),
    APP_URL: base,
    NEXT_TELEMETRY_DISABLED: "1",
    LOG_LEVEL: "warn",
  };
  const file = sqliteFile(databaseUrl);
  removeSqliteFiles(file);
  await migrate(env, file);
  await seed(env, ["--reset"]);
  await ensureBuild(env);

  const server = spawn(bin("next"), ["start", "-p", String(args.port)], {
    env: { ...env, NODE_ENV: "production", PORT: String(args.port) },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const chrome = await (async () => {
    await waitForHealth(base, server);
    return chromeLauncher.launch({
      chromePath: process.env.CHROME_PATH ?? (fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
      chromeFlags: [
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
      ],
    });
  })();

  try {
    const targets = pages(file);
    const load = os.loadavg().map((l) => l.toFixed(2));
    console.log(`Lighthouse ${args.desktop ? "desktop" : "mobile"} · ${args.runs} run(s) per page · load ${load.join(" / ")} · ${base}`);
    const rows: string[][] = [];
    for (const target of targets) {
      const scores: Record<string, number[]> = Object.fromEntries(CATEGORIES.map((c) => [c, []]));
      const metrics: Record<string, number[]> = Object.fromEntries(METRICS.map((m) => [m, []]));
      for (let run = 0; run < args.runs; run++) {
        // One warm-up request so the first run does not measure the server's cold caches.
        await fetch(`${base}${target.path}`);
        const result = await lighthouse(
          `${base}${target.path}`,
          { port: chrome.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] },
          args.desktop ? desktopConfig : undefined,
        );
        if (!result) throw new Error(`no Lighthouse result for ${target.path}`);
        for (const category of CATEGORIES) scores[category].push(Math.round((result.lhr.categories[category]?.score ?? 0) * 100));
        for (const metric of METRICS) metrics[metric].push(result.lhr.audits[metric]?.numericValue ?? NaN);
      }
      const failing = CATEGORIES.filter((c) => median(scores[c]) < 90);
      rows.push([
        target.name,
        ...CATEGORIES.map((c) => String(median(scores[c]))),
        `${Math.round(median(metrics["first-contentful-paint"]))} ms`,
        `${Math.round(median(metrics["largest-contentful-paint"]))} ms`,
        `${Math.round(median(metrics["total-blocking-time"]))} ms`,
        median(metrics["cumulative-layout-shift"]).toFixed(3),
        failing.length ? `below 90: ${failing.join(", ")}` : "ok",
      ]);
      console.log(`  ${rows.at(-1)?.join(" · ")}`);
    }
    console.log("\n| page | perf | a11y | best pr. | SEO | FCP | LCP | TBT | CLS | |");
    console.log("|---|---|---|---|---|---|---|---|---|---|");
    for (const row of rows) console.log(`| ${row.join(" | ")} |`);
    console.log(
      `\nload average after the runs: ${os
        .loadavg()
        .map((l) => l.toFixed(2))
        .join(" / ")}`,
    );
  } finally {
    await chrome.kill();
    server.kill("SIGTERM");
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
