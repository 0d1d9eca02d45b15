// `npx tsx scripts/bench-markers.ts [--size 100000] [--runs 15]`: map markers with and without the
// visitor's translated titles (issue 14). Uses data/bench-<size>.db like bench:search (seeded by the
// demo seed, whose catalogue translations reach every generated offer with a translated title), runs
// searchOfferMarkers for a few searches in German (no translation lookup) and in Turkish (one
// OfferTranslation primary-key lookup per marker) and prints p50/p95. Results: docs/PERFORMANCE.md.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ensureDatabase } from "./lib/bench-databases";
import { rerunUnderReactServer } from "./lib/react-server-condition";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

rerunUnderReactServer(import.meta.url, ROOT);

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const percentile = (values: number[], p: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function main() {
  const size = option("--size", 100_000);
  const runs = option("--runs", 15);
  process.env.DATABASE_URL = `file:${ensureDatabase(ROOT, size, false)}`;
  const { searchOfferMarkers } = await import("../features/search/offer-search");
  const { parseOfferSearch } = await import("../features/search/params/parse");
  const { prisma } = await import("../lib/db");
  const translated = await prisma.offerTranslation.count({ where: { locale: "tr" } });
  console.log(`› ${size.toLocaleString("en-US")} offers, ${translated.toLocaleString("en-US")} with a Turkish translation`);
  const searches: Record<string, string | string[]>[] = [{}, { kategorie: "sport" }, { q: "kinder" }];
  for (const params of searches) {
    const query = parseOfferSearch(params).query;
    for (const locale of ["de", "tr"]) {
      await searchOfferMarkers(query, { locale }); // warm-up
      const times: number[] = [];
      let count = 0;
      let translatedCount = 0;
      for (let i = 0; i < runs; i++) {
        const started = performance.now();
        const markers = await searchOfferMarkers(query, { locale });
        times.push(performance.now() - started);
        count = markers.length;
        translatedCount = markers.filter((m) => m.translated).length;
      }
      console.log(
        `  markers ${JSON.stringify(params).padEnd(22)} ${locale}: ${String(count).padStart(5)} markers (${translatedCount} translated), p50 ${percentile(times, 0.5).toFixed(1)} ms, p95 ${percentile(times, 0.95).toFixed(1)} ms`,
      );
    }
  }
  await prisma.$disconnect();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
