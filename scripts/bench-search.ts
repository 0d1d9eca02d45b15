// `npm run bench:search [-- --fresh] [--sizes 10000,100000] [--runs 5] [--variants seed,wide]`: search speed at 10⁴ and 10⁵ offers.
// Seeds data/bench-10k.db and data/bench-100k.db (reused when they hold the same number of offers and
// the current migrations; --fresh re-seeds), runs a fixed mix of realistic searches through
// searchOffers — the code path the search page uses — and prints p50/p95. The same generated SQL is
// then replayed directly on the file with better-sqlite3 for comparison. The "wide" variant is a copy
// with 60 categories and 40 target groups, the new ones created after the seed (issue 13), and a few
// more searches on them; there every search's result is also checked against the link tables alone
// (identical totals and ids, else the script fails). Results: docs/PERFORMANCE.md.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ensureDatabase, ensureWideTermsDatabase, searchMix, wideTermsMix } from "./lib/bench-databases";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// features/search/offer-search.ts imports "server-only", which only resolves to an empty module
// under the react-server export condition: re-run this script with it.
if (!process.execArgv.includes("--conditions=react-server")) {
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: "inherit",
      cwd: ROOT,
    },
  );
  process.exit(child.status ?? 1);
}

type Variant = "seed" | "wide";
type Args = { fresh: boolean; sizes: number[]; runs: number; variants: Variant[] };

function parseArgs(argv: string[]): Args {
  const args: Args = { fresh: false, sizes: [10_000, 100_000], runs: 5, variants: ["seed", "wide"] };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (name === "--fresh") args.fresh = true;
    else if (name === "--sizes")
      args.sizes = value()
        .split(",")
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0);
    else if (name === "--runs") args.runs = Math.max(1, Number(value()) || 5);
    else if (name === "--variants")
      args.variants = value()
        .split(",")
        .filter((v): v is Variant => v === "seed" || v === "wide");
    else throw new Error(`Unknown option ${argv[i]} (use --fresh, --sizes 10000,100000, --runs 5, --variants seed,wide)`);
  }
  return args;
}

const loadAverage = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(", ");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

async function benchSize(offers: number, args: Args, variant: Variant) {
  const file = variant === "wide" ? ensureWideTermsDatabase(ROOT, offers, args.fresh) : ensureDatabase(ROOT, offers, args.fresh);
  process.env.DATABASE_URL = `file:${file}`;
  const { searchOffers } = await import("../features/search/offer-search");
  const { parseOfferSearch } = await import("../features/search/params/parse");
  const { todayLocal } = await import("../lib/dates");
  const { prisma } = await import("../lib/db");
  const now = new Date();
  const mix = [...searchMix(todayLocal(now)), ...(variant === "wide" ? wideTermsMix(file) : [])];

  let equal = 0;
  if (variant === "wide") {
    // The bit words must give exactly what the link tables give: totals and the ids of the first page.
    for (const search of mix) {
      const query = parseOfferSearch(search.params).query;
      const [bits, links] = await Promise.all([searchOffers(query, { now }), searchOffers(query, { now, linkTablesOnly: true })]);
      const ids = (r: typeof bits) => JSON.stringify([r.total, r.offers.map((o) => o.id)]);
      if (ids(bits) !== ids(links)) throw new Error(`"${search.name}": bit words ${ids(bits)} ≠ link tables ${ids(links)}`);
      equal++;
    }
  }

  // The machine may be shared: compare only figures taken at a similar load.
  const loadBefore = loadAverage();
  const pageTimes: number[] = [];
  // CPU time of this process per search (SQLite runs on the calling thread): much less sensitive to
  // other jobs on a shared machine than wall time, so comparable between runs at different loads.
  const cpuTimes: number[] = [];
  const perSearch = new Map<string, { times: number[]; cpu: number[]; total: number; sql: { sql: string; params: unknown[] }[] }>();
  // Warm-up: connection, statement cache, page cache.
  for (const search of mix) await searchOffers(parseOfferSearch(search.params).query, { now });
  for (let run = 0; run < args.runs; run++) {
    for (const search of mix) {
      const captured: { sql: string; params: unknown[] }[] = [];
      const query = parseOfferSearch(search.params).query;
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      const result = await searchOffers(query, { now, onSql: (sql, params) => captured.push({ sql, params }) });
      const elapsed = performance.now() - started;
      const cpu = process.cpuUsage(cpuBefore);
      pageTimes.push(elapsed);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      const entry = perSearch.get(search.name) ?? { times: [], cpu: [], total: result.total, sql: captured };
      entry.times.push(elapsed);
      entry.cpu.push(cpuTimes[cpuTimes.length - 1]);
      perSearch.set(search.name, entry);
    }
  }
  // The whole page loader of /angebote (facets, search, tab counts, near matches on empty results):
  // what a request to the page costs in the database, beyond searchOffers alone.
  const { loadOfferSearch } = await import("../features/search/load-offer-search");
  const loaderTimes: number[] = [];
  const loaderCpu: number[] = [];
  for (const search of mix) await loadOfferSearch(search.params, "de");
  for (let run = 0; run < args.runs; run++) {
    for (const search of mix) {
      const cpuBefore = process.cpuUsage();
      const started = performance.now();
      await loadOfferSearch(search.params, "de");
      loaderTimes.push(performance.now() - started);
      const cpu = process.cpuUsage(cpuBefore);
      loaderCpu.push((cpu.user + cpu.system) / 1000);
    }
  }
  await prisma.$disconnect();

  // The same statements straight on the file (no Prisma, no card loading).
  const db = new Database(file, { readonly: true });
  const rawTimes: number[] = [];
  const rawPerSearch = new Map<string, number[]>();
  for (let run = 0; run <= args.runs; run++) {
    for (const [name, entry] of perSearch) {
      const started = performance.now();
      for (const statement of entry.sql) db.prepare(statement.sql).all(...(statement.params as unknown[]));
      const elapsed = performance.now() - started;
      if (run === 0) continue; // warm-up
      rawTimes.push(elapsed);
      rawPerSearch.set(name, [...(rawPerSearch.get(name) ?? []), elapsed]);
    }
  }
  db.close();

  const label = variant === "wide" ? ", 60 categories / 40 target groups (terms created after the seed)" : "";
  console.log(
    `\n${offers.toLocaleString("en-US")} offers${label} — ${mix.length} searches × ${args.runs} runs — load average before/after: ${loadBefore} / ${loadAverage()}`,
  );
  if (variant === "wide") console.log(`  results equal to the link tables alone: ${equal} of ${mix.length} searches`);
  console.log(
    `  ${"search".padEnd(34)} ${"results".padStart(8)} ${"p50".padStart(10)} ${"p95".padStart(10)} ${"CPU p95".padStart(10)} ${"raw p50".padStart(10)}`,
  );
  for (const [name, entry] of perSearch) {
    console.log(
      `  ${name.padEnd(34)} ${String(entry.total).padStart(8)} ${ms(percentile(entry.times, 50)).padStart(10)} ${ms(percentile(entry.times, 95)).padStart(10)} ${ms(percentile(entry.cpu, 95)).padStart(10)} ${ms(percentile(rawPerSearch.get(name) ?? [0], 50)).padStart(10)}`,
    );
  }
  const target = offers <= 10_000 ? 25 : 100;
  const p95 = percentile(pageTimes, 95);
  console.log(
    `  searchOffers (page code path): p50 ${ms(percentile(pageTimes, 50))}, p95 ${ms(p95)} — target p95 ≤ ${target} ms: ${p95 <= target ? "met" : "MISSED"}`,
  );
  console.log(`  searchOffers CPU time of this process: p50 ${ms(percentile(cpuTimes, 50))}, p95 ${ms(percentile(cpuTimes, 95))}`);
  console.log(`  same SQL on the file (better-sqlite3): p50 ${ms(percentile(rawTimes, 50))}, p95 ${ms(percentile(rawTimes, 95))}`);
  console.log(
    `  loadOfferSearch (whole page loader, shared data cached): p50 ${ms(percentile(loaderTimes, 50))}, p95 ${ms(percentile(loaderTimes, 95))}; CPU p50 ${ms(percentile(loaderCpu, 50))}, p95 ${ms(percentile(loaderCpu, 95))}`,
  );
  return {
    variant,
    loaderP95: percentile(loaderTimes, 95),
    loaderCpuP95: percentile(loaderCpu, 95),
    offers,
    p50: percentile(pageTimes, 50),
    p95,
    cpuP50: percentile(cpuTimes, 50),
    cpuP95: percentile(cpuTimes, 95),
    rawP50: percentile(rawTimes, 50),
    rawP95: percentile(rawTimes, 95),
  };
}

/** The search page's first-load JavaScript is measured by the bundle check, not here. */
function printBundleFigure() {
  const report = path.join(ROOT, ".next", "search-first-load.json");
  if (fs.existsSync(report))
    console.log(`\nSearch page first-load JS (from ${path.relative(ROOT, report)}): ${fs.readFileSync(report, "utf8").trim()}`);
  else console.log("\nSearch page first-load JS: not measured by this script (no .next/search-first-load.json).");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const results = [];
  // Each size in its own module instance would be cleaner, but lib/db switches clients when DATABASE_URL changes.
  for (const size of args.sizes) for (const variant of args.variants) results.push(await benchSize(size, args, variant));
  console.log("\nSummary");
  for (const r of results) {
    console.log(
      `  ${r.offers.toLocaleString("en-US").padStart(8)} offers${r.variant === "wide" ? " (60/40 terms)" : ""}: p50 ${ms(r.p50)}, p95 ${ms(r.p95)} (CPU p50 ${ms(r.cpuP50)}, p95 ${ms(r.cpuP95)}; raw SQL p50 ${ms(r.rawP50)}, p95 ${ms(r.rawP95)}; page loader p95 ${ms(r.loaderP95)}, CPU p95 ${ms(r.loaderCpuP95)})`,
    );
  }
  printBundleFigure();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
