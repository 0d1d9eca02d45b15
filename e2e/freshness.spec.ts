import { execFileSync } from "node:child_process";
import { clickWhenHydrated, DEMO_LOGINS, expect, test } from "./fixtures";
import { waitForMail } from "./mail";
import { publishedOffersWhere } from "../features/search/visibility";
import { E2E_BASE_URL, E2E_DATABASE_URL, E2E_SMTP_PORT } from "../scripts/lib/e2e-env";
import { generateToken } from "../lib/tokens";

// Freshness end to end (issue 15): the daily job (the cron command itself) mails the provider a
// reminder with one-click links; opening the link changes nothing, the button confirms, the link is
// then used up, and the offer page's "zuletzt bestätigt" date moves to today.

const DAY = 86_400_000;

function runDailyJobs(): string {
  return execFileSync("npm", ["run", "--silent", "jobs:daily"], {
    env: {
      ...process.env,
      DATABASE_URL: E2E_DATABASE_URL,
      SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
      APP_URL: E2E_BASE_URL,
      LOG_LEVEL: "warn",
    },
    encoding: "utf8",
    timeout: 120_000,
  });
}

const berlinDate = (date: Date) => new Intl.DateTimeFormat("de", { dateStyle: "long", timeZone: "Europe/Berlin" }).format(date);

test.describe("freshness", () => {
  test("a provider gets the reminder, clicks 'still current', and the offer's 'zuletzt bestätigt' date changes", async ({ page, db }) => {
    test.setTimeout(180_000);
    const user = await db.user.findUniqueOrThrow({
      where: { email: DEMO_LOGINS.providerAdmin },
      select: { id: true, memberships: { select: { organizationId: true } } },
    });
    await db.user.update({ where: { id: user.id }, data: { reminderMode: "IMMEDIATE" } });
    const offer = await db.offer.findFirstOrThrow({
      where: { ...publishedOffersWhere(), organizationId: user.memberships[0].organizationId },
      orderBy: { id: "asc" },
      select: { id: true, slug: true, title: true },
    });
    const old = new Date(Date.now() - 200 * DAY);
    await db.offer.update({ where: { id: offer.id }, data: { lastConfirmedAt: old } });
    await db.freshnessNotice.deleteMany({ where: { offerId: offer.id } });

    await page.goto(`/de/angebote/${offer.slug}`);
    await expect(page.getByTestId("last-confirmed")).toHaveText(`Zuletzt bestätigt am ${berlinDate(old)}`);

    const output = runDailyJobs();
    expect(output).toMatch(/freshness: remind unconfirmed: \{"items":\d+/);
    const mail = await waitForMail(DEMO_LOGINS.providerAdmin, new RegExp(`– ${offer.title.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\r?\\n`));
    expect(mail.text).toContain("seit mindestens 6 Monaten weder geändert noch bestätigt");
    expect(mail.text).toContain("/de/konto/einstellungen"); // where to choose immediate or weekly
    const lines = mail.text.split(/\r?\n/);
    const link = lines[lines.findIndex((line) => line === `– ${offer.title}`) + 1].trim();
    expect(link).toMatch(/\/de\/bestaetigen\?token=[A-Za-z0-9_-]{43}$/);

    // Opening the link (as a mail scanner would) confirms nothing.
    await page.goto(link);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Angaben als aktuell bestätigen");
    await expect(page.getByText(offer.title, { exact: false }).first()).toBeVisible();
    expect((await db.offer.findUniqueOrThrow({ where: { id: offer.id } })).lastConfirmedAt).toEqual(old);

    await clickWhenHydrated(page.getByRole("button", { name: "Ja, noch aktuell" }));
    await expect(page.getByRole("status").filter({ hasText: "ist jetzt als aktuell bestätigt" })).toBeVisible();
    const confirmed = (await db.offer.findUniqueOrThrow({ where: { id: offer.id } })).lastConfirmedAt!;
    expect(confirmed.getTime()).toBeGreaterThan(Date.now() - 5 * 60_000);

    // The link is used up now.
    await page.goto(link);
    await expect(page.getByRole("alert").filter({ hasText: "schon benutzt" })).toBeVisible();

    await page.goto(`/de/angebote/${offer.slug}`);
    await expect(page.getByTestId("last-confirmed")).toHaveText(`Zuletzt bestätigt am ${berlinDate(confirmed)}`);
  });

  test("without JavaScript the button still confirms, and says so @mobile", async ({ browser, db }) => {
    const offer = await db.offer.findFirstOrThrow({ where: publishedOffersWhere(), orderBy: { id: "desc" }, select: { id: true } });
    const { token, tokenHash } = generateToken();
    await db.freshnessToken.create({ data: { tokenHash, offerId: offer.id, expiresAt: new Date(Date.now() + 30 * DAY) } });
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/en/confirm?token=${token}`);
    await page.getByRole("button", { name: "Yes, still current" }).click();
    await expect(page.getByRole("status").filter({ hasText: "is now confirmed as current" })).toBeVisible();
    expect((await db.freshnessToken.findUniqueOrThrow({ where: { tokenHash } })).usedAt).not.toBeNull();
    await context.close();
  });

  test("a tampered link gets a clear message @mobile", async ({ page }) => {
    await page.goto("/de/bestaetigen?token=abc");
    await expect(page.getByRole("alert").filter({ hasText: "unvollständig oder wurde verändert" })).toBeVisible();
    await page.goto(`/en/confirm?token=${"A".repeat(43)}`);
    await expect(page.getByRole("alert").filter({ hasText: "We do not know this link" })).toBeVisible();
  });
});
