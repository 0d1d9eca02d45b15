import type { Browser, Page } from "@playwright/test";
import type { PrismaClient } from "../generated/prisma/client";
import { clickWhenHydrated, deText, expect, waitForHydration } from "./fixtures";
import { linkIn, waitForMail } from "./mail";

// Steps several specs walk through in the browser: signing in, a provider's registration with the
// verification mail, the profile, an offer, and an editor's approval of the organisation.

export const PROVIDER_PASSWORD = "Lindenblatt-Teekanne-42";

/** A fresh browser context (own cookies) in German, for a second person in the same test. */
export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  return context.newPage();
}

export async function logIn(page: Page, email: string, password = PROVIDER_PASSWORD): Promise<void> {
  await page.goto("/de/anmelden");
  await page.getByLabel(deText("Auth.emailLabel"), { exact: true }).fill(email);
  await page.getByLabel(deText("Auth.passwordLabel"), { exact: true }).fill(password);
  await clickWhenHydrated(page.getByRole("button", { name: deText("Auth.submit"), exact: true }));
  await expect(page).toHaveURL(/\/de\/konto/);
}

/** The accessible name of an optional field: its label followed by "(freiwillig)". */
export function optional(key: string): string {
  return `${deText(key)} ${deText("FormCommon.optional")}`;
}

export type RegisteredProvider = { organizationId: number; orgName: string; email: string };

/**
 * Registers a new organisation with its first admin at /de/registrieren, follows the verification
 * link from the mail received over SMTP and signs in. The organisation waits for approval.
 */
export async function registerProvider(
  page: Page,
  db: PrismaClient,
  { orgName, email, personName }: { orgName: string; email: string; personName: string },
): Promise<RegisteredProvider> {
  await page.goto("/de/registrieren");
  await waitForHydration(page.getByLabel(deText("Register.emailLabel"), { exact: true }));
  await page.getByLabel(deText("Register.modeNew")).check();
  await page.getByLabel(deText("Register.organizationNameNew"), { exact: true }).fill(orgName);
  await page.getByLabel(deText("Register.nameLabel"), { exact: true }).fill(personName);
  await page.getByLabel(deText("Register.emailLabel"), { exact: true }).fill(email);
  await page.getByLabel(deText("Register.passwordLabel"), { exact: true }).fill(PROVIDER_PASSWORD);
  await page.getByLabel(deText("Register.acceptTermsLabel")).check();
  await clickWhenHydrated(page.getByRole("button", { name: deText("Register.submit"), exact: true }));
  await expect(page.getByRole("heading", { name: deText("Register.checkMailTitle") })).toBeVisible();

  const organization = await db.organization.findFirstOrThrow({ where: { name: orgName }, select: { id: true, status: true } });
  expect(organization.status).toBe("PENDING");

  const verification = await waitForMail(email, /e-mail-bestaetigen/);
  await page.goto(linkIn(verification, "/e-mail-bestaetigen"));
  await expect(page.getByText(deText("Register.verified"))).toBeVisible();
  await logIn(page, email);
  return { organizationId: organization.id, orgName, email };
}

/** Fills the profile's address and phone (offers take their place from it) and saves. */
export async function fillProfile(page: Page, db: PrismaClient, organizationId: number): Promise<void> {
  const postal = await db.postalCode.findFirstOrThrow({ orderBy: { code: "asc" }, select: { code: true, city: true } });
  await page.goto("/de/konto/profil");
  const profile = page.locator("form").filter({ has: page.getByRole("button", { name: deText("ProfileForm.save") }) });
  await waitForHydration(profile.getByLabel(deText("ProfileForm.street"), { exact: true }));
  await profile
    .getByLabel(deText("ProfileForm.summary"), { exact: true })
    .fill("Hilfe unter Nachbarn: Hausaufgaben, Einkäufe, Feste im Lindenhof.");
  await profile.getByLabel(deText("ProfileForm.street"), { exact: true }).fill("Lindenstraße 12");
  await profile.getByLabel(deText("ProfileForm.postalCode"), { exact: true }).fill(postal.code);
  await profile.getByLabel(deText("ProfileForm.city"), { exact: true }).fill(postal.city);
  await profile
    .getByRole("region", { name: deText("ProfileForm.sectionContact") })
    .getByLabel(deText("ProfileForm.phone"), { exact: true })
    .fill("0231 123456");
  await clickWhenHydrated(profile.getByRole("button", { name: deText("ProfileForm.save") }));
  await expect(page.getByText(deText("ProfileForm.saved"))).toBeVisible();
  await expect
    .poll(async () => (await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { postalCode: true } })).postalCode)
    .toBe(postal.code);
}

/**
 * An editor (own browser context) approves the organisation on its review page in the editor area
 * (opened from the waiting list with `viaList`); the organisation's admin is told by mail.
 */
export async function approveOrganizationAsEditor(
  browser: Browser,
  db: PrismaClient,
  provider: RegisteredProvider,
  { editor, viaList = false }: { editor: { email: string; password: string }; viaList?: boolean },
): Promise<void> {
  const page = await newPage(browser);
  await logIn(page, editor.email, editor.password);
  if (viaList) {
    await page.goto("/de/redaktion/anbieter");
    await page.getByRole("link", { name: provider.orgName }).click();
  } else {
    await page.goto(`/de/redaktion/anbieter/${provider.organizationId}`);
  }
  await expect(page.getByRole("heading", { level: 1, name: provider.orgName })).toBeVisible();
  await clickWhenHydrated(page.getByRole("button", { name: deText("Editorial.decision.approve"), exact: true }));
  await expect(page.getByText(deText("Editorial.done.approve"))).toBeVisible();
  await page.context().close();
  expect((await db.organization.findUniqueOrThrow({ where: { id: provider.organizationId }, select: { status: true } })).status).toBe(
    "APPROVED",
  );
  await waitForMail(provider.email, /freigeschaltet/i);
}

/** A sub-category's name (the offer form needs at least one category). */
export async function someCategoryName(db: PrismaClient): Promise<string> {
  const category = await db.category.findFirstOrThrow({
    where: { parentId: { not: null } },
    orderBy: [{ parentId: "asc" }, { position: "asc" }],
    select: { name: true },
  });
  return category.name;
}

/** Opens the new-offer form and fills the least a permanent offer needs (title, summary, category). */
export async function fillNewPermanentOffer(
  page: Page,
  { title, summary, category }: { title: string; summary: string; category: string },
): Promise<void> {
  await page.goto("/de/konto/angebote/neu");
  await waitForHydration(page.getByLabel(deText("OfferForm.basics.title"), { exact: true }));
  await page.getByLabel(deText("OfferForm.basics.title"), { exact: true }).fill(title);
  await page.getByLabel(optional("OfferForm.basics.summary"), { exact: true }).fill(summary);
  await page.getByRole("checkbox", { name: category, exact: true }).check();
  await page.getByLabel(deText("OfferForm.schedule.kindPERMANENT")).check();
}
