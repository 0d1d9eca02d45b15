// `npx tsx scripts/search-compare.ts --db data/bench-10k.db --out /tmp/a.json [--module ./features/search/offer-search.ts] [--now ISO]`
// Runs a fixed set of ~35 searches (every date/weekday/time combination the search distinguishes,
// keyword + filters, sorts, deep pages, markers) and writes totals, page numbers and ids as JSON, so
// two versions of the search engine (or two databases) can be compared: `--diff a.json b.json`.
// `--backfill` first writes the derived search columns (features/search/schedule-columns.ts) of every
// offer in --db from its stored schedule rows.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import Database from "better-sqlite3";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

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

type Params = Record<string, string | string[]>;

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function searches(today: string): { name: string; params: Params; markers?: boolean }[] {
  const add = (days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
  return [
    { name: "default", params: {} },
    { name: "evenings", params: { zeit: "abend" }, markers: true },
    { name: "mornings", params: { zeit: "vormittag" } },
    { name: "morning+evening", params: { zeit: ["vormittag", "abend"] } },
    { name: "tuesday afternoon", params: { tag: "di", zeit: "nachmittag" } },
    { name: "weekend", params: { tag: ["sa", "so"] }, markers: true },
    { name: "monday", params: { tag: "mo", sortierung: "az" } },
    { name: "one day +7", params: { datum: add(7) } },
    { name: "today", params: { datum: add(0) } },
    { name: "christmas eve evening", params: { datum: "2026-12-24", zeit: "abend" } },
    { name: "two weeks + saturday", params: { von: add(3), bis: add(16), tag: "sa" } },
    { name: "holidays range", params: { von: "2026-12-21", bis: "2027-01-06" }, markers: true },
    { name: "range 62 days", params: { von: add(1), bis: add(62), zeit: "vormittag" } },
    { name: "range 63 days", params: { von: add(1), bis: add(63), zeit: "vormittag" } },
    { name: "120 days", params: { von: add(1), bis: add(120) } },
    { name: "120 days evening sunday", params: { von: add(1), bis: add(120), zeit: "abend", tag: "so" } },
    { name: "from +30 open", params: { von: add(30) } },
    { name: "until +10", params: { bis: add(10), zeit: "nachmittag" } },
    { name: "far future", params: { von: add(200), bis: add(400) } },
    { name: "past range", params: { von: "2026-01-01", bis: "2026-01-20" } },
    { name: "weekday outside short range", params: { von: add(1), bis: add(2), tag: weekdayParamNotIn(today) } },
    { name: "kinder tuesday", params: { q: "kinder", tag: "di" } },
    {
      name: "everything",
      params: {
        q: "kurs",
        kategorie: "bildung-und-betreuung",
        alter: "8",
        tag: ["mo", "mi"],
        zeit: "nachmittag",
        von: add(1),
        bis: add(30),
      },
    },
    { name: "kinder place free", params: { q: "kinder", ort: "12345", umkreis: "10", kostenlos: "1" } },
    { name: "category evening az", params: { kategorie: "freizeit-und-kultur", zeit: "abend", sortierung: "az" } },
    { name: "target group sunday newest", params: { zielgruppe: "eltern", tag: "so", sortierung: "neu" } },
    { name: "evenings page 50", params: { zeit: "abend", seite: "50" } },
    { name: "wednesday az page 20", params: { tag: "mi", sortierung: "az", seite: "20" } },
    { name: "short word morning", params: { q: "a1", zeit: "vormittag" } },
    { name: "online saturday", params: { online: "1", tag: "sa" } },
    { name: "english 60 days afternoon", params: { sprache: "en", von: add(1), bis: add(60), zeit: "nachmittag" } },
    { name: "turnen", params: { q: "turnen" } },
    { name: "kinder page 3", params: { q: "kinder", seite: "3" } },
    { name: "kinder page past end", params: { q: "kinder", seite: "99999" } },
    { name: "kinder az", params: { q: "kinder", sortierung: "az", seite: "2" } },
    { name: "kinder newest", params: { q: "kinder", sortierung: "neu" } },
    { name: "kinder soonest", params: { q: "kinder", sortierung: "datum" } },
    { name: "eltern cafe by distance", params: { q: "eltern cafe", ort: "12345", umkreis: "20", sortierung: "entfernung" } },
    { name: "short word", params: { q: "a1" } },
    { name: "short word az page 2", params: { q: "am", sortierung: "az", seite: "2" } },
    { name: "short word past end", params: { q: "a1", seite: "500" } },
    { name: "short word category", params: { q: "am", kategorie: "freizeit-und-kultur" } },
    { name: "no match", params: { q: "xyzqwv" } },
    { name: "postal 5km by distance page 3", params: { ort: "12345", umkreis: "5", sortierung: "entfernung", seite: "3" } },
    { name: "district by distance past end", params: { ort: "Nordstadt", umkreis: "1", sortierung: "entfernung", seite: "9999" } },
    {
      name: "district 50km by distance category",
      params: { ort: "Nordstadt", umkreis: "50", sortierung: "entfernung", kategorie: "freizeit-und-kultur", tag: "sa" },
    },
    { name: "no match page 2", params: { q: "xyzqwv", seite: "2" } },
    { name: "az page 50", params: { sortierung: "az", seite: "50" } },
    { name: "page 200", params: { seite: "200" } },
    { name: "district distance evening", params: { ort: "Nordstadt", umkreis: "2", sortierung: "entfernung", zeit: "abend" } },
    { name: "free wheelchair one day", params: { kostenlos: "1", barrierefrei: "1", datum: add(3) } },
  ];
}

function weekdayParamNotIn(today: string): string[] {
  const names = ["mo", "di", "mi", "do", "fr", "sa", "so"];
  const day = (Date.parse(`${today}T12:00:00Z`) / 86_400_000) | 0;
  const weekday = (offset: number) => ((((day + offset + 3) % 7) + 7) % 7) + 1;
  const inRange = new Set([weekday(1), weekday(2)]);
  return names.filter((_, i) => !inRange.has(i + 1)).slice(0, 2);
}

/** Writes the derived search columns of every offer from its stored rows (what a save would write). */
async function backfill(file: string) {
  const { searchColumns } = await import("../features/search/schedule-columns");
  const db = new Database(file);
  const offers = db.prepare(`SELECT id, scheduleKind, intervalWeeks FROM "Offer"`).all() as {
    id: number;
    scheduleKind: string;
    intervalWeeks: number;
  }[];
  const slots = db.prepare(`SELECT offerId, weekday, startMinute, endMinute, validFrom, validUntil FROM "OfferSlot" ORDER BY id`).all() as {
    offerId: number;
    weekday: number;
    startMinute: number;
    endMinute: number;
    validFrom: string | null;
    validUntil: string | null;
  }[];
  const dates = db.prepare(`SELECT offerId, date, startMinute, endMinute FROM "OfferDate" ORDER BY id`).all() as {
    offerId: number;
    date: string;
    startMinute: number | null;
    endMinute: number | null;
  }[];
  const exceptions = db.prepare(`SELECT offerId, date FROM "OfferException"`).all() as { offerId: number; date: string }[];
  const group = <T extends { offerId: number }>(rows: T[]) => {
    const map = new Map<number, T[]>();
    for (const row of rows) map.set(row.offerId, [...(map.get(row.offerId) ?? []), row]);
    return map;
  };
  const slotsBy = group(slots);
  const datesBy = group(dates);
  const exceptionsBy = group(exceptions);
  const update = db.prepare(
    `UPDATE "Offer" SET "searchMode" = ?, "searchMask" = ?, "searchFrom" = ?, "searchUntil" = ?, "searchExceptionsFrom" = ?, "searchExceptionsUntil" = ?, "searchExceptionCount" = ? WHERE id = ?`,
  );
  db.transaction(() => {
    for (const offer of offers) {
      const c = searchColumns({
        scheduleKind: offer.scheduleKind,
        intervalWeeks: offer.intervalWeeks,
        slots: slotsBy.get(offer.id) ?? [],
        dates: datesBy.get(offer.id) ?? [],
        exceptions: (exceptionsBy.get(offer.id) ?? []).map((e) => e.date),
      });
      update.run(
        c.searchMode,
        c.searchMask,
        c.searchFrom,
        c.searchUntil,
        c.searchExceptionsFrom,
        c.searchExceptionsUntil,
        c.searchExceptionCount,
        offer.id,
      );
    }
  })();
  db.close();
  console.log(`backfilled ${offers.length} offers in ${file}`);
}

function diff(a: string, b: string) {
  const left = JSON.parse(fs.readFileSync(a, "utf8")) as Record<string, unknown>;
  const right = JSON.parse(fs.readFileSync(b, "utf8")) as Record<string, unknown>;
  let differences = 0;
  for (const name of new Set([...Object.keys(left), ...Object.keys(right)])) {
    if (JSON.stringify(left[name]) !== JSON.stringify(right[name])) {
      differences++;
      console.log(`DIFFERENT: ${name}\n  ${JSON.stringify(left[name]).slice(0, 300)}\n  ${JSON.stringify(right[name]).slice(0, 300)}`);
    }
  }
  console.log(differences === 0 ? `identical: ${Object.keys(left).length} searches` : `${differences} searches differ`);
  process.exit(differences === 0 ? 0 : 1);
}

async function main() {
  if (process.argv.includes("--diff")) return diff(arg("--diff")!, process.argv[process.argv.indexOf("--diff") + 2]);
  const file = path.resolve(arg("--db") ?? "data/bench-10k.db");
  if (process.argv.includes("--backfill")) await backfill(file);
  const out = arg("--out");
  if (!out) return;
  process.env.DATABASE_URL = `file:${file}`;
  const modulePath = path.resolve(arg("--module") ?? "features/search/offer-search.ts");
  const engine = (await import(pathToFileURL(modulePath).href)) as typeof import("../features/search/offer-search");
  const { parseOfferSearch } = await import("../features/search/params/parse");
  const { todayLocal } = await import("../lib/dates");
  const now = new Date(arg("--now") ?? "2026-11-27T16:00:00Z");
  const result: Record<string, unknown> = {};
  for (const search of searches(todayLocal(now))) {
    const query = parseOfferSearch(search.params).query;
    const started = performance.now();
    const r = await engine.searchOffers(query, { now, pageSize: 20 });
    const ms = performance.now() - started;
    result[search.name] = {
      total: r.total,
      page: r.page,
      pageCount: r.pageCount,
      ids: r.offers.map((o) => o.id),
      distances: r.offers.map((o) => o.distanceKm),
    };
    if (search.markers) {
      const markers = await engine.searchOfferMarkers(query, { now });
      result[`${search.name} (markers)`] = { n: markers.length, ids: markers.map((m) => m.id) };
    }
    console.log(`${search.name.padEnd(32)} ${String(r.total).padStart(6)} ${ms.toFixed(1).padStart(8)} ms`);
  }
  fs.writeFileSync(out, JSON.stringify(result, null, 1));
  const { prisma } = await import("../lib/db");
  await prisma.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
