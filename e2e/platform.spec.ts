import { E2E_BASE_URL } from "../scripts/lib/e2e-env";
import { expect, test, upcomingOffer } from "./fixtures";

test.describe("platform", () => {
  test("health endpoint answers 200", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
  });

  test("pages run only scripts carrying the request's nonce, and nothing is blocked", async ({ page }) => {
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    // Every script element the server sends carries this response's nonce.
    const html = await page.request.get("/de/angebote?ansicht=karte");
    const nonce = (html.headers()["content-security-policy"] ?? "").match(/script-src[^;]*'nonce-([^']+)'/)?.[1];
    expect(nonce).toBeTruthy();
    const scriptTags = (await html.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags.filter((t) => !t.includes("application/ld+json"))) expect(tag).toContain(`nonce="${nonce}"`);

    const response = await page.goto("/de/angebote?ansicht=karte");
    const csp = response?.headers()["content-security-policy"] ?? "";
    const scriptSrc = csp.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(scriptSrc).not.toContain("unsafe-inline");
    expect(scriptSrc).not.toContain(`'nonce-${nonce}'`);
    // Scripts loaded later (the map's chunk, loaded on demand) run too, and no script was refused.
    await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 20_000 });
    await expect(page.locator(".leaflet-marker-icon").first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test("public pages link their language versions with absolute URLs of the configured address", async ({ page, db }) => {
    const offer = await upcomingOffer(db);
    for (const path of ["/de", "/de/angebote", `/de/angebote/${offer.slug}`, "/de/anbieter", "/de/impressum"]) {
      await page.goto(path);
      await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", `${E2E_BASE_URL}${path}`);
      const alternates = await page
        .locator('link[rel="alternate"][hreflang]')
        .evaluateAll((links) => links.map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]));
      const byLanguage = Object.fromEntries(alternates);
      expect(Object.keys(byLanguage).sort(), path).toEqual(["ar", "de", "en", "ru", "tr", "uk", "x-default"]);
      for (const href of Object.values(byLanguage)) expect(href).toMatch(new RegExp(`^${E2E_BASE_URL}/`));
      expect(byLanguage.de).toBe(`${E2E_BASE_URL}${path}`);
    }
  });

  test("an unknown page gets a 404 page with a way home", async ({ page }) => {
    const response = await page.goto("/de/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("main").getByRole("link").first()).toBeVisible();
  });

  test("security headers are set on pages", async ({ page }) => {
    const response = await page.goto("/de");
    expect(response?.status()).toBe(200);
    const headers = response!.headers();
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"]).toContain("default-src 'self'");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
});
