// `npm run demo [-- --reset]`: a working portal with demo data on http://localhost:$PORT, offline,
// from a fresh clone after `npm install`. Migrates, seeds an empty database (or resets it with
// --reset), builds when the sources are newer than the build, then runs `next start`.
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../lib/db";
import { DEFAULT_DATABASE_URL } from "../lib/database-url";
import { ensureBuild } from "./lib/build";
import { migrate, seed } from "./lib/database";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./lib/demo-accounts";
import { bin, REPO_ROOT, sqliteFile } from "./lib/paths";
import { runForeground } from "./lib/process";
import { withServerMemorySettings } from "./lib/server-memory";

const DATA_DIR = path.join(REPO_ROOT, "data");
const SECRET_FILE = path.join(DATA_DIR, "auth-secret");

/** AUTH_SECRET from the environment, else one generated on the first run and kept in data/ (mode 600). */
function authSecret(): string {
  const fromEnv = process.env.AUTH_SECRET?.trim();
  if (fromEnv) return fromEnv;
  if (fs.existsSync(SECRET_FILE)) {
    const stored = fs.readFileSync(SECRET_FILE, "utf8").trim();
    if (stored.length >= 32) return stored;
  }
  const secret = randomBytes(48).toString("base64url");
  fs.writeFileSync(SECRET_FILE, secret + "\n", { mode: 0o600 });
  fs.chmodSync(SECRET_FILE, 0o600);
  console.log(`› Generated a session secret in ${path.relative(REPO_ROOT, SECRET_FILE)}.`);
  return secret;
}

async function hasOrganizations(url: string): Promise<boolean> {
  const db = createPrismaClient(url);
  try {
    return (await db.organization.count()) > 0;
  } finally {
    await db.$disconnect();
  }
}

function printWelcome(url: string): void {
  const width = Math.max(...DEMO_ACCOUNTS.map((a) => a.email.length));
  console.log(
    [
      "",
      `  Chancenportal demo: ${url}`,
      "",
      `  Demo accounts (password for all: ${DEMO_PASSWORD}):`,
      ...DEMO_ACCOUNTS.map((a) => `    ${a.email.padEnd(width)}  ${a.description}`),
      "",
      "  Stop with Ctrl+C.",
      "",
    ].join("\n"),
  );
}

/** Like `next start`, read .env.local and .env — without overriding variables set in the shell. */
function loadEnvFiles(): void {
  for (const name of [".env.local", ".env"]) {
    const file = path.join(REPO_ROOT, name);
    if (fs.existsSync(file)) process.loadEnvFile(file);
  }
}

async function main() {
  loadEnvFiles();
  const args = process.argv.slice(2);
  const reset = args.includes("--reset");
  const port = process.env.PORT || "3000";
  if (!/^\d+$/.test(port)) throw new Error(`PORT must be a number, got "${port}"`);

  fs.mkdirSync(DATA_DIR, { recursive: true });
  // Relative URLs are resolved against the repository root, so `npm run demo` works from any folder.
  const databaseUrl = `file:${sqliteFile(process.env.DATABASE_URL || DEFAULT_DATABASE_URL)}`;
  // Mailed links never follow the request's Host header, so the production server needs its public
  // address: the configured APP_URL, or this machine on the chosen port.
  const baseUrl = process.env.APP_URL || `http://localhost:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    APP_URL: baseUrl,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: authSecret(),
    NEXT_TELEMETRY_DISABLED: "1",
  };

  console.log(`› Database ${path.relative(REPO_ROOT, sqliteFile(databaseUrl))}: applying migrations.`);
  await migrate(env, sqliteFile(databaseUrl));
  if (reset) {
    console.log("› --reset: replacing all data with the demo data.");
    await seed(env, ["--reset"]);
  } else if (!(await hasOrganizations(databaseUrl))) {
    console.log("› Empty database: loading the demo data.");
    await seed(env);
  } else {
    console.log("› Keeping the existing data (use `npm run demo -- --reset` to start over).");
  }

  await ensureBuild(env);

  printWelcome(baseUrl);
  runForeground(bin("next"), ["start", "-p", port], withServerMemorySettings({ ...env, NODE_ENV: "production", PORT: port }));
}

main().catch((error: unknown) => {
  console.error(`demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
