// `npm run bench:district-move [-- --offers 20000]`: an admin moves a postal code that thousands of
// offers and hundreds of providers use from one district to another (issue 13c) — release in one
// save, assign in the next — on a fresh migrated database (data/bench-district-move.db, deleted
// afterwards). Each save updates districtId set-based and rewrites the moved offers' search
// documents in its transaction. Prints seconds per save, the write-lock time and the peak memory.
// Results: docs/PERFORMANCE.md.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate, removeSqliteFiles } from "./lib/database";
import { REPO_ROOT, sqliteUrl } from "./lib/paths";

// The settings modules import "server-only": re-run with the hook that makes it an empty module.
if (!process.execArgv.some((arg) => arg.includes("register-server-only"))) {
  const hook = path.join(REPO_ROOT, "scripts/lib/register-server-only.mjs");
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, "--import", hook, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: "inherit", cwd: REPO_ROOT },
  );
  process.exit(child.status ?? 1);
}

function offersArg(): number {
  const index = process.argv.indexOf("--offers");
  const value = index >= 0 ? Number(process.argv[index + 1]) : 20000;
  if (!Number.isInteger(value) || value < 1) throw new Error("--offers needs a positive whole number");
  return value;
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
const megabytes = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

async function main() {
  const offers = offersArg();
  const providers = Math.max(1, Math.round(offers / 25));
  const relative = "data/bench-district-move.db";
  const file = path.join(REPO_ROOT, relative);
  removeSqliteFiles(file);
  process.env.DATABASE_URL = sqliteUrl(relative);
  await migrate({ ...process.env }, file);

  const { prisma } = await import("../lib/db");
  const { rebuildSearchIndex, reindexPostalCodeOffers } = await import("../features/search/fts");
  const { updateDistrictFor, createDistrictFor } = await import("../features/settings/district-mutations");
  const { createUser, sessionUser } = await import("../features/organizations/test-fixtures");

  const admin = await sessionUser(await createUser(prisma, "Bench", "ADMIN"));
  const district = (names: { de: string }, postalCodes: string[]) => ({ names, centroidLat: 51.5, centroidLng: 7.4, postalCodes });
  const north = await createDistrictFor(admin, district({ de: "Nordstadt" }, ["44135", "44137"]));
  const south = await createDistrictFor(admin, district({ de: "Hafenviertel" }, ["44139"]));

  // Providers and offers at 44135 (moving) and, as many again, at 44137 (staying): the update must
  // find the moving ones by index, not by reading the district.
  for (const code of ["44135", "44137"]) {
    await prisma.organization.createMany({
      data: Array.from({ length: providers }, (_, i) => ({
        slug: `verein-${code}-${i}`,
        name: `Verein ${code} ${i}`,
        status: "APPROVED" as const,
        postalCode: code,
        districtId: north.id,
      })),
    });
    const ids = (await prisma.organization.findMany({ where: { postalCode: code }, select: { id: true } })).map((o) => o.id);
    for (let from = 0; from < offers; from += 2000) {
      await prisma.offer.createMany({
        data: Array.from({ length: Math.min(2000, offers - from) }, (_, k) => {
          const i = from + k;
          return {
            slug: `angebot-${code}-${i}`,
            title: `Angebot ${i} am Platz`,
            summary: "Kurze Beschreibung des Angebots für die Suche",
            description: `Ausführliche Beschreibung des Angebots ${i} mit Umlauten (äöü ß) und mehreren Sätzen. `.repeat(3),
            organizationId: ids[i % ids.length],
            status: "PUBLISHED" as const,
            publishedAt: new Date("2026-01-01T10:00:00Z"),
            locationType: "ADDRESS" as const,
            street: `Marktstraße ${i % 90}`,
            postalCode: code,
            city: "Musterstadt",
            districtId: north.id,
          };
        }),
      });
    }
  }
  await rebuildSearchIndex(prisma);
  console.log(
    `database: ${offers} offers and ${providers} providers at the moving code, as many at a staying code; load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );

  const rssBefore = process.memoryUsage().rss;
  const releaseStart = performance.now();
  const released = await updateDistrictFor(admin, north.id, district({ de: "Nordstadt" }, ["44137"]));
  const releaseSeconds = seconds(releaseStart);
  const assignStart = performance.now();
  const assigned = await updateDistrictFor(admin, south.id, district({ de: "Hafenviertel" }, ["44135", "44139"]));
  const assignSeconds = seconds(assignStart);

  // The share of the search documents in a save: the moved offers' documents rewritten once more alone.
  const reindexStart = performance.now();
  await prisma.$transaction((tx) => reindexPostalCodeOffers(tx, ["44135"]), { timeout: 600_000 });
  const reindexSeconds = seconds(reindexStart);
  const rssAfter = process.memoryUsage().rss;

  const [inSouth, inNorth, documents] = await Promise.all([
    prisma.offer.count({ where: { districtId: south.id } }),
    prisma.offer.count({ where: { districtId: north.id } }),
    prisma.$queryRawUnsafe<{ n: number | bigint }[]>(`SELECT COUNT(*) AS n FROM "OfferSearch" WHERE "OfferSearch" MATCH 'hafenviertel'`),
  ]);
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(`release  ${releaseSeconds} s: ${released.moved.offers} offers, ${released.moved.providers} providers without a district`);
  console.log(`assign   ${assignSeconds} s: ${assigned.moved.offers} offers, ${assigned.moved.providers} providers to the new district`);
  console.log(
    `check    new district ${inSouth} offers, old ${inNorth}, search documents naming the new district ${Number(documents[0].n)}`,
  );
  console.log(`reindex  ${reindexSeconds} s of a save are the ${offers} moved offers' search documents`);
  console.log(
    `memory   rss ${megabytes(rssBefore)} before the saves, ${megabytes(rssAfter)} after; peak of the process (incl. seeding) ${megabytes(peak)}`,
  );
  const ok = inSouth === offers && inNorth === offers && Number(documents[0].n) === offers;
  console.log(ok ? "consistent" : "INCONSISTENT");
  await prisma.$disconnect();
  removeSqliteFiles(file);
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
