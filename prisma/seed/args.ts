import { isValidDate } from "@/lib/dates";

export type SeedOptions = {
  offers: number;
  providers: number;
  reset: boolean;
  seed: number;
  /** Pretend today is this Berlin date (reproducible dates for tests); default: the real today. */
  today: string | null;
  help: boolean;
};

/** Bad command-line input: reported as a plain message, without a stack trace. */
export class SeedUsageError extends Error {}

export const DEFAULT_OFFERS = 420;
export const DEFAULT_SEED = 2026;
const MIN_PROVIDERS = 8;

export const USAGE = `Usage: npm run seed -- [options]

Fills the database in DATABASE_URL (default file:./data/chancenportal.db) with the Musterstadt demo data.

  --offers <n>       number of offers (default ${DEFAULT_OFFERS})
  --providers <n>    number of providers (default max(64, offers / 25))
  --reset            delete all existing data first (migrations stay)
  --seed <int>       random seed; the same seed gives the same data (default ${DEFAULT_SEED})
  --today <date>     treat YYYY-MM-DD as today (dates are relative to today)
  --help             show this help`;

function integer(name: string, value: string | undefined, min: number): number {
  if (value === undefined || !/^-?\d+$/.test(value)) throw new SeedUsageError(`${name} needs a whole number, got "${value ?? ""}"`);
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed) || parsed < min) throw new SeedUsageError(`${name} must be at least ${min}`);
  return parsed;
}

export function parseSeedArgs(argv: string[]): SeedOptions {
  const values = new Map<string, string | undefined>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const [name, inline] = argv[i].split("=", 2);
    if (name === "--reset" || name === "--help" || name === "-h") {
      flags.add(name === "-h" ? "--help" : name);
    } else if (["--offers", "--providers", "--seed", "--today"].includes(name)) {
      values.set(name, inline ?? argv[++i]);
    } else {
      throw new SeedUsageError(`Unknown option "${argv[i]}"\n\n${USAGE}`);
    }
  }
  const offers = values.has("--offers") ? integer("--offers", values.get("--offers"), 0) : DEFAULT_OFFERS;
  const providers = values.has("--providers")
    ? integer("--providers", values.get("--providers"), MIN_PROVIDERS)
    : Math.max(64, Math.round(offers / 25));
  const today = values.get("--today") ?? null;
  if (values.has("--today") && (!today || !isValidDate(today)))
    throw new SeedUsageError(`--today needs a date like 2026-11-27, got "${today ?? ""}"`);
  return {
    offers,
    providers,
    reset: flags.has("--reset"),
    seed: values.has("--seed") ? integer("--seed", values.get("--seed"), 0) : DEFAULT_SEED,
    today,
    help: flags.has("--help"),
  };
}
