// The web server for Playwright: a production build on a freshly seeded database.
// Started by playwright.config.ts (webServer); stopping it stops `next start`.
import { ensureBuild } from "./lib/build";
import { migrate, removeSqliteFiles, seed } from "./lib/database";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATABASE_URL, E2E_PORT } from "./lib/e2e-env";
import { bin, sqliteFile } from "./lib/paths";
import { runForeground } from "./lib/process";

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: E2E_DATABASE_URL,
    AUTH_SECRET: E2E_AUTH_SECRET,
    APP_URL: E2E_BASE_URL,
    NEXT_TELEMETRY_DISABLED: "1",
    // Mail goes to the outbox table, never to a real server.
    SMTP_URL: "",
    // The request log would drown Playwright's report; warnings and errors still show.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
  };

  const file = sqliteFile(E2E_DATABASE_URL);
  removeSqliteFiles(file);
  console.log(`› Preparing ${file}`);
  await migrate(env, file);
  await seed(env, ["--reset"]);

  await ensureBuild(env, { force: Boolean(process.env.CI) });

  console.log(`› Starting ${E2E_BASE_URL}`);
  runForeground(bin("next"), ["start", "-p", String(E2E_PORT)], { ...env, NODE_ENV: "production", PORT: String(E2E_PORT) });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
