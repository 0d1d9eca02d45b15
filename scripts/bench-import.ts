// `npm run bench:import [-- --offers 5000]`: the Excel import of a generated workbook — parse (SheetJS),
// validate (every offer through the offer form's schema, names and ids against the database) and
// write (one transaction) — on a fresh migrated database (data/bench-import.db, deleted afterwards).
// Prints seconds per phase and the peak memory of the process. Target (issue 11): 5,000 offers in
// ≤ 10 s and ≤ 500 MB. Results: docs/PERFORMANCE.md.
import { spawnSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrate, removeSqliteFiles } from "./lib/database";
import { REPO_ROOT, sqliteUrl } from "./lib/paths";

// The import modules import "server-only" (and, through lib/errors, next/navigation, which needs
// React's client build): re-run this script with a hook that makes "server-only" an empty module.
if (!process.execArgv.some((arg) => arg.includes("register-server-only"))) {
  const hook = path.join(REPO_ROOT, "scripts/lib/register-server-only.mjs");
  const child = spawnSync(
    process.execPath,
    [...process.execArgv, "--import", hook, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    {
      stdio: "inherit",
      cwd: REPO_ROOT,
    },
  );
  process.exit(child.status ?? 1);
}

function offersArg(): number {
  const index = process.argv.indexOf("--offers");
  const value = index >= 0 ? Number(process.argv[index + 1]) : 5000;
  if (!Number.isInteger(value) || value < 1) throw new Error("--offers needs a positive whole number");
  return value;
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(2);
const cpuSeconds = (from: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(from);
  return ((used.user + used.system) / 1e6).toFixed(2);
};
const megabytes = (bytes: number) => `${Math.round(bytes / 1048576)} MB`;

async function main() {
  const offers = offersArg();
  const relative = "data/bench-import.db";
  const file = path.join(REPO_ROOT, relative);
  removeSqliteFiles(file);
  process.env.DATABASE_URL = sqliteUrl(relative);
  process.env.IMPORT_STAGING_DIR = path.join(REPO_ROOT, "data/bench-import-staging");
  await migrate({ ...process.env }, file);

  const { prisma } = await import("../lib/db");
  const { seedExchangeWorld, portalWorkbook, weeklyRow } = await import("../features/offer-exchange/test-fixtures");
  const { parseSpreadsheet } = await import("../features/offer-exchange/parse");
  const { planImport } = await import("../features/offer-exchange/validate");
  const { applyImportPlan } = await import("../features/offer-exchange/apply");

  const world = await seedExchangeWorld(prisma);
  // A realistic mix: weekly courses, dated events with three date rows each, holiday periods, longer texts.
  const rows: Parameters<typeof portalWorkbook>[0] = [];
  for (let i = 1; i <= offers; i++) {
    const description = `Ausführliche Beschreibung des Angebots ${i} mit Umlauten (äöü ß) und mehreren Sätzen. `.repeat(4);
    if (i % 5 === 0) {
      rows.push(
        weeklyRow(`Ferienaktion ${i}`, {
          id: `N${i}`,
          scheduleKind: "Termine",
          weekdays: null,
          endDate: null,
          date: "03.08.2027",
          description,
        }),
        { id: `N${i}`, date: "10.08.2027", startTime: "16:00", endTime: "17:30" },
        { id: `N${i}`, date: "17.08.2027", startTime: "16:00", endTime: "17:30" },
      );
    } else if (i % 5 === 1) {
      rows.push(
        weeklyRow(`Sommerkurs ${i}`, {
          scheduleKind: "Zeitraum",
          weekdays: "Mo; Mi; Fr",
          date: "01.07.2027",
          endDate: "14.07.2027",
          description,
        }),
      );
    } else {
      rows.push(
        weeklyRow(`Kurs ${i}`, {
          description,
          street: "Marktplatz 3",
          postalCode: "44135",
          city: "Musterstadt",
          contactEmail: `kurs${i}@example.test`,
        }),
      );
    }
  }
  const bytes = portalWorkbook(rows);
  console.log(
    `Workbook: ${offers} offers, ${rows.length} rows, ${(bytes.byteLength / 1048576).toFixed(2)} MB (xlsx); load ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );

  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const parsed = parseSpreadsheet(bytes, "bench.xlsx", { maxBytes: 5 * 1024 * 1024, maxOffers: offers });
  const parseSeconds = `${seconds(start)} s (cpu ${cpuSeconds(cpuStart)} s)`;
  const validateStart = performance.now();
  const validateCpu = process.cpuUsage();
  const plan = await planImport(world.memberA, parsed, { kind: "organization", organizationId: world.orgA }, { maxOffers: offers });
  const validateSeconds = `${seconds(validateStart)} s (cpu ${cpuSeconds(validateCpu)} s)`;
  if (plan.errors.length > 0) throw new Error(`The generated workbook has errors: ${JSON.stringify(plan.errors.slice(0, 3))}`);
  const writeStart = performance.now();
  const writeCpu = process.cpuUsage();
  const outcome = await applyImportPlan(
    world.memberA,
    plan,
    { kind: "organization", organizationId: world.orgA },
    { fileName: "bench.xlsx" },
  );
  const writeSeconds = `${seconds(writeStart)} s (cpu ${cpuSeconds(writeCpu)} s)`;
  const total = seconds(start);
  const cpu = process.cpuUsage(cpuStart);
  const stored = await prisma.offer.count();
  const peak = process.resourceUsage().maxRSS * 1024;

  console.log(`parse    ${parseSeconds}`);
  console.log(`validate ${validateSeconds}`);
  console.log(`write    ${writeSeconds}, one transaction`);
  console.log(`total    ${total} s for ${outcome.created} offers (stored: ${stored})`);
  // On a shared machine the wall time includes waiting for a core; the CPU time is the work itself.
  console.log(
    `cpu      ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (user + system of this process); load average ${os
      .loadavg()
      .map((l) => l.toFixed(2))
      .join(", ")}`,
  );
  console.log(`peak memory (max RSS of the process) ${megabytes(peak)}`);
  const ok = Number(total) <= 10 && peak <= 500 * 1048576 && stored === offers;
  console.log(ok ? "target met (≤ 10 s, ≤ 500 MB)" : "TARGET MISSED (≤ 10 s, ≤ 500 MB)");
  await prisma.$disconnect();
  removeSqliteFiles(file);
  process.exit(ok ? 0 : 1);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
