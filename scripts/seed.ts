// `npm run seed -- [--offers N] [--providers N] [--reset] [--seed N] [--today YYYY-MM-DD]`:
// migrates the database in DATABASE_URL and fills it with the deterministic Musterstadt demo data.
import fs from "node:fs";
import path from "node:path";
import { databaseUrl } from "../lib/database-url";
import { hashPassword } from "../lib/passwords";
import { parseSeedArgs, SeedUsageError, USAGE } from "../prisma/seed/args";
import { runSeed, SeedRefusedError } from "../prisma/seed/run";
import { migrate } from "./lib/database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./lib/demo-accounts";

function seconds(since: number): string {
  return `${((performance.now() - since) / 1000).toFixed(1)} s`;
}

async function main() {
  const options = parseSeedArgs(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return;
  }
  const started = performance.now();
  const url = databaseUrl();
  const file = url.replace(/^file:/, "");
  if (file === ":memory:") throw new Error("The seed needs a database file, not :memory:");
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const where = path.relative(process.cwd(), file);

  console.log(`› Applying migrations to ${where}`);
  await migrate({ ...process.env, DATABASE_URL: url }, file);
  const migrated = performance.now();

  console.log(
    `› Seeding ${options.offers} offers from ${options.providers} providers (seed ${options.seed}${options.reset ? ", reset" : ""})`,
  );
  // One argon2 hash for every demo and member account keeps the seed fast (hashing takes ~50 ms each).
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const { stats, counts, today } = await runSeed(options, { databaseUrl: url, passwordHash });

  const width = Math.max(...Object.keys(counts).map((name) => name.length));
  console.log(`\nRows (dates relative to ${today}):`);
  for (const [table, rows] of Object.entries(counts)) console.log(`  ${table.padEnd(width)}  ${rows.toLocaleString("en-US")}`);
  console.log(
    `  ${"visible offers".padEnd(width)}  ${stats.visibleOffers.toLocaleString("en-US")} (published, current, approved provider)`,
  );
  console.log(`\nDemo accounts (password ${DEMO_PASSWORD}): ${DEMO_ACCOUNTS.map((a) => a.email).join(", ")}`);
  console.log(`Done in ${seconds(started)} (migrations ${((migrated - started) / 1000).toFixed(1)} s, data ${seconds(migrated)}).`);
}

main().catch((error: unknown) => {
  if (error instanceof SeedRefusedError || error instanceof SeedUsageError) {
    console.error(`seed: ${error.message}`);
  } else {
    console.error("seed: failed");
    console.error(error);
  }
  process.exit(1);
});
