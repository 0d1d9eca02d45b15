import { clickWhenHydrated, deText, DEMO_LOGINS, DEMO_PASSWORD, expect, test, waitForHydration } from "./fixtures";
import { logIn } from "./flows";

// Issue 13 (districts and map): an admin sets a district's centre point (map click and number
// fields), a bad GeoJSON file is refused with its message, a valid boundary is uploaded and shows on
// the provider's map; the map settings pick a view and a tile server whose host the page CSP then
// allows — without a restart.
//
// Districts and map settings are portal-wide: this file belongs to the portal-settings project (run
// alone: `npx playwright test --project=portal-settings --no-deps`) and restores what it changes.

test.describe.configure({ mode: "serial", timeout: 240_000 });

const SLUG = "altstadt";
const BOUNDARY = {
  type: "Feature",
  properties: { name: "Altstadt" },
  geometry: {
    type: "Polygon",
    coordinates: [
      [
        [7.455, 51.508],
        [7.475, 51.508],
        [7.475, 51.52],
        [7.455, 51.52],
        [7.455, 51.508],
      ],
    ],
  },
};
let district: { id: number; name: string; centroidLat: number; centroidLng: number; geojson: string | null } | null = null;
let mapInitial: {
  mapCenterLat: number;
  mapCenterLng: number;
  mapZoom: number;
  tileUrl: string | null;
  tileAttribution: string | null;
} | null = null;

test.beforeAll(async ({ db }) => {
  district = await db.district.findUniqueOrThrow({
    where: { slug: SLUG },
    select: { id: true, name: true, centroidLat: true, centroidLng: true, geojson: true },
  });
  mapInitial = await db.settings.upsert({
    where: { id: 1 },
    update: {},
    create: { id: 1 },
    select: { mapCenterLat: true, mapCenterLng: true, mapZoom: true, tileUrl: true, tileAttribution: true },
  });
});

test.afterAll(async ({ db }) => {
  if (district) {
    const { id, centroidLat, centroidLng, geojson } = district;
    await db.district.update({ where: { id }, data: { centroidLat, centroidLng, geojson } });
  }
  if (mapInitial) await db.settings.update({ where: { id: 1 }, data: mapInitial });
});

test("admin sets a district's centre and boundary; bad files are refused; the boundary shows on the provider map", async ({ page, db }) => {
  await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
  await page.goto("/de/redaktion/einstellungen/stadtteile");
  await expect(page.getByRole("heading", { level: 1, name: deText("DistrictSettings.title") })).toBeVisible();
  const row = page.locator(`li[data-district="${SLUG}"]`);
  await clickWhenHydrated(row.getByRole("button", { name: new RegExp(`^${deText("DistrictSettings.edit")}`) }));

  // The centre: a click into the map moves the pin and fills the fields; the fields are the keyboard way.
  const lat = row.getByLabel(deText("DistrictSettings.lat"), { exact: true });
  const lng = row.getByLabel(deText("DistrictSettings.lng"), { exact: true });
  await waitForHydration(lat);
  const mapRegion = row.getByRole("region", { name: deText("DistrictSettings.mapLabel") });
  await expect(mapRegion.locator(".leaflet-container")).toBeVisible();
  const before = await lat.inputValue();
  const container = mapRegion.locator(".leaflet-container");
  const box = (await container.boundingBox())!;
  await container.click({ position: { x: box.width * 0.25, y: box.height * 0.25 } });
  await expect(lat).not.toHaveValue(before);
  await lat.fill("95");
  await clickWhenHydrated(row.getByRole("button", { name: deText("DistrictSettings.save"), exact: true }));
  await expect(row.getByText(deText("DistrictSettings.errors.latRange"))).toBeVisible();
  await lat.fill("51,5139");
  await lng.fill("7.4655");
  await row.getByRole("button", { name: deText("DistrictSettings.save"), exact: true }).click();
  await expect(row.getByRole("status").getByText(deText("DistrictSettings.saved"))).toBeVisible();
  expect(await db.district.findUniqueOrThrow({ where: { slug: SLUG } })).toMatchObject({ centroidLat: 51.5139, centroidLng: 7.4655 });

  // The boundary (the edit panel stays open): bad files are refused with their message and change nothing.
  const file = row.getByLabel(deText("DistrictSettings.boundaryFile", { name: district!.name }), { exact: true });
  const upload = row.getByRole("button", { name: deText("DistrictSettings.boundaryUpload"), exact: true });
  await waitForHydration(upload);
  for (const [body, key] of [
    ["kein JSON {", "boundaryNotJson"],
    [JSON.stringify({ type: "Point", coordinates: [7.46, 51.51] }), "boundaryType"],
    [
      JSON.stringify({
        type: "Polygon",
        coordinates: [
          [
            [7.4, 51.5],
            [7.5, 95],
            [7.5, 51.6],
            [7.4, 51.5],
          ],
        ],
      }),
      "boundaryOutOfRange",
    ],
  ] as const) {
    await file.setInputFiles({ name: "grenze.geojson", mimeType: "application/geo+json", buffer: Buffer.from(body) });
    await upload.click();
    await expect(row.getByRole("alert").getByText(deText(`DistrictSettings.errors.${key}`))).toBeVisible();
  }
  // Over the limit: refused before sending.
  await file.setInputFiles({ name: "gross.geojson", mimeType: "application/geo+json", buffer: Buffer.alloc(1024 * 1024 + 1, 32) });
  await upload.click();
  await expect(row.getByRole("alert").getByText(deText("DistrictSettings.errors.boundaryTooLarge"))).toBeVisible();
  expect((await db.district.findUniqueOrThrow({ where: { slug: SLUG } })).geojson).toBe(district!.geojson);

  await file.setInputFiles({ name: "altstadt.geojson", mimeType: "application/geo+json", buffer: Buffer.from(JSON.stringify(BOUNDARY)) });
  await upload.click();
  await expect(row.getByRole("status").getByText(deText("DistrictSettings.boundarySaved"))).toBeVisible();
  expect(JSON.parse((await db.district.findUniqueOrThrow({ where: { slug: SLUG } })).geojson!)).toEqual(BOUNDARY.geometry);

  // A provider in that district: its map draws the outline.
  const provider = await db.organization.findFirstOrThrow({
    where: { districtId: district!.id, status: "APPROVED", deletedAt: null, lat: { not: null }, lng: { not: null } },
    select: { slug: true },
  });
  await page.goto(`/de/anbieter/${provider.slug}`);
  const show = page.getByRole("button", { name: deText("LazyMap.show"), exact: true });
  if (await show.isVisible()) await show.click();
  await expect(page.locator("path.district-boundary")).toHaveCount(1);

  // The providers' map filtered by the district outlines it too.
  await page.goto(`/de/anbieter?stadtteil=${SLUG}&ansicht=karte`);
  await expect(page.locator("path.district-boundary")).toHaveCount(1);
});

test("map settings: view from the map and the number fields, tile server validated; the page CSP follows the new host", async ({
  page,
  db,
}) => {
  await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
  await page.goto("/de/redaktion/einstellungen/karte");
  await expect(page.getByRole("heading", { level: 1, name: deText("MapSettings.title") })).toBeVisible();
  const zoom = page.getByLabel(deText("MapSettings.zoom"), { exact: true });
  await waitForHydration(zoom);
  const startZoom = Number(await zoom.inputValue());
  // Zoom in on the map, then take its view.
  await page.locator(".leaflet-control-zoom-in").click();
  await page.waitForTimeout(500);
  await clickWhenHydrated(page.getByRole("button", { name: deText("MapSettings.useView"), exact: true }));
  await expect(zoom).toHaveValue(String(startZoom + 1));

  const tileUrl = page.getByLabel(deText("MapSettings.tileUrl"), { exact: true });
  const attribution = page.getByLabel(deText("MapSettings.attribution"), { exact: true });
  const save = page.getByRole("button", { name: deText("MapSettings.save"), exact: true });
  await tileUrl.fill("http://tiles.e2e-beispiel.de/{z}/{x}/{y}.png");
  await attribution.fill("Kacheln: Beispielstadt");
  await save.click();
  await expect(page.getByText(deText("MapSettings.errors.tileUrlInvalid"))).toBeVisible();
  expect((await db.settings.findUniqueOrThrow({ where: { id: 1 } })).tileUrl).toBe(mapInitial!.tileUrl);

  await tileUrl.fill("https://tiles.e2e-beispiel.de/{z}/{x}/{y}.png");
  await save.click();
  await expect(page.getByRole("status").getByText(deText("MapSettings.saved"))).toBeVisible();
  expect(await db.settings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({
    mapZoom: startZoom + 1,
    tileUrl: "https://tiles.e2e-beispiel.de/{z}/{x}/{y}.png",
    tileAttribution: "Kacheln: Beispielstadt",
  });
  // The next page allows the new tile host (no restart) and no other.
  const response = await page.request.get("/de/angebote");
  const csp = response.headers()["content-security-policy"];
  expect(csp).toContain("img-src 'self' data: blob: https://tiles.e2e-beispiel.de");
  expect(csp).not.toContain("openstreetmap");
  // Every map uses it: the search map's tiles come from the new host, its attribution is text.
  const tileRequests: string[] = [];
  page.on("request", (request) => {
    if (request.url().includes("tiles.e2e-beispiel.de")) tileRequests.push(request.url());
  });
  await page.goto("/de/angebote?ansicht=karte");
  await expect(page.locator(".leaflet-control-attribution")).toContainText("Kacheln: Beispielstadt");
  await expect.poll(() => tileRequests.length).toBeGreaterThan(0);

  // Back to the default tiles (empty field).
  await page.goto("/de/redaktion/einstellungen/karte");
  await waitForHydration(tileUrl);
  await tileUrl.fill("");
  await zoom.fill(String(mapInitial!.mapZoom));
  await save.click();
  await expect(page.getByRole("status").getByText(deText("MapSettings.saved"))).toBeVisible();
  expect(await db.settings.findUniqueOrThrow({ where: { id: 1 } })).toMatchObject({ tileUrl: null, mapZoom: mapInitial!.mapZoom });
});

test("the district and map settings fit a 360 px screen, in German and in Arabic (right to left)", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await logIn(page, DEMO_LOGINS.admin, DEMO_PASSWORD);
  for (const path of [
    "/de/redaktion/einstellungen/stadtteile",
    "/de/redaktion/einstellungen/karte",
    "/ar/editorial/settings/districts",
    "/ar/editorial/settings/map",
  ]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator(".leaflet-container").first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
  }
  // The edit panel with its map and upload field fits too.
  await page.goto("/de/redaktion/einstellungen/stadtteile");
  await clickWhenHydrated(
    page.locator(`li[data-district="${SLUG}"]`).getByRole("button", { name: new RegExp(`^${deText("DistrictSettings.edit")}`) }),
  );
  await expect(
    page.locator(`li[data-district="${SLUG}"]`).getByRole("region", { name: deText("DistrictSettings.mapLabel") }),
  ).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
