import { searchOffers } from "../features/search/offer-search";
import { parseOfferSearch } from "../features/search/params";
const now = new Date("2026-11-27T20:00:00Z");
const mix = [{}, { seite: "37" }, { seite: "400" }, { sortierung: "neu" }, { sortierung: "neu", seite: "123" }, { sortierung: "az" }, { sortierung: "az", seite: "50" }, { sortierung: "az", seite: "406" }, { zeit: "abend" }, { tag: "di", seite: "3" }, { online: "1", seite: "2" }, { kostenlos: "1", sortierung: "az", seite: "7" }, { datum: "2026-12-05", seite: "4" }, { ort: "12345", umkreis: "5", seite: "9" }];
const out: unknown[] = [];
for (const sp of mix) { const r = await searchOffers(parseOfferSearch(sp).query, { now }); out.push([sp, r.total, r.page, r.offers.map((o) => [o.id, o.distanceKm])]); }
console.log(JSON.stringify(out));
process.exit(0);
