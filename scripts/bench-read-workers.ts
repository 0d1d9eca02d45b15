// `npm run bench:read-workers -- [--workers 2] [--seconds 10] [--database data/chancenportal.db]`
// Does a long read stop the server? Two loops run a read of ≈ 100–200 ms each (what a search page on
// 100k offers costs) again and again, while a third asks a health-check-sized query every 20 ms and
// a timer measures how late the event loop runs. Compare `--workers 0` (reads on the main thread)
// with `--workers 2` (DATABASE_READ_WORKERS). Read-only: the database is not changed.
import { parseArgs } from "node:util";
import path from "node:path";
import { createPrismaClient } from "../lib/db";
import { REPO_ROOT } from "./lib/paths";

const { values: args } = parseArgs({
  options: {
    workers: { type: "string", default: "2" },
    seconds: { type: "string", default: "10" },
    database: { type: "string", default: "data/chancenportal.db" },
    rows: { type: "string", default: "1500000" },
  },
});

// A stand-in for a long search: pure CPU inside SQLite, no table needed, same cost on every machine state.
const LONG_READ = `WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT ${Number(args.rows)}) SELECT COUNT(*) AS n FROM c`;

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)] * 10) / 10;
  return { n: sorted.length, p50: at(50), p95: at(95), max: at(100) };
}

async function main() {
  const url = `file:${path.resolve(REPO_ROOT, args.database)}`;
  const db = createPrismaClient(url, { readWorkers: Number(args.workers) });
  await db.$queryRawUnsafe("SELECT 1");
  const deadline = performance.now() + Number(args.seconds) * 1000;
  const longMs: number[] = [];
  const quickMs: number[] = [];
  const lagMs: number[] = [];

  let last = performance.now();
  const timer = setInterval(() => {
    const now = performance.now();
    lagMs.push(Math.max(0, now - last - 10));
    last = now;
  }, 10);

  async function longReads() {
    while (performance.now() < deadline) {
      const started = performance.now();
      await db.$queryRawUnsafe(LONG_READ);
      longMs.push(performance.now() - started);
    }
  }
  async function quickReads() {
    while (performance.now() < deadline) {
      const started = performance.now();
      await db.$queryRawUnsafe("SELECT 1");
      quickMs.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
  await Promise.all([longReads(), longReads(), quickReads()]);
  clearInterval(timer);
  await db.$disconnect();
  console.log(
    JSON.stringify({
      workers: Number(args.workers),
      longReadMs: summary(longMs),
      quickReadMs: summary(quickMs),
      eventLoopLagMs: summary(lagMs),
    }),
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
