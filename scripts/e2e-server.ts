// The web server for Playwright: a production build on a freshly seeded database.
// Started by playwright.config.ts (webServer); stopping it stops `next start`.
import { ensureBuild } from "./lib/build";
import { migrate, removeSqliteFiles, seed } from "./lib/database";
import { E2E_AUTH_SECRET, E2E_BASE_URL, E2E_DATABASE_URL, E2E_MAIL_DIR, E2E_PORT, E2E_SMTP_PORT, E2E_TRANSLATE_PORT } from "./lib/e2e-env";
import { startTranslator } from "./lib/e2e-translate";
import { startMailbox } from "./lib/e2e-mail";
import { bin, sqliteFile } from "./lib/paths";
import { runForeground } from "./lib/process";
import { withServerMemorySettings } from "./lib/server-memory";

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: E2E_DATABASE_URL,
    AUTH_SECRET: E2E_AUTH_SECRET,
    APP_URL: E2E_BASE_URL,
    NEXT_TELEMETRY_DISABLED: "1",
    // Mail goes over real SMTP to the run's own mailbox (started below), never to a real server.
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    // Translation suggestions go to the run's own stub (started below), never to a real service.
    TRANSLATE_URL: `http://127.0.0.1:${E2E_TRANSLATE_PORT}`,
    // Every e2e request comes from 127.0.0.1: the per-IP limits would otherwise trip across specs
    // (the limits themselves are covered by integration tests).
    AUTH_RATE_LIMIT_MAX: "10000",
    // Uploads of this run stay apart from the demo's.
    UPLOAD_DIR: "data/e2e-uploads",
    // The request log would drown Playwright's report; warnings and errors still show.
    LOG_LEVEL: process.env.LOG_LEVEL ?? "warn",
    // Specs seed through Prisma from another process: the page must show their rows at once.
    SHARED_CACHE_TTL_MS: "0",
  };

  const file = sqliteFile(E2E_DATABASE_URL);
  removeSqliteFiles(file);
  console.log(`› Preparing ${file}`);
  await migrate(env, file);
  await seed(env, ["--reset"]);

  await ensureBuild(env, { force: Boolean(process.env.CI) });

  await startMailbox(E2E_SMTP_PORT, E2E_MAIL_DIR);
  console.log(`› Mailbox smtp://127.0.0.1:${E2E_SMTP_PORT} → ${E2E_MAIL_DIR}`);
  await startTranslator(E2E_TRANSLATE_PORT);
  console.log(`› Translator http://127.0.0.1:${E2E_TRANSLATE_PORT}`);
  console.log(`› Starting ${E2E_BASE_URL}`);
  runForeground(
    bin("next"),
    ["start", "-p", String(E2E_PORT)],
    withServerMemorySettings({ ...env, NODE_ENV: "production", PORT: String(E2E_PORT) }),
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
