// `npm run jobs:daily`: the portal's once-a-day work, meant for cron (see README, "Daily jobs").
// Each job runs even when an earlier one failed; the exit code is 1 when any job failed.
// Runs under the react-server export condition (see package.json), so feature modules that import
// "server-only" load outside Next.js.
import { sendEditorDigest } from "../features/moderation/digest";
import { refreshPassedNextDates } from "../features/offers/refresh-next-dates";
import { purgeExpiredDeletions } from "../features/moderation/trash-retention";
import { FRESHNESS_JOBS } from "../features/freshness/rules";
import { isValidDate, localDateTimeToUtc } from "../lib/dates";
import { purgeExpiredAnalytics } from "../features/analytics/retention";
import { prisma } from "../lib/db";

type Job = { name: string; run: (now: Date) => Promise<unknown> };

const JOBS: Job[] = [
  // Only sends when Settings.editorNotification is DAILY_DIGEST; otherwise reports "mode".
  { name: "editor digest", run: (now) => sendEditorDigest(now) },
  // Hard-deletes offers and organisations that have been in the editors' trash for over 30 days.
  { name: "purge deleted", run: (now) => purgeExpiredDeletions(now) },
  // Offers whose next date has passed get their next date, order key and end recomputed.
  { name: "refresh next dates", run: (now) => refreshPassedNextDates(now) },
  // Freshness (issue 15, features/freshness/rules.ts), after the refresh (it recomputes endsAt):
  // archive ended offers, hide offers still unconfirmed after the reminder, remind about offers
  // ending soon and offers/profiles not confirmed for months, weekly summaries and editor digest.
  ...FRESHNESS_JOBS,
  // Raw analytics events older than ANALYTICS_RETENTION_MONTHS (13) go; their daily counts stay.
  { name: "purge analytics events", run: (now) => purgeExpiredAnalytics(now) },
];

/** `--today YYYY-MM-DD` runs the jobs as if it were 05:00 (Berlin) that day; default: now. */
function clock(argv: string[]): Date {
  const index = argv.indexOf("--today");
  if (index === -1) return new Date();
  const day = argv[index + 1] ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !isValidDate(day)) {
    console.error(`--today expects a date YYYY-MM-DD, got "${day}"`);
    process.exit(2);
  }
  return localDateTimeToUtc(day, 5 * 60);
}

async function main(): Promise<number> {
  const now = clock(process.argv.slice(2));
  console.log(`daily jobs at ${now.toISOString()}`);
  let failed = 0;
  for (const job of JOBS) {
    try {
      const result = await job.run(now);
      console.log(`${job.name}: ${JSON.stringify(result)}`);
    } catch (error) {
      failed += 1;
      console.error(`${job.name} failed:`, error instanceof Error ? error.message : error);
    }
  }
  await prisma.$disconnect();
  return failed > 0 ? 1 : 0;
}

main().then((code) => process.exit(code));
