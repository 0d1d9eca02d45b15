import { expect, test, upcomingOffer } from "./fixtures";

// Arabic is right-to-left on every page, and nothing may stick out sideways on a 360 px phone.
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test("Arabic pages are right-to-left and fit a 360 px screen", async ({ page, db }, testInfo) => {
  const offer = await upcomingOffer(db);
  const paths = [
    "/ar",
    "/ar/offers",
    `/ar/offers/${offer.slug}`,
    "/ar/providers",
    `/ar/providers/${offer.organization.slug}`,
    "/ar/login",
    "/ar/register",
    "/ar/imprint",
  ];
  for (const path of paths) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(page.locator("html")).toHaveAttribute("lang", "ar");
    const { scrollWidth, innerWidth, wide } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // The elements that stick out, to name them when the check fails.
      wide: [...document.querySelectorAll("body *")]
        .filter((el) => {
          const box = el.getBoundingClientRect();
          return box.width > 0 && (box.right > window.innerWidth + 1 || box.left < -1);
        })
        .slice(0, 5)
        .map((el) => `${el.tagName.toLowerCase()}.${(el.getAttribute("class") ?? "").split(" ").slice(0, 3).join(".")}`),
    }));
    await testInfo.attach(`rtl${path.replaceAll("/", "_")}.png`, {
      body: await page.screenshot({ fullPage: true }),
      contentType: "image/png",
    });
    expect(scrollWidth, `${path} overflows: ${wide.join(", ")}`).toBeLessThanOrEqual(innerWidth + 1);
  }
});

test("the language menu names each language in itself and keeps the page", async ({ page, db }) => {
  const offer = await upcomingOffer(db);
  await page.goto(`/de/angebote/${offer.slug}`);
  const menu = page.getByRole("banner").locator("details");
  await menu.locator("summary").click();
  for (const name of ["Deutsch", "English", "Türkçe", "العربية", "Українська", "Русский"])
    await expect(menu.getByRole("link", { name, exact: true })).toBeVisible();
  await menu.getByRole("link", { name: "العربية", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/ar/offers/${offer.slug}$`));
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(offer.title);
});
