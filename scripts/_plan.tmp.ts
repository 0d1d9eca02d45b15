import Database from "better-sqlite3";
import { searchOffers } from "../features/search/offer-search";
import { parseOfferSearch } from "../features/search/params";
const sp = JSON.parse(process.argv[2]);
const captured: { sql: string; params: unknown[] }[] = [];
await searchOffers(parseOfferSearch(sp).query, { onSql: (sql, params) => captured.push({ sql, params }) });
const db = new Database(process.env.DATABASE_URL!.replace("file:", ""), { readonly: true });
db.pragma("cache_size = -65536"); db.pragma("mmap_size = 268435456");
for (const c of captured.slice(0, 2)) {
  if (process.argv[3]) console.log(c.sql, JSON.stringify(c.params).slice(0, 300));
  for (const r of db.prepare("EXPLAIN QUERY PLAN " + c.sql).all(...(c.params as unknown[])) as { detail: string }[]) console.log("  ", r.detail);
  for (let i = 0; i < 3; i++) { const t = performance.now(); db.prepare(c.sql).all(...(c.params as unknown[])); console.log("  time", (performance.now() - t).toFixed(1)); }
}
process.exit(0);
