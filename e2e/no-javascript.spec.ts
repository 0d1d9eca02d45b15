import type { Page } from "@playwright/test";
import { deText, deTextPattern, DEMO_LOGINS, DEMO_PASSWORD, expect, test } from "./fixtures";
import { linkIn, waitForMail } from "./mail";

// Registration, login and password reset with JavaScript switched off: every form carrying a secret
// posts it (a server action), so no password ever appears in a URL, and the login sets the session
// cookie from the server. Issue 18, item 7.

test.use({ javaScriptEnabled: false });

const PASSWORD = "Kastanien-Allee-Nojs-17";
const NEW_PASSWORD = "Linden-Hof-Nojs-2026";

/** Every URL the page requested or navigated to, to check that no secret was in one. */
function recordUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on("request", (request) => urls.push(request.url()));
  return urls;
}

async function logInWithoutScript(page: Page, email: string, password: string, query = "") {
  await page.goto(`/de/anmelden${query}`);
  await page.getByLabel(deText("Auth.emailLabel"), { exact: true }).fill(email);
  await page.getByLabel(deText("Auth.passwordLabel"), { exact: true }).fill(password);
  await page.getByRole("button", { name: deText("Auth.submit"), exact: true }).click();
}

test("registers, confirms, logs in and resets the password without JavaScript @mobile", async ({ page, db }) => {
  const urls = recordUrls(page);
  const stamp = `${Date.now()}-${test.info().project.name}`;
  const email = `nojs-${stamp}@example.test`;
  const orgName = `Ohne Skript e. V. ${stamp}`;

  // A mistake first: the errors come back from the server, the typed fields stay filled, the password does not.
  await page.goto("/de/registrieren");
  await page.getByLabel(deText("Register.organizationNameNew"), { exact: true }).fill(orgName);
  await page.getByLabel(deText("Register.nameLabel"), { exact: true }).fill("Nora Skriptlos");
  await page.getByLabel(deText("Register.emailLabel"), { exact: true }).fill(email);
  await page.getByLabel(deText("Register.passwordLabel"), { exact: true }).fill(PASSWORD);
  await page.getByRole("button", { name: deText("Register.submit"), exact: true }).click();
  await expect(page.getByText(deText("Auth.termsRequired"))).toBeVisible();
  await expect(page.getByLabel(deText("Register.emailLabel"), { exact: true })).toHaveValue(email);
  await expect(page.getByLabel(deText("Register.passwordLabel"), { exact: true })).toHaveValue("");
  expect(await db.user.count({ where: { email } })).toBe(0);

  await page.getByLabel(deText("Register.passwordLabel"), { exact: true }).fill(PASSWORD);
  await page.getByLabel(deText("Register.acceptTermsLabel")).check();
  await page.getByRole("button", { name: deText("Register.submit"), exact: true }).click();
  await expect(page.getByRole("heading", { name: deText("Register.checkMailTitle") })).toBeVisible();
  expect(await db.user.count({ where: { email } })).toBe(1);

  await page.goto(linkIn(await waitForMail(email, /e-mail-bestaetigen/), "/e-mail-bestaetigen"));
  await expect(page.getByText(deText("Register.verified"))).toBeVisible();

  // A wrong password: the generic error, still on the login page, no session.
  await logInWithoutScript(page, email, "falsch-falsch-falsch");
  await expect(page.getByText(deText("Auth.invalidCredentials"))).toBeVisible();
  await expect(page).toHaveURL(/\/de\/anmelden/);
  await expect(page.getByLabel(deText("Auth.emailLabel"), { exact: true })).toHaveValue(email);

  // The right one: the server sets the session cookie and goes to the (checked) callbackUrl.
  await logInWithoutScript(page, email, PASSWORD, "?callbackUrl=%2Fde%2Fkonto%2Feinstellungen");
  await expect(page).toHaveURL(/\/de\/konto\/einstellungen$/);
  const cookies = await page.context().cookies();
  expect(cookies.find((c) => c.name === "next-auth.session-token")?.httpOnly).toBe(true);

  // Forgot password in a fresh context (signed out), then reset with the mailed link.
  await page.context().clearCookies();
  await page.goto("/de/passwort-vergessen");
  await page.getByLabel(deText("Auth.emailLabel"), { exact: true }).fill(email);
  await page.getByRole("button", { name: deText("Auth.forgotSubmit"), exact: true }).click();
  await expect(page.getByText(deTextPattern("Auth.forgotSent"))).toBeVisible();

  await page.goto(linkIn(await waitForMail(email, /passwort-zuruecksetzen/), "/passwort-zuruecksetzen"));
  await page.getByLabel(deText("Auth.newPasswordLabel"), { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(deText("Auth.newPasswordConfirmLabel"), { exact: true }).fill(`${NEW_PASSWORD}x`);
  await page.getByRole("button", { name: deText("Auth.resetSubmit"), exact: true }).click();
  await expect(page.getByText(deText("Auth.passwordMismatch"))).toBeVisible();
  await page.getByLabel(deText("Auth.newPasswordLabel"), { exact: true }).fill(NEW_PASSWORD);
  await page.getByLabel(deText("Auth.newPasswordConfirmLabel"), { exact: true }).fill(NEW_PASSWORD);
  await page.getByRole("button", { name: deText("Auth.resetSubmit"), exact: true }).click();
  await expect(page.getByText(deText("Auth.resetDone"))).toBeVisible();

  await logInWithoutScript(page, email, NEW_PASSWORD);
  await expect(page).toHaveURL(/\/de\/konto$/);

  for (const secret of [PASSWORD, NEW_PASSWORD, "falsch-falsch-falsch"]) {
    expect(urls.filter((url) => url.includes(secret) || url.includes(encodeURIComponent(secret)))).toEqual([]);
  }
});

test("a demo editor logs in without JavaScript; an outside callbackUrl is ignored", async ({ page }) => {
  await logInWithoutScript(page, DEMO_LOGINS.editor, DEMO_PASSWORD, "?callbackUrl=%2F..%2F%2Fevil.example");
  await expect(page).toHaveURL(/\/de\/konto$/);
  await page.goto("/de/konto/einstellungen");
  await expect(page).toHaveURL(/\/de\/konto\/einstellungen$/);
});
