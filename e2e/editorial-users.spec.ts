import type { Browser, Page } from "@playwright/test";
import { clickWhenHydrated, deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import { linkIn, waitForMail } from "./mail";

// Issue 5, user management end to end: an admin invites a planner by e-mail from the editor area,
// the invitation arrives over SMTP, the invitee creates their account from the link (choosing
// their own password — none is ever mailed), lands logged in as a planner, and the editor area
// stays closed to them.

const PASSWORD = "Stadtplan-Kompass-2026";

async function logIn(page: Page, email: string, password: string) {
  await page.goto("/de/anmelden");
  await page.getByLabel(deText("Auth.emailLabel"), { exact: true }).fill(email);
  await page.getByLabel(deText("Auth.passwordLabel"), { exact: true }).fill(password);
  await clickWhenHydrated(page.getByRole("button", { name: deText("Auth.submit"), exact: true }));
  await expect(page).toHaveURL(/\/de\/konto/);
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ locale: "de-DE", timezoneId: "Europe/Berlin" });
  return context.newPage();
}

test.describe("editors manage users", () => {
  test.describe.configure({ timeout: 180_000 });

  test("inviting a planner", async ({ page, browser, db }) => {
    const run = Date.now().toString(36);
    const email = `planerin-${run}@example.org`;

    // ── The admin invites a planner in the editor area ──
    await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
    await page.goto("/de/redaktion/nutzer");
    await expect(page.getByRole("heading", { level: 1, name: deText("Users.title") })).toBeVisible();
    const inviteForm = page.getByRole("region", { name: deText("Users.invite.heading") });
    const emailField = inviteForm.getByLabel(deText("Users.invite.email"), { exact: true });
    await waitForHydration(emailField);
    await emailField.fill(email);
    await inviteForm.getByLabel(deText("Users.invite.role"), { exact: true }).selectOption({ label: deText("Users.roles.PLANNER") });
    await clickWhenHydrated(inviteForm.getByRole("button", { name: deText("Users.invite.submit"), exact: true }));
    await expect(inviteForm.getByText(deText("Users.invite.sent", { email }))).toBeVisible();

    const invitation = await db.invitation.findFirstOrThrow({
      where: { email },
      select: { globalRole: true, organizationId: true, tokenHash: true },
    });
    expect(invitation).toMatchObject({ globalRole: "PLANNER", organizationId: null });

    // ── The mail holds a link, never a password ──
    const mail = await waitForMail(email, /einladung/i);
    const link = linkIn(mail, "/einladung");
    expect(link).not.toContain(invitation.tokenHash);
    expect(mail.text).not.toMatch(/Passwort:\s*\S/);

    // ── The invitee creates the account from the link and lands logged in ──
    const invitee = await newPage(browser);
    await invitee.goto(link);
    await expect(invitee.getByRole("heading", { level: 1, name: deText("Users.acceptInvitation.heading") })).toBeVisible();
    await waitForHydration(invitee.getByLabel(deText("Team.accept.name"), { exact: true }));
    await invitee.getByLabel(deText("Team.accept.name"), { exact: true }).fill("Pia Planerin");
    await invitee.getByLabel(deText("Team.accept.password"), { exact: true }).fill(PASSWORD);
    await invitee.getByLabel(deText("Team.accept.passwordConfirm"), { exact: true }).fill(PASSWORD);
    await invitee.getByLabel(deText("Team.accept.acceptTerms")).check();
    await clickWhenHydrated(invitee.getByRole("button", { name: deText("Team.accept.submit"), exact: true }));
    await expect(invitee).toHaveURL(/\/de\/konto/);
    await expect(invitee.getByRole("definition").getByText(deText("Account.roles.PLANNER"), { exact: true }).first()).toBeVisible();
    expect(await db.user.findUniqueOrThrow({ where: { email }, select: { role: true } })).toEqual({ role: "PLANNER" });

    // The editor area stays closed to planners.
    const refused = await invitee.goto("/de/redaktion/nutzer");
    expect(refused?.status()).toBe(404);
    await invitee.context().close();

    // ── The user list shows the new planner ──
    await page.goto(`/de/redaktion/nutzer?q=${encodeURIComponent(email)}`);
    const row = page.getByRole("listitem").filter({ hasText: email });
    await expect(row).toHaveCount(1);
    await expect(row.getByText(deText("Users.roles.PLANNER"), { exact: true })).toBeVisible();
    await expect(row.getByRole("link", { name: "Pia Planerin" })).toBeVisible();
  });
});
