// The bench databases (data/bench-10k.db, data/bench-100k.db) and the fixed search mix, shared by
// `npm run bench:search` and `npm run bench:http`.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

function migrationFingerprint(root: string): string[] {
  const dir = path.join(root, "prisma", "migrations");
  return fs
    .readdirSync(dir)
    .filter((name) => fs.existsSync(path.join(dir, name, "migration.sql")))
    .sort()
    .map(
      (name) =>
        `${name}:${createHash("sha256")
          .update(fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8"))
          .digest("hex")}`,
    );
}

/** True when `file` holds `offers` offers and exactly the current migrations. */
function reusable(root: string, file: string, offers: number): boolean {
  if (!fs.existsSync(file)) return false;
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true });
    const count = (db.prepare(`SELECT COUNT(*) AS n FROM "Offer"`).get() as { n: number }).n;
    const applied = (
      db
        .prepare(`SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL ORDER BY migration_name`)
        .all() as { name: string; checksum: string }[]
    ).map((m) => `${m.name}:${m.checksum}`);
    const indexed = (db.prepare(`SELECT COUNT(*) AS n FROM "OfferSearchDocument"`).get() as { n: number }).n;
    return count === offers && indexed === offers && JSON.stringify(applied) === JSON.stringify(migrationFingerprint(root));
  } catch {
    return false;
  } finally {
    db?.close();
  }
}

/** The bench database with `offers` offers under root/data, seeded when missing or outdated (or `fresh`). */
export function ensureDatabase(root: string, offers: number, fresh: boolean): string {
  const label = offers % 1000 === 0 ? `${offers / 1000}k` : String(offers);
  const file = path.join(root, "data", `bench-${label}.db`);
  if (!fresh && reusable(root, file, offers)) {
    console.log(`› Reusing ${path.relative(root, file)} (${offers.toLocaleString("en-US")} offers)`);
    return file;
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  console.log(`› Seeding ${path.relative(root, file)} with ${offers.toLocaleString("en-US")} offers …`);
  const started = performance.now();
  const result = spawnSync("npx", ["tsx", "scripts/seed.ts", "--offers", String(offers)], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: `file:${file}`, NODE_OPTIONS: "" },
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) throw new Error(`Seeding ${file} failed`);
  console.log(`  seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  return file;
}

export type Params = Record<string, string | string[]>;

/** The fixed mix: keyword, filters, radius, every sort, deep pages. Dates are relative to today. */
export function searchMix(today: string): { name: string; params: Params }[] {
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
    // Words only in content translations (issue 14): the demo offers' Ukrainian and English texts.
    { name: "keyword in a translation (uk)", params: { q: "гімнастика" } },
    { name: "keyword in a translation (en)", params: { q: "football girls" } },
    // Exact schedule filters (issue 10): open end, long ranges over the holidays, weekday without a date.
    { name: "open-ended von", params: { von: add(10) } },
    { name: "3 months over Christmas", params: { von: `${year}-12-01`, bis: `${year + 1}-02-28` } },
    { name: "6 months over Christmas", params: { von: `${year}-11-01`, bis: `${year + 1}-04-30` } },
    { name: "weekday only (Sunday)", params: { tag: "so" } },
    { name: "weekday + time (Saturday morning)", params: { tag: "sa", zeit: "vormittag" } },
    { name: "von + weekday + keyword", params: { q: "kurs", von: add(14), tag: "mi" } },
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
  ];
}

/** Terms of the "wide vocabulary" bench databases: the ~30 categories of the seed grown to this many. */
export const WIDE_CATEGORIES = 60;
export const WIDE_TARGET_GROUPS = 40;

/**
 * The bench database with `offers` offers plus terms created after the seed (issue 13): categories up
 * to WIDE_CATEGORIES (new roots with three subcategories each) and target groups up to
 * WIDE_TARGET_GROUPS, every third offer linked to one of the new subcategories and every fourth to a
 * new target group — written through the link tables, so the triggers set the offers' bit words as
 * the app's saves do. A copy of the base database, rebuilt when the base is newer.
 */
export function ensureWideTermsDatabase(root: string, offers: number, fresh: boolean): string {
  const base = ensureDatabase(root, offers, fresh);
  const file = base.replace(/\.db$/, "-terms.db");
  if (!fresh && fs.existsSync(file) && fs.statSync(file).mtimeMs > fs.statSync(base).mtimeMs) {
    console.log(`› Reusing ${path.relative(root, file)} (${WIDE_CATEGORIES} categories, ${WIDE_TARGET_GROUPS} target groups)`);
    return file;
  }
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  const source = new Database(base);
  source.pragma("wal_checkpoint(TRUNCATE)");
  source.close();
  fs.copyFileSync(base, file);
  const db = new Database(file);
  const started = performance.now();
  db.transaction(() => {
    const count = (table: string) => (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    const addCategory = db.prepare(
      `INSERT INTO "Category" ("slug", "name", "parentId", "color", "icon", "position") VALUES (?, ?, ?, '#0f766e', 'laptop', ?)`,
    );
    const leaves: number[] = [];
    for (let i = 0; count("Category") < WIDE_CATEGORIES; i++) {
      const rootId = Number(addCategory.run(`neu-${i}`, `Neue Kategorie ${i}`, null, 100 + i).lastInsertRowid);
      for (let n = 1; n <= 3 && count("Category") < WIDE_CATEGORIES; n++) {
        leaves.push(Number(addCategory.run(`neu-${i}-${n}`, `Neue Unterkategorie ${i}.${n}`, rootId, n).lastInsertRowid));
      }
    }
    const addGroup = db.prepare(`INSERT INTO "TargetGroup" ("slug", "name", "position") VALUES (?, ?, ?)`);
    const groups: number[] = [];
    for (let i = 0; count("TargetGroup") < WIDE_TARGET_GROUPS; i++) {
      groups.push(Number(addGroup.run(`neu-gruppe-${i}`, `Neue Zielgruppe ${i}`, 100 + i).lastInsertRowid));
    }
    const linkCategory = db.prepare(`INSERT OR IGNORE INTO "OfferCategory" ("offerId", "categoryId") VALUES (?, ?)`);
    const linkGroup = db.prepare(`INSERT OR IGNORE INTO "OfferTargetGroup" ("offerId", "targetGroupId") VALUES (?, ?)`);
    for (const { id } of db.prepare(`SELECT "id" FROM "Offer" ORDER BY "id"`).all() as { id: number }[]) {
      if (leaves.length > 0 && id % 3 === 0) linkCategory.run(id, leaves[(id / 3) % leaves.length]);
      if (groups.length > 0 && id % 4 === 0) linkGroup.run(id, groups[(id / 4) % groups.length]);
    }
  })();
  db.pragma("wal_checkpoint(TRUNCATE)");
  db.close();
  console.log(`  added terms and links in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return file;
}

/** Searches for the wide-vocabulary database: new roots, subcategories in the second bit word, new target groups, mixed with old terms. */
export function wideTermsMix(file: string): { name: string; params: Params }[] {
  const db = new Database(file, { readonly: true });
  try {
    const late = db.prepare(`SELECT "slug" FROM "Category" WHERE "searchBit" >= 52 ORDER BY "searchBit" LIMIT 1`).get() as
      { slug: string } | undefined;
    const oldRoot = db.prepare(`SELECT "slug" FROM "Category" WHERE "parentId" IS NULL ORDER BY "id" LIMIT 1`).get() as { slug: string };
    const oldGroup = db.prepare(`SELECT "slug" FROM "TargetGroup" ORDER BY "id" LIMIT 1`).get() as { slug: string };
    return [
      { name: "new root category", params: { kategorie: "neu-1" } },
      { name: "new subcategory (2nd bit word)", params: { kategorie: late?.slug ?? "neu-7-1" } },
      { name: "new + old root categories", params: { kategorie: ["neu-0", oldRoot.slug] } },
      { name: "new target group", params: { zielgruppe: "neu-gruppe-3" } },
      { name: "new + old target group + age", params: { zielgruppe: ["neu-gruppe-5", oldGroup.slug], alter: "8" } },
      { name: "new category + keyword", params: { q: "kurs", kategorie: "neu-2" } },
    ];
  } finally {
    db.close();
  }
}
