// `npm run bench:search [-- --fresh] [--sizes 10000,100000] [--runs 5]`: search speed at 10⁴ and 10⁵ offers.
// Seeds data/bench-10k.db and data/bench-100k.db (reused when they hold the same number of offers and
// the current migrations; --fresh re-seeds), runs a fixed mix of realistic searches through
// searchOffers — the code path the search page uses — and prints p50/p95. The same generated SQL is
// then replayed directly on the file with better-sqlite3 for comparison. Results: docs/PERFORMANCE.md.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// features/search/offer-search.ts imports "server-only", which only resolves to an empty module
// under the react-server export condition: re-run this script with it.
if (!process.execArgv.includes("--conditions=react-server")) {
  const child = spawnSync(process.execPath, [...process.execArgv, "--conditions=react-server", fileURLToPath(import.meta.url), ...process.argv.slice(2)], {
    stdio: "inherit",
    cwd: ROOT,
  });
  process.exit(child.status ?? 1);
}

type Args = { fresh: boolean; sizes: number[]; runs: number };

function parseArgs(argv: string[]): Args {
  const args: Args = { fresh: false, sizes: [10_000, 100_000], runs: 5 };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (name === "--fresh") args.fresh = true;
    else if (name === "--sizes") args.sizes = value().split(",").map(Number).filter((n) => Number.isInteger(n) && n > 0);
    else if (name === "--runs") args.runs = Math.max(1, Number(value()) || 5);
    else throw new Error(`Unknown option ${argv[i]} (use --fresh, --sizes 10000,100000, --runs 5)`);
  }
  return args;
}

function migrationFingerprint(): string[] {
  const dir = path.join(ROOT, "prisma", "migrations");
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map((name) => `${name}:${createHash("sha256").update(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8")).digest("hex")}`);
}

/** True when `file` holds `offers` offers and exactly the current migrations. */
function reusable(file: string, offers: number): boolean {
  if (!fs.existsSync(file)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true });
    const count = (db.prepare(`SELECT COUNT(*) AS n FROM "Offer"`).get() as { n: number }).n;
    const applied = (db.prepare(`SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`).all() as { name: string; checksum: string }[]).map(
      (m) => `${m.name}:${m.checksum}`,
    );
    const indexed = (db.prepare(`SELECT COUNT(*) AS n FROM "OfferSearchDocument"`).get() as { n: number }).n;
    return count === offers && indexed === offers && JSON.stringify(applied) === JSON.stringify(migrationFingerprint());
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

function ensureDatabase(offers: number, fresh: boolean): string {
  const label = offers % 1000 === 0 ? `${offers / 1000}k` : String(offers);
  const file = path.join(ROOT, "data", `bench-${label}.db`);
  if (!fresh && reusable(file, offers)) {
    console.log(`› Reusing ${path.relative(ROOT, file)} (${offers.toLocaleString("en-US")} offers)`);
    return file;
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  console.log(`› Seeding ${path.relative(ROOT, file)} with ${offers.toLocaleString("en-US")} offers …`);
  const started = performance.now();
  const result = spawnSync("npx", ["tsx", "scripts/seed.ts", "--offers", String(offers)], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: `file:${file}`, NODE_OPTIONS: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`Seeding ${file} failed`);
  console.log(`  seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return file;
}

type Params = Record<string, string | string[]>;

/** The fixed mix: keyword, filters, radius, every sort, deep pages. Dates are relative to today. */
function searchMix(today: string): { name: string; params: Params }[] {
  const add = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  // Ranges across this year's Christmas holidays (most weekly offers have exception days in them).
  const year = Number(today.slice(0, 4));
  return [
    { name: "default list", params: {} },
    { name: "keyword turnen", params: { q: "turnen" } },
    { name: "keyword fussball", params: { q: "fussball" } },
    { name: "keyword two words", params: { q: "eltern cafe" } },
    { name: "keyword maedchen + date sort", params: { q: "maedchen", sortierung: "datum" } },
    { name: "keyword short word (LIKE)", params: { q: "a1" } },
    { name: "root category", params: { kategorie: "freizeit-und-kultur" } },
    { name: "category + age", params: { kategorie: "bildung-und-betreuung", alter: "6" } },
    { name: "target groups multi", params: { zielgruppe: ["eltern", "4-6-jahre"] } },
    { name: "one day", params: { datum: add(7) } },
    { name: "two weeks + saturday", params: { von: add(3), bis: add(16), tag: "sa" } },
    { name: "long range (120 days)", params: { von: add(1), bis: add(120) } },
    { name: "tuesday afternoon", params: { tag: "di", zeit: "nachmittag" } },
    { name: "evenings", params: { zeit: "abend" } },
    { name: "postal code 5 km", params: { ort: "12345", umkreis: "5" } },
    { name: "district 2 km by distance", params: { ort: "Nordstadt", umkreis: "2", sortierung: "entfernung" } },
    { name: "free + wheelchair", params: { kostenlos: "1", barrierefrei: "1" } },
    { name: "online", params: { online: "1" } },
    { name: "language en", params: { sprache: "en" } },
    { name: "districts + no registration", params: { stadtteil: ["altstadt", "suedstadt"], ohneanmeldung: "1" } },
    { name: "newest", params: { sortierung: "neu" } },
    { name: "A–Z", params: { sortierung: "az" } },
    { name: "A–Z page 50", params: { sortierung: "az", seite: "50" } },
    { name: "deep page 200", params: { seite: "200" } },
    { name: "keyword + place + free", params: { q: "kinder", ort: "12345", umkreis: "10", kostenlos: "1" } },
    // Exact schedule filters (issue 10): open end, long ranges over the holidays, weekday without a date.
    { name: "open-ended von", params: { von: add(10) } },
    { name: "3 months over Christmas", params: { von: `${year}-12-01`, bis: `${year + 1}-02-28` } },
    { name: "6 months over Christmas", params: { von: `${year}-11-01`, bis: `${year + 1}-04-30` } },
    { name: "weekday only (Sunday)", params: { tag: "so" } },
    { name: "weekday + time (Saturday morning)", params: { tag: "sa", zeit: "vormittag" } },
    { name: "von + weekday + keyword", params: { q: "kurs", von: add(14), tag: "mi" } },
    { name: "everything", params: { q: "kurs", kategorie: "bildung-und-betreuung", alter: "8", tag: ["mo", "mi"], zeit: "nachmittag", von: add(1), bis: add(30) } },
  ];
}

const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(", ");

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

async function benchSize(offers: number, args: Args) {
  const file = ensureDatabase(offers, args.fresh);
  process.env.DATABASE_URL = `file:${file}`;
  const { searchOffers } = await import("../features/search/offer-search");
  const { parseOfferSearch } = await import("../features/search/params");
  const { todayLocal } = await import("../lib/dates");
  const { prisma } = await import("../lib/db");
  const now = new Date();
  const mix = searchMix(todayLocal(now));

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

  console.log(`\n${offers.toLocaleString("en-US")} offers — ${mix.length} searches × ${args.runs} runs — load average before/after: ${loadBefore} / ${loadAverage()}`);
  console.log(`  ${"search".padEnd(34)} ${"results".padStart(8)} ${"p50".padStart(10)} ${"p95".padStart(10)} ${"CPU p95".padStart(10)} ${"raw p50".padStart(10)}`);
  for (const [name, entry] of perSearch) {
    console.log(
      `  ${name.padEnd(34)} ${String(entry.total).padStart(8)} ${ms(percentile(entry.times, 50)).padStart(10)} ${ms(percentile(entry.times, 95)).padStart(10)} ${ms(percentile(entry.cpu, 95)).padStart(10)} ${ms(percentile(rawPerSearch.get(name) ?? [0], 50)).padStart(10)}`,
    );
  }
  const target = offers <= 10_000 ? 25 : 100;
  const p95 = percentile(pageTimes, 95);
  console.log(`  searchOffers (page code path): p50 ${ms(percentile(pageTimes, 50))}, p95 ${ms(p95)} — target p95 ≤ ${target} ms: ${p95 <= target ? "met" : "MISSED"}`);
  console.log(`  searchOffers CPU time of this process: p50 ${ms(percentile(cpuTimes, 50))}, p95 ${ms(percentile(cpuTimes, 95))}`);
  console.log(`  same SQL on the file (better-sqlite3): p50 ${ms(percentile(rawTimes, 50))}, p95 ${ms(percentile(rawTimes, 95))}`);
  return { offers, p50: percentile(pageTimes, 50), p95, cpuP50: percentile(cpuTimes, 50), cpuP95: percentile(cpuTimes, 95), rawP50: percentile(rawTimes, 50), rawP95: percentile(rawTimes, 95) };
}

/** The search page's first-load JavaScript is measured by the bundle check, not here. */
function printBundleFigure() {
  const report = path.join(ROOT, ".next", "search-first-load.json");
  if (fs.existsSync(report)) console.log(`\nSearch page first-load JS (from ${path.relative(ROOT, report)}): ${fs.readFileSync(report, "utf8").trim()}`);
  else console.log("\nSearch page first-load JS: not measured by this script (no .next/search-first-load.json).");
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const results = [];
  // Each size in its own module instance would be cleaner, but lib/db switches clients when DATABASE_URL changes.
  for (const size of args.sizes) results.push(await benchSize(size, args));
  console.log("\nSummary");
  for (const r of results) {
    console.log(
      `  ${r.offers.toLocaleString("en-US").padStart(8)} offers: p50 ${ms(r.p50)}, p95 ${ms(r.p95)} (CPU p50 ${ms(r.cpuP50)}, p95 ${ms(r.cpuP95)}; raw SQL p50 ${ms(r.rawP50)}, p95 ${ms(r.rawP95)})`,
    );
  }
  printBundleFigure();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
