// `npm run bench:analytics [-- --fresh] [--runs 7] [--events 1000000]`: speed of every planner-dashboard
// query at 100,000 offers and 1,000,000 analytics events. Uses data/bench-100k.db (seeded through
// scripts/lib/bench-databases.ts when missing or outdated), copies it to data/bench-analytics.db, writes
// the events there with better-sqlite3 (13 months, realistic skew), rebuilds the daily aggregates the
// way the seed does, then runs each query function — the code the page and the downloads use — several
// times per filter and prints p50/p95. Results: docs/PERFORMANCE.md.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import { ensureDatabase } from "./lib/bench-databases";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

// The query modules import "server-only", which resolves to an empty module only under the
// react-server export condition: re-run this script with it.
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

type Args = { fresh: boolean; runs: number; events: number };

function parseArgs(argv: string[]): Args {
  const args: Args = { fresh: false, runs: 7, events: 1_000_000 };
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split("=", 2);
    const value = () => inline ?? argv[++i];
    if (name === "--fresh") args.fresh = true;
    else if (name === "--runs") args.runs = Math.max(1, Number(value()) || 7);
    else if (name === "--events") args.events = Math.max(1000, Number(value()) || 1_000_000);
    else throw new Error(`Unknown option ${argv[i]} (use --fresh, --runs 7, --events 1000000)`);
  }
  return args;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** A deterministic generator (mulberry32), so every run writes the same events. */
function random(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  "turnen",
  "fussball",
  "deutschkurs",
  "hausaufgaben",
  "schwimmen",
  "eltern",
  "cafe",
  "senioren",
  "beratung",
  "musik",
  "tanz",
  "yoga",
  "kita",
  "ferien",
  "nachhilfe",
  "sprach",
  "computer",
  "kochen",
  "garten",
  "chor",
];

async function seedEvents(file: string, total: number, now: Date) {
  const { formatLocalDate } = await import("../lib/dates");
  const { toSqlDateTime } = await import("../lib/sql-dates");
  const db = new Database(file);
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = OFF");
  const offers = db.prepare(`SELECT "id", "organizationId" FROM "Offer" WHERE "status" = 'PUBLISHED' ORDER BY "id"`).all() as {
    id: number;
    organizationId: number;
  }[];
  const orgs = db.prepare(`SELECT "id" FROM "Organization" WHERE "status" = 'APPROVED' ORDER BY "id"`).all() as { id: number }[];
  const categories = db.prepare(`SELECT "slug" FROM "Category" ORDER BY "id"`).all() as { slug: string }[];
  const targetGroups = db.prepare(`SELECT "slug" FROM "TargetGroup" ORDER BY "id"`).all() as { slug: string }[];
  const postalCodes = (
    db.prepare(`SELECT DISTINCT "postalCode" AS p FROM "Offer" WHERE "postalCode" IS NOT NULL ORDER BY 1`).all() as { p: string }[]
  ).map((r) => r.p);
  const districts = db.prepare(`SELECT "slug" FROM "District" ORDER BY "id"`).all() as { slug: string }[];
  const rnd = random(12);
  const skew = (n: number, power = 2.5) => Math.min(n - 1, Math.floor(n * rnd() ** power));
  const terms = Array.from({ length: 3000 }, (_, i) => {
    const a = WORDS[i % WORDS.length];
    const b = WORDS[Math.floor(i / WORDS.length) % WORDS.length];
    return i < WORDS.length ? a : `${a} ${b}${i >= 400 ? ` ${i}` : ""}`;
  });
  db.exec(`DELETE FROM "AnalyticsEvent"; DELETE FROM "AnalyticsDaily";`);
  const insert = db.prepare(
    `INSERT INTO "AnalyticsEvent" ("type", "term", "resultCount", "zeroResult", "view", "contactKind", "filters", "offerId", "organizationId", "locale", "day", "createdAt")
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const span = 396 * 86_400_000; // 13 months
  const started = performance.now();
  const write = db.transaction((from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const at = new Date(now.getTime() - Math.floor(span * rnd() ** 1.3));
      const day = formatLocalDate(at);
      const locale = rnd() < 0.85 ? "de" : ["en", "tr", "ar", "uk", "ru"][Math.floor(rnd() * 5)];
      const kind = rnd();
      if (kind < 0.5) {
        const term = rnd() < 0.7 ? terms[skew(terms.length, 3)] : null;
        const n = rnd() < 0.12 ? 0 : 1 + Math.floor(rnd() * 200);
        const filters: string[] = [];
        if (rnd() < 0.3) filters.push(`kategorie=${categories[skew(categories.length, 1.5)].slug}`);
        if (targetGroups.length > 0 && rnd() < 0.2) filters.push(`zielgruppe=${targetGroups[skew(targetGroups.length, 1.5)].slug}`);
        if (rnd() < 0.15) filters.push(`stadtteil=${districts[skew(districts.length, 1.5)].slug}`);
        if (postalCodes.length > 0 && rnd() < 0.08) filters.push(`ort=${postalCodes[skew(postalCodes.length, 1.5)]}`);
        else if (rnd() < 0.05) filters.push("ort");
        if (rnd() < 0.1) filters.push("kostenlos");
        if (rnd() < 0.05) filters.push("barrierefrei");
        insert.run(
          "SEARCH",
          term,
          n,
          n === 0 ? 1 : 0,
          rnd() < 0.2 ? "map" : "list",
          null,
          filters.length ? JSON.stringify(filters) : null,
          null,
          null,
          locale,
          day,
          toSqlDateTime(at),
        );
      } else if (kind < 0.85) {
        const o = offers[skew(offers.length)];
        insert.run("OFFER_VIEW", null, null, 0, null, null, null, o.id, o.organizationId, locale, day, toSqlDateTime(at));
      } else if (kind < 0.93) {
        insert.run("PROVIDER_VIEW", null, null, 0, null, null, null, null, orgs[skew(orgs.length)].id, locale, day, toSqlDateTime(at));
      } else if (kind < 0.98) {
        const o = offers[skew(offers.length)];
        const contact = ["mail", "phone", "website"][Math.floor(rnd() * 3)];
        insert.run("CONTACT", null, null, 0, null, contact, null, o.id, o.organizationId, locale, day, toSqlDateTime(at));
      } else {
        const o = offers[skew(offers.length)];
        insert.run("ICS", null, null, 0, null, null, null, o.id, o.organizationId, locale, day, toSqlDateTime(at));
      }
    }
  });
  for (let i = 0; i < total; i += 50_000) write(i, Math.min(total, i + 50_000));
  db.close();
  await rebuildDaily(file);
  const reopened = new Database(file, { readonly: true });
  const daily = (reopened.prepare(`SELECT COUNT(*) AS n FROM "AnalyticsDaily"`).get() as { n: number }).n;
  reopened.close();
  console.log(
    `  ${total.toLocaleString("en-US")} events and ${daily.toLocaleString("en-US")} daily rows in ${((performance.now() - started) / 1000).toFixed(0)} s`,
  );
}

/**
 * Gives every fifth offer with a visibility period of over 90 days a history of 2–3 periods (archived
 * or back in review for 1–60 days, then republished), as the triggers of migration 0021 would have
 * recorded it — the supply charts must count such offers once per week and not in their gaps.
 */
function addVisibilityHistory(file: string, now: Date) {
  const db = new Database(file);
  const rnd = random(21);
  const DAY = 86_400_000;
  const stamp = (ms: number) => new Date(ms).toISOString().replace("Z", "+00:00");
  const rows = db
    .prepare(
      `SELECT "offerId" AS id, "fromAt" AS f, "untilAt" AS u FROM "OfferVisibilityPeriod" WHERE "offerId" % 5 = 0 ORDER BY "offerId"`,
    )
    .all() as { id: number; f: string; u: string | null }[];
  const remove = db.prepare(`DELETE FROM "OfferVisibilityPeriod" WHERE "offerId" = ?`);
  const insert = db.prepare(`INSERT INTO "OfferVisibilityPeriod" ("offerId", "fromAt", "untilAt", "previousUntilAt") VALUES (?, ?, ?, ?)`);
  let split = 0;
  db.transaction(() => {
    for (const row of rows) {
      const from = Date.parse(row.f);
      const until = row.u === null ? now.getTime() : Date.parse(row.u);
      if (until - from < 90 * DAY) continue;
      const gaps = rnd() < 0.7 ? 1 : 2;
      const slice = (until - from) / (gaps + 1);
      const periods: [number, number | null][] = [];
      let start = from;
      for (let g = 0; g < gaps; g++) {
        const gapStart = start + Math.floor(slice * (0.3 + 0.6 * rnd()));
        const gapEnd = gapStart + Math.floor((1 + rnd() * 59) * DAY * (rnd() < 0.3 ? 0.05 : 1));
        if (gapEnd >= until) break;
        periods.push([start, gapStart]);
        start = gapEnd;
      }
      if (periods.length === 0) continue;
      periods.push([start, row.u === null ? null : until]);
      remove.run(row.id);
      periods.forEach(([f, u], i) =>
        insert.run(row.id, stamp(f), u === null ? null : stamp(u), i === 0 ? null : stamp(periods[i - 1][1]!)),
      );
      split++;
    }
  })();
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM "OfferVisibilityPeriod"`).get() as { n: number }).n;
  db.close();
  console.log(`  ${split.toLocaleString("en-US")} offers with 2–3 visibility periods (${total.toLocaleString("en-US")} periods in all)`);
}

/** Rebuilds AnalyticsDaily from the raw events, the way the seed does (DAILY_FROM_EVENTS_SQL). */
async function rebuildDaily(file: string) {
  const { DAILY_FROM_EVENTS_SQL } = await import("../features/analytics/events");
  const db = new Database(file);
  db.transaction(() => {
    for (const statement of DAILY_FROM_EVENTS_SQL) db.prepare(statement).run("0000-01-01", "9999-12-31");
  })();
  db.exec("ANALYZE");
  db.close();
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const now = new Date();
  const source = ensureDatabase(ROOT, 100_000, args.fresh);
  const file = path.join(ROOT, "data", "bench-analytics.db");
  const marker = `${file}.events`;
  const wanted = `${args.events}:${fs.statSync(source).mtimeMs}:${now.toISOString().slice(0, 10)}`;
  if (args.fresh || !fs.existsSync(file) || !fs.existsSync(marker) || fs.readFileSync(marker, "utf8") !== wanted) {
    for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
    const src = new Database(source, { readonly: true });
    await src.backup(file);
    src.close();
    addVisibilityHistory(file, now);
    console.log(`› Writing ${args.events.toLocaleString("en-US")} analytics events into ${path.relative(ROOT, file)} …`);
    await seedEvents(file, args.events, now);
    fs.writeFileSync(marker, wanted);
  } else console.log(`› Reusing ${path.relative(ROOT, file)}`);
  // The daily counts follow the code that defines them: rebuilt when DAILY_FROM_EVENTS_SQL changed.
  const { DAILY_FROM_EVENTS_SQL } = await import("../features/analytics/events");
  const dailyMarker = `${file}.daily`;
  const dailyWanted = createHash("sha256").update(DAILY_FROM_EVENTS_SQL.join("\n")).digest("hex");
  if (!fs.existsSync(dailyMarker) || fs.readFileSync(dailyMarker, "utf8") !== dailyWanted) {
    console.log("› Rebuilding the daily counts …");
    await rebuildDaily(file);
    fs.writeFileSync(dailyMarker, dailyWanted);
  }

  process.env.DATABASE_URL = `file:${file}`;
  const { defaultAnalyticsFilter } = await import("../features/analytics/schemas");
  const { addDays, todayLocal } = await import("../lib/dates");
  const { prisma } = await import("../lib/db");
  const q = {
    offersPerWeek: (await import("../features/analytics/queries/offers-per-week")).offersPerWeek,
    offersPerDistrict: (await import("../features/analytics/queries/offers-per-district")).offersPerDistrict,
    offersPerPostalCode: (await import("../features/analytics/queries/offers-per-postal-code")).offersPerPostalCode,
    offersPerCategory: (await import("../features/analytics/queries/offers-per-category")).offersPerCategory,
    offersPerTargetGroup: (await import("../features/analytics/queries/offers-per-target-group")).offersPerTargetGroup,
    gapMatrix: (await import("../features/analytics/queries/gaps")).gapMatrix,
    zeroResultTerms: (await import("../features/analytics/queries/zero-result-terms")).zeroResultTerms,
    topTerms: (await import("../features/analytics/queries/top-terms")).topTerms,
    topFilters: (await import("../features/analytics/queries/top-filters")).topFilters,
    topOffers: (await import("../features/analytics/queries/top-offers")).topOffers,
    topProviders: (await import("../features/analytics/queries/top-providers")).topProviders,
    contactClicks: (await import("../features/analytics/queries/contact-clicks")).contactClicks,
    offersTable: (await import("../features/analytics/queries/offers-table")).offersTable,
    providerMonthlyStats: (await import("../features/analytics/queries/provider-stats")).providerMonthlyStats,
  };
  const base = defaultAnalyticsFilter(now);
  const category =
    (await prisma.category.findFirst({ where: { parentId: null }, orderBy: { position: "asc" }, select: { id: true } }))?.id ?? null;
  const district = (await prisma.district.findFirst({ orderBy: { position: "asc" }, select: { id: true } }))?.id ?? null;
  const targetGroup = (await prisma.targetGroup.findFirst({ orderBy: { position: "asc" }, select: { id: true } }))?.id ?? null;
  const postalCode =
    (await prisma.offer.findFirst({ where: { postalCode: { not: null } }, orderBy: { id: "asc" }, select: { postalCode: true } }))
      ?.postalCode ?? null;
  const busiest = await prisma.analyticsDaily.groupBy({
    by: ["organizationId"],
    where: { metric: "OFFER_VIEW" },
    _sum: { count: true },
    orderBy: { _sum: { count: "desc" } },
    take: 1,
  });
  const filters = [
    { name: "12 weeks (default)", filter: base },
    { name: "13 months", filter: { ...base, from: addDays(todayLocal(now), -395) } },
    {
      name: "13 months + category + district + free",
      filter: { ...base, from: addDays(todayLocal(now), -395), category, district, free: true },
    },
    // One filter at a time over 13 months: the demand charts' widest reads of the per-shape search counts.
    { name: "13 months + category", filter: { ...base, from: addDays(todayLocal(now), -395), category } },
    { name: "13 months + free", filter: { ...base, from: addDays(todayLocal(now), -395), free: true } },
    {
      name: "13 months + target group + accessible",
      filter: { ...base, from: addDays(todayLocal(now), -395), targetGroup, accessible: true },
    },
    { name: "13 months + postal code", filter: { ...base, from: addDays(todayLocal(now), -395), postalCode } },
    { name: "12 weeks + district + target group", filter: { ...base, district, targetGroup } },
  ];
  const queries: { name: string; run: (f: typeof base) => Promise<unknown> }[] = [
    { name: "offers per week", run: (f) => q.offersPerWeek(f, now) },
    { name: "offers per district", run: (f) => q.offersPerDistrict(f, "de") },
    { name: "offers per postal code", run: (f) => q.offersPerPostalCode(f) },
    { name: "offers per category", run: (f) => q.offersPerCategory(f, "de") },
    { name: "offers per target group", run: (f) => q.offersPerTargetGroup(f, "de") },
    { name: "gaps district × target group", run: (f) => q.gapMatrix(f, "de") },
    { name: "zero-result terms", run: (f) => q.zeroResultTerms(f) },
    { name: "top terms", run: (f) => q.topTerms(f) },
    { name: "top filters", run: (f) => q.topFilters(f) },
    { name: "top offers", run: (f) => q.topOffers(f) },
    { name: "top providers", run: (f) => q.topProviders(f) },
    { name: "totals / contact clicks", run: (f) => q.contactClicks(f) },
    { name: "offers table, page 1", run: (f) => q.offersTable(f, { now }) },
    {
      name: "provider statistics (busiest org)",
      run: () => q.providerMonthlyStats(busiest[0]?.organizationId ?? 1, addDays(todayLocal(now), -395)),
    },
  ];
  console.log(
    `\nnode ${process.version}, ${os.cpus().length} cores, load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}; ${args.runs} runs each (+1 warm-up)\n`,
  );
  let worst = 0;
  for (const { name: filterName, filter } of filters) {
    console.log(`Filter: ${filterName} (${filter.from} – ${filter.to})`);
    for (const query of queries) {
      await query.run(filter);
      const times: number[] = [];
      for (let i = 0; i < args.runs; i++) {
        const started = performance.now();
        await query.run(filter);
        times.push(performance.now() - started);
      }
      const p95 = percentile(times, 95);
      worst = Math.max(worst, p95);
      console.log(
        `  ${query.name.padEnd(36)} p50 ${percentile(times, 50).toFixed(1).padStart(7)} ms   p95 ${p95.toFixed(1).padStart(7)} ms${p95 > 300 ? "   > 300 ms" : ""}`,
      );
    }
  }
  console.log(
    `\nworst p95: ${worst.toFixed(1)} ms (target ≤ 300 ms), load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );
  await prisma.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
