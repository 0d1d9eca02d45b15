// `npm run soak:writers -- [--seconds 20] [--writers 50] [--offers 19] [--lock-ms 3000] [--keep]`
// Concurrent-writers check for lib/db (see docs/DATABASE.md): many writers save the same
// few offers at once — each save a transaction with the offer update, its search document and an
// audit row — while others write outside transactions (rate-limit hits), some transactions fail on
// purpose and roll back, and readers poll. Optionally another process holds the write lock for a
// while in the middle. At the end it checks that nothing acknowledged was lost, nothing rolled back
// survived, no read saw uncommitted data, and the search index and the file are intact.
// Works on its own copy of the demo database (data/soak/), never on the real one.
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { recordAudit } from "../lib/audit";
import { createPrismaClient } from "../lib/db";
import { reindexOffer } from "../features/search/fts";
import { normalizeSearchText } from "../features/search/normalize";
import { holdWriteLock } from "../test/helpers/lock-holder";
import { migrate, removeSqliteFiles, seed } from "./lib/database";
import { REPO_ROOT } from "./lib/paths";

const ROLLED_BACK_MARK = "SOAK-ROLLED-BACK";

const { values: args } = parseArgs({
  options: {
    seconds: { type: "string", default: "20" },
    writers: { type: "string", default: "50" },
    offers: { type: "string", default: "19" },
    "lock-ms": { type: "string", default: "0" },
    keep: { type: "boolean", default: false },
  },
});
const SECONDS = Number(args.seconds);
const WRITERS = Number(args.writers);
const OFFERS = Number(args.offers);
const LOCK_MS = Number(args["lock-ms"]);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((sorted.length * p) / 100) - 1)] * 10) / 10;
}

async function prepareDatabase(file: string): Promise<string> {
  removeSqliteFiles(file);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const url = `file:${file}`;
  const env = { ...process.env, DATABASE_URL: url };
  await migrate(env, file);
  await seed(env, ["--reset"]);
  return url;
}

async function main(): Promise<number> {
  const file = path.join(REPO_ROOT, "data", "soak", "soak.db");
  console.log(`› preparing ${path.relative(REPO_ROOT, file)} (migrate + demo seed)`);
  const url = await prepareDatabase(file);
  const db = createPrismaClient(url);

  const offerIds = (await db.offer.findMany({ select: { id: true, title: true }, orderBy: { id: "asc" }, take: OFFERS })).map((o) => o.id);
  const ackedTitle = new Map<number, { seq: number; title: string }>();
  const counts = { saves: 0, outsideWrites: 0, rollbacks: 0, errors: 0, dirtyReads: 0, reads: 0 };
  const errors = new Map<string, number>();
  const saveMs: number[] = [];
  const readMs: number[] = [];
  const readMsDuringLock: number[] = [];
  let sequence = 0;
  let lockActive = false;
  const deadline = Date.now() + SECONDS * 1000;

  const noteError = (error: unknown) => {
    counts.errors += 1;
    const key = String((error as { code?: string }).code ?? (error as Error).message).slice(0, 80);
    errors.set(key, (errors.get(key) ?? 0) + 1);
  };

  async function writer(index: number): Promise<void> {
    let n = 0;
    while (Date.now() < deadline) {
      n += 1;
      const offerId = offerIds[(index * 7 + n) % offerIds.length];
      const roll = Math.random();
      const started = performance.now();
      try {
        if (roll < 0.7) {
          const saved = await db.$transaction(async (tx) => {
            // Transactions run one at a time, so this number orders them as they commit.
            const seq = ++sequence;
            const title = `Soak ${offerId} save ${seq}`;
            await tx.offer.update({ where: { id: offerId }, data: { title } });
            await reindexOffer(tx, offerId);
            await recordAudit(tx, { actorId: null, action: "soak.save", entityType: "offer", entityId: offerId });
            return { seq, title };
          });
          counts.saves += 1;
          saveMs.push(performance.now() - started);
          const previous = ackedTitle.get(offerId);
          if (!previous || previous.seq < saved.seq) ackedTitle.set(offerId, saved);
        } else if (roll < 0.85) {
          await db.rateLimitHit.create({ data: { bucket: `soak:${index}` } });
          counts.outsideWrites += 1;
        } else {
          await db
            .$transaction(async (tx) => {
              await tx.offer.update({ where: { id: offerId }, data: { title: `${ROLLED_BACK_MARK} ${offerId}` } });
              await recordAudit(tx, { actorId: null, action: "soak.rollback", entityType: "offer", entityId: offerId });
              await sleep(5);
              throw new Error("rolled back on purpose");
            })
            .catch((error: Error) => {
              if (error.message !== "rolled back on purpose") throw error;
            });
          counts.rollbacks += 1;
        }
      } catch (error) {
        noteError(error);
      }
    }
  }

  async function reader(): Promise<void> {
    while (Date.now() < deadline) {
      const started = performance.now();
      try {
        await db.$queryRawUnsafe("SELECT 1");
        const rows = await db.offer.findMany({ where: { id: { in: offerIds } }, select: { title: true } });
        if (rows.some((row) => row.title.startsWith(ROLLED_BACK_MARK))) counts.dirtyReads += 1;
        counts.reads += 1;
        const ms = performance.now() - started;
        readMs.push(ms);
        if (lockActive) readMsDuringLock.push(ms);
      } catch (error) {
        noteError(error);
      }
      await sleep(10);
    }
  }

  async function foreignLock(): Promise<void> {
    if (LOCK_MS <= 0) return;
    await sleep((SECONDS * 1000 - LOCK_MS) / 2);
    const lock = await holdWriteLock(file, LOCK_MS);
    lockActive = true;
    await lock.released;
    lockActive = false;
  }

  console.log(
    `› ${WRITERS} writers and 2 readers for ${SECONDS} s on ${offerIds.length} offers${LOCK_MS > 0 ? `, another process holds the write lock for ${LOCK_MS} ms midway` : ""}`,
  );
  await Promise.all([...Array.from({ length: WRITERS }, (_, i) => writer(i)), reader(), reader(), foreignLock()]);

  // Verification, on a fresh client so nothing is served from this process's state.
  await db.$disconnect();
  const check = createPrismaClient(url);
  const auditSaves = await check.auditLog.count({ where: { action: "soak.save" } });
  const auditRollbacks = await check.auditLog.count({ where: { action: "soak.rollback" } });
  const hits = await check.rateLimitHit.count({ where: { bucket: { startsWith: "soak:" } } });
  const offers = await check.offer.findMany({ where: { id: { in: offerIds } }, select: { id: true, title: true } });
  const lostSaves = offers.filter((offer) => ackedTitle.has(offer.id) && ackedTitle.get(offer.id)!.title !== offer.title).length;
  const rolledBackVisible = offers.filter((offer) => offer.title.startsWith(ROLLED_BACK_MARK)).length;
  const documents = await check.offerSearchDocument.findMany({
    where: { offerId: { in: offerIds } },
    select: { offerId: true, title: true },
  });
  const staleDocuments = offers.filter((offer) => {
    const document = documents.find((d) => d.offerId === offer.id);
    return !document || document.title !== normalizeSearchText(offer.title);
  }).length;
  await check.$executeRawUnsafe(`INSERT INTO "OfferSearch"("OfferSearch") VALUES ('integrity-check')`);
  const [integrity] = await check.$queryRawUnsafe<{ integrity_check: string }[]>("PRAGMA integrity_check");
  await check.$disconnect();

  const result = {
    seconds: SECONDS,
    writers: WRITERS,
    offers: offerIds.length,
    acknowledgedSaves: counts.saves,
    savesPerSecond: Math.round(counts.saves / SECONDS),
    auditRowsOfSaves: auditSaves,
    acknowledgedOutsideWrites: counts.outsideWrites,
    rowsOfOutsideWrites: hits,
    rolledBackTransactions: counts.rollbacks,
    rolledBackRowsFound: auditRollbacks + rolledBackVisible,
    offersWithLostSave: lostSaves,
    staleSearchDocuments: staleDocuments,
    ftsIntegrity: "ok",
    integrityCheck: integrity.integrity_check,
    reads: counts.reads,
    dirtyReads: counts.dirtyReads,
    saveMs: { p50: percentile(saveMs, 50), p95: percentile(saveMs, 95), max: percentile(saveMs, 100) },
    readMs: { p50: percentile(readMs, 50), p95: percentile(readMs, 95), max: percentile(readMs, 100) },
    readMsDuringForeignLock:
      LOCK_MS > 0
        ? { n: readMsDuringLock.length, p95: percentile(readMsDuringLock, 95), max: percentile(readMsDuringLock, 100) }
        : undefined,
    errors: Object.fromEntries(errors),
  };
  console.log(JSON.stringify(result, null, 2));
  if (!args.keep) removeSqliteFiles(file);

  const ok =
    auditSaves === counts.saves &&
    hits === counts.outsideWrites &&
    auditRollbacks + rolledBackVisible === 0 &&
    lostSaves === 0 &&
    staleDocuments === 0 &&
    counts.dirtyReads === 0 &&
    integrity.integrity_check === "ok";
  console.log(ok ? "✓ nothing acknowledged was lost, nothing rolled back survived" : "✗ inconsistency found (see above)");
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
