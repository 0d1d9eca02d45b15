import type { Page } from "@playwright/test";
import { clickWhenHydrated, DEMO_LOGINS, DEMO_PASSWORD, demoUser, expect, test } from "./fixtures";

// What the account page calls the roles (messages/de.json, Account.roles / Account.membershipRoles).
const GLOBAL_ROLE_LABELS = { NONE: "Anbieter/in", EDITOR: "Redaktion", PLANNER: "Planung", ADMIN: "Administration" } as const;
const MEMBERSHIP_ROLE_LABELS = { ORG_ADMIN: "Administrator/in", ORG_MEMBER: "Mitglied" } as const;
const INVALID_CREDENTIALS = "E-Mail-Adresse oder Passwort ist falsch.";

async function logIn(page: Page, email: string, password: string) {
  await page.goto("/de/anmelden");
  await page.getByLabel("E-Mail-Adresse", { exact: true }).fill(email);
  await page.getByLabel("Passwort", { exact: true }).fill(password);
  await clickWhenHydrated(page.getByRole("button", { name: "Anmelden", exact: true }));
}

function mainNavigation(page: Page) {
  return page.getByRole("navigation", { name: "Hauptnavigation" });
}

test.describe("login and logout", () => {
  const roles = [
    ["provider admin", DEMO_LOGINS.providerAdmin],
    ["provider member", DEMO_LOGINS.providerMember],
    ["admin of a second provider", DEMO_LOGINS.secondProviderAdmin],
    ["editor", DEMO_LOGINS.editor],
    ["planner", DEMO_LOGINS.planner],
    ["admin", DEMO_LOGINS.admin],
  ] as const;

  for (const [label, email] of roles) {
    test(`${label} logs in, sees the account page and logs out`, async ({ page, db }) => {
      const user = await demoUser(db, email);
      expect(user.disabledAt).toBeNull();

      await logIn(page, email, DEMO_PASSWORD);
      if (user.role === "PLANNER") {
        // Planners land in the analytics area; their overview is one link away.
        await expect(page).toHaveURL(/\/de\/auswertung$/);
        await page.goto("/de/konto");
      }
      await expect(page).toHaveURL(/\/de\/konto$/);
      await expect(page.getByRole("heading", { level: 1, name: "Übersicht" })).toBeVisible();

      const main = page.getByRole("main");
      await expect(main).toContainText(user.name);
      await expect(main).toContainText(user.email);
      await expect(main).toContainText(GLOBAL_ROLE_LABELS[user.role]);
      for (const membership of user.memberships) {
        await expect(main).toContainText(membership.organization.name);
        await expect(main).toContainText(MEMBERSHIP_ROLE_LABELS[membership.role]);
      }
      await expect(mainNavigation(page).getByRole("link", { name: "Anmelden", exact: true })).toHaveCount(0);

      await clickWhenHydrated(main.getByRole("button", { name: "Abmelden", exact: true }));
      await expect(mainNavigation(page).getByRole("link", { name: "Anmelden", exact: true })).toBeVisible();
      await page.goto("/de/konto");
      await expect(page).toHaveURL(/\/de\/anmelden/);
    });
  }
});

test("the header's logout link leads to the logout page, which signs out", async ({ page }) => {
  await logIn(page, DEMO_LOGINS.editor, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/de\/konto$/);

  await mainNavigation(page).getByRole("link", { name: "Abmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/de\/abmelden$/);
  await clickWhenHydrated(page.getByRole("main").getByRole("button", { name: "Abmelden", exact: true }));
  await expect(mainNavigation(page).getByRole("link", { name: "Anmelden", exact: true })).toBeVisible();
  await page.goto("/de/konto");
  await expect(page).toHaveURL(/\/de\/anmelden/);
});

test("a copy of the session cookie opens nothing after logout", async ({ page, browser }) => {
  await logIn(page, DEMO_LOGINS.planner, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/de\/auswertung$/);
  await page.goto("/de/konto");
  const copied = await page.context().cookies();

  await clickWhenHydrated(page.getByRole("main").getByRole("button", { name: "Abmelden", exact: true }));
  await expect(mainNavigation(page).getByRole("link", { name: "Anmelden", exact: true })).toBeVisible();

  const other = await browser.newContext();
  try {
    await other.addCookies(copied);
    const replay = await other.newPage();
    await replay.goto("/de/konto");
    await expect(replay).toHaveURL(/\/de\/anmelden/);
  } finally {
    await other.close();
  }
});

test("log out on all devices ends the other browser's session too", async ({ page, browser, db }) => {
  const email = `ueberall-${Date.now()}@musterstadt.example`;
  const demo = await db.user.findUniqueOrThrow({
    where: { email: DEMO_LOGINS.planner },
    select: { passwordHash: true, termsAcceptedVersion: true },
  });
  await db.user.create({
    data: {
      email,
      name: "Ulla Überall",
      passwordHash: demo.passwordHash,
      emailVerifiedAt: new Date(),
      termsAcceptedVersion: demo.termsAcceptedVersion,
    },
  });

  const other = await browser.newContext();
  try {
    const otherPage = await other.newPage();
    await logIn(otherPage, email, DEMO_PASSWORD);
    await expect(otherPage).toHaveURL(/\/de\/konto$/);

    await logIn(page, email, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/de\/konto$/);
    await page.goto("/de/konto/einstellungen");
    await clickWhenHydrated(page.getByRole("button", { name: "Auf allen Geräten abmelden", exact: true }));
    await expect(page).toHaveURL(/\/de\/anmelden/);

    await otherPage.goto("/de/konto");
    await expect(otherPage).toHaveURL(/\/de\/anmelden/);
  } finally {
    await other.close();
  }
});

test.describe("failed logins", () => {
  test("a wrong password shows the generic error and stays on the login page", async ({ page }) => {
    await logIn(page, DEMO_LOGINS.providerAdmin, "falsches-Passwort-123");
    await expect(page.getByRole("alert").filter({ hasText: INVALID_CREDENTIALS })).toBeVisible();
    await expect(page).toHaveURL(/\/de\/anmelden/);
  });

  test("a disabled user gets the same generic error", async ({ page, db }) => {
    const user = await demoUser(db, DEMO_LOGINS.disabled);
    expect(user.disabledAt, "the seed disables this account").not.toBeNull();

    await logIn(page, DEMO_LOGINS.disabled, DEMO_PASSWORD);
    await expect(page.getByRole("alert").filter({ hasText: INVALID_CREDENTIALS })).toBeVisible();
    await expect(page).toHaveURL(/\/de\/anmelden/);
  });
});
