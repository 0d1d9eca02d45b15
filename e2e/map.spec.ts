import { expect, test } from "./fixtures";

// Leaflet's controls and the marker clusters speak the page's language (issues 14 and 18).
test("map controls and clusters are named in the page's language", async ({ page }) => {
  await page.goto("/de/angebote?ansicht=karte");
  const map = page.locator(".leaflet-container");
  await expect(map).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Karte vergrößern" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Karte verkleinern" })).toBeVisible();
  const cluster = map.locator(".marker-cluster").first();
  await expect(cluster).toHaveAttribute("aria-label", /^\d+ Angebote an dieser Stelle, vergrößern$/);
  // The map stays left-to-right inside a right-to-left page.
  await expect(page.getByRole("region", { name: "Karte der gefundenen Angebote" })).toHaveAttribute("dir", "ltr");

  await page.goto("/ar/offers?ansicht=karte");
  await expect(page.locator(".leaflet-container")).toBeVisible({ timeout: 20_000 });
  await expect(page.getByRole("button", { name: "تكبير الخريطة" })).toBeVisible();
  await expect(page.locator(".marker-cluster").first()).toHaveAttribute("aria-label", /، تكبير$/);
});
