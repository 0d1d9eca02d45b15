import fs from "node:fs";
import { defineConfig } from "@playwright/test";
import { E2E_BASE_URL } from "./scripts/lib/e2e-env";

const isCI = Boolean(process.env.CI);

// Debian's Chromium where installed (.ci/run installs it; Playwright cannot download browsers here);
// otherwise Playwright's own browser, for developers who ran `npx playwright install chromium`.
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const executablePath = fs.existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;

// This spec switches the portal-wide "offers need approval" setting, which every provider's save
// reads: it runs in its own project after all others, so no spec running in parallel sees the
// mode change (it restores the setting at the end). Run it alone with
// `npx playwright test --project=approval-modes --no-deps`.
const APPROVAL_MODES_SPEC = /editorial-approval\.spec\.ts$/;
// Renames the portal, recolours it and adds a category: portal-wide too, and it needs approval off
// while the approval spec switches it, so it runs after that project.
const PORTAL_SETTINGS_SPEC = /portal-settings\.spec\.ts$/;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  forbidOnly: isCI,
  retries: isCI ? 1 : 0,
  workers: 2,
  reporter: "list",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: E2E_BASE_URL,
    locale: "de-DE",
    timezoneId: "Europe/Berlin",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath,
      // Runs as root in CI (no sandbox possible); the rest keeps Chromium off the closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-dev-shm-usage",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      testIgnore: [APPROVAL_MODES_SPEC, PORTAL_SETTINGS_SPEC],
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
    {
      // Only tests tagged @mobile: the public pages residents use on their phones.
      name: "mobile",
      grep: /@mobile/,
      use: { browserName: "chromium", viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
    },
    {
      name: "approval-modes",
      testMatch: APPROVAL_MODES_SPEC,
      dependencies: ["desktop", "mobile"],
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
    {
      name: "portal-settings",
      testMatch: PORTAL_SETTINGS_SPEC,
      dependencies: ["approval-modes"],
      use: { browserName: "chromium", viewport: { width: 1280, height: 800 } },
    },
  ],
  webServer: {
    command: "node_modules/.bin/tsx scripts/e2e-server.ts",
    url: `${E2E_BASE_URL}/api/health`,
    // The first run includes `next build`: on two cores that takes minutes.
    timeout: 15 * 60_000,
    reuseExistingServer: !isCI,
    stdout: "pipe",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 10_000 },
  },
});
