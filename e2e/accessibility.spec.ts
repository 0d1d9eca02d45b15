import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test } from "./fixtures";
import { logIn } from "./flows";
import { publishedOffersWhere } from "../features/search/visibility";

// axe-core (WCAG 2.0/2.1 A and AA rules) over the public, provider and editor pages, at 1280 px
// (desktop project) and 360 px (mobile project, the tests are tagged @mobile). Every page must
// report no violation; the failure lists rule, impact and the offending elements per page.

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

type Finding = { path: string; rule: string; impact: string | null | undefined; targets: string[] };

async function scan(page: Page, path: string, prepare?: () => Promise<void>): Promise<Finding[]> {
  const response = await page.goto(path);
  expect(response?.status(), `${path} answers`).toBeLessThan(400);
  await page.waitForLoadState("load");
  // Maps render after hydration (and on the offer page only on demand): scan them drawn.
  if (path.includes("ansicht=karte")) await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 20_000 });
  if (prepare) await prepare();
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((v) => ({
    path,
    rule: `${v.id}: ${v.help}`,
    impact: v.impact,
    targets: v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ") ?? ""}`),
  }));
}

async function scanAll(page: Page, paths: string[]): Promise<void> {
  const findings: Finding[] = [];
  for (const path of paths) findings.push(...(await scan(page, path)));
  expect(findings, JSON.stringify(findings, null, 2)).toEqual([]);
}

test.describe.configure({ timeout: 180_000 });

test("public pages have no axe violations @mobile", async ({ page, db }) => {
  const now = new Date();
  const [offer, provider] = await Promise.all([
    db.offer.findFirstOrThrow({
      where: { ...publishedOffersWhere({ now }), locationType: "ADDRESS", lat: { not: null }, lng: { not: null } },
      select: { slug: true },
      orderBy: { id: "asc" },
    }),
    db.organization.findFirstOrThrow({ where: { status: "APPROVED", deletedAt: null }, select: { slug: true }, orderBy: { id: "asc" } }),
  ]);
  await scanAll(page, [
    "/de",
    "/de/angebote",
    "/de/angebote?ansicht=karte",
    `/de/angebote/${offer.slug}`,
    "/de/anbieter",
    `/de/anbieter/${provider.slug}`,
    "/de/anmelden",
    "/de/registrieren",
    "/de/passwort-vergessen",
    "/de/impressum",
    "/de/datenschutz",
    "/de/nutzungsbedingungen",
    "/ar",
    `/ar/offers/${offer.slug}`,
  ]);
  // The offer page with its map shown (attribution, zoom buttons, marker).
  const withMap = await scan(page, `/de/angebote/${offer.slug}`, async () => {
    // A tall window has it in view already (loaded by itself); otherwise press "Karte anzeigen".
    const show = page.getByRole("button", { name: deText("LazyMap.show"), exact: true });
    if (await show.count()) await show.evaluate((button: HTMLElement) => button.click()).catch(() => {});
    await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 20_000 });
  });
  expect(withMap, JSON.stringify(withMap, null, 2)).toEqual([]);
});

test("provider pages have no axe violations @mobile", async ({ page, db }) => {
  await logIn(page, DEMO_LOGINS.providerAdmin, DEMO_PASSWORD);
  const offer = await db.offer.findFirstOrThrow({
    where: { deletedAt: null, organization: { memberships: { some: { user: { email: DEMO_LOGINS.providerAdmin } } } } },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  await scanAll(page, [
    "/de/konto",
    "/de/konto/angebote",
    "/de/konto/angebote/neu",
    `/de/konto/angebote/${offer.id}`,
    `/de/konto/angebote/${offer.id}/vorschau`,
    "/de/konto/profil",
    "/de/konto/team",
    "/de/konto/einstellungen",
  ]);
});

test("editor pages have no axe violations @mobile", async ({ page, db }) => {
  await logIn(page, DEMO_LOGINS.editor, DEMO_PASSWORD);
  const [organization, offer] = await Promise.all([
    db.organization.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true }, orderBy: { id: "asc" } }),
    db.offer.findFirstOrThrow({ where: { deletedAt: null }, select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  await scanAll(page, [
    "/de/redaktion",
    "/de/redaktion/anbieter",
    `/de/redaktion/anbieter/${organization.id}`,
    "/de/redaktion/angebote",
    `/de/redaktion/angebote/${offer.id}`,
    "/de/redaktion/veroeffentlicht",
    "/de/redaktion/gesperrt",
    "/de/redaktion/papierkorb",
    "/de/redaktion/protokoll",
  ]);
});

test("admin pages have no axe violations @mobile", async ({ page, db }) => {
  await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
  const user = await db.user.findFirstOrThrow({ where: { email: DEMO_LOGINS.providerMember }, select: { id: true } });
  await scanAll(page, [
    "/de/redaktion/nutzer",
    `/de/redaktion/nutzer/${user.id}`,
    "/de/redaktion/einstellungen",
    "/de/redaktion/einstellungen/stadtteile",
    "/de/redaktion/einstellungen/karte",
  ]);
});
