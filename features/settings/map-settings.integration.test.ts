import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";

// The admins' map settings through the real action pipeline and a real database: validation of the
// view and the tile server, audit with old and new values, every map's settings, and the page CSP
// (proxy.ts) allowing the new tile host on the next request — no restart.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { saveMapSettingsAction } = await import("./map-actions");
const { getSettings, getMapSettingsForm } = await import("./queries");
const { revalidatePath } = await import("next/cache");
const { pageContentSecurityPolicy } = await import("@/lib/map-tiles");
const { contentSecurityPolicy } = await import("@/lib/security-headers");

const VALID = {
  mapCenterLat: "52.52",
  mapCenterLng: "13.405",
  mapZoom: "11",
  tileUrl: "https://tiles.example-city.de/osm/{z}/{x}/{y}.png",
  tileAttribution: "© OpenStreetMap-Mitwirkende, Stadt Beispiel",
};

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

/** The directives of the CSP proxy.ts sets on the next page response. */
async function pageCsp(): Promise<Map<string, string>> {
  const csp = await pageContentSecurityPolicy("bm9uY2U=");
  return new Map(csp.split("; ").map((d) => [d.split(" ")[0], d.slice(d.indexOf(" ") + 1)]));
}

describe("map settings", () => {
  const db = useTestDatabase();
  let admin: SessionUser;
  let others: (SessionUser | null)[];

  beforeAll(async () => {
    admin = await sessionUser(await createUser(db.prisma, "Adam", "ADMIN"));
    const editor = await sessionUser(await createUser(db.prisma, "Rita", "EDITOR"));
    const planner = await sessionUser(await createUser(db.prisma, "Paula", "PLANNER"));
    const organization = await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } });
    const providerId = await createUser(db.prisma, "Olga");
    await addMember(db.prisma, providerId, organization.id, "ORG_ADMIN");
    others = [null, editor, planner, await sessionUser(providerId)];
  });

  beforeEach(async () => {
    session.user = admin;
    vi.mocked(revalidatePath).mockClear();
    await db.prisma.settings.deleteMany();
    await db.prisma.auditLog.deleteMany();
  });

  it("without a stored tile server every map and the CSP use the environment's default", async () => {
    const settings = await getSettings();
    expect(settings.tileUrl).toBe("https://tile.openstreetmap.org/{z}/{x}/{y}.png");
    expect(settings.tileAttribution).toBe("© OpenStreetMap-Mitwirkende");
    expect((await getMapSettingsForm()).values).toMatchObject({ tileUrl: null, tileAttribution: null });
    expect((await pageCsp()).get("img-src")).toContain("https://tile.openstreetmap.org");
  });

  it("saves view and tile server, audited with old and new values; the next page's CSP allows the new host only", async () => {
    const before = await pageCsp();
    expect(before.get("img-src")).not.toContain("tiles.example-city.de");
    const result = await saveMapSettingsAction(null, form(VALID));
    expect(result).toMatchObject({ ok: true, message: "Die Karteneinstellungen wurden gespeichert." });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    const settings = await getSettings();
    expect(settings).toMatchObject({
      mapCenterLat: 52.52,
      mapCenterLng: 13.405,
      mapZoom: 11,
      tileUrl: VALID.tileUrl,
      tileAttribution: VALID.tileAttribution,
    });
    const [audit] = await db.prisma.auditLog.findMany();
    expect(audit).toMatchObject({ action: "settings.map", entityType: "settings", actorId: admin.id });
    expect(JSON.parse(audit.changes!)).toMatchObject({ tileUrl: { from: null, to: VALID.tileUrl }, mapZoom: { from: 12, to: 11 } });
    const after = await pageCsp();
    expect(after.get("img-src")).toContain("https://tiles.example-city.de");
    expect(after.get("img-src")).not.toContain("openstreetmap");
    expect(after.get("connect-src")).toBe("'self'");
    expect(after.get("script-src")).toContain("'nonce-bm9uY2U='");
    // API responses (no images) keep the static policy.
    expect(contentSecurityPolicy()).not.toContain("tiles.example-city.de");
  });

  it("with the shared cache on (production), a save drops the cached tile host: the next page allows the new one", async () => {
    vi.stubEnv("SHARED_CACHE_TTL_MS", "600000");
    try {
      expect((await pageCsp()).get("img-src")).toContain("https://tile.openstreetmap.org");
      // A write outside the action pipeline is not seen while cached (the value is shared, not re-read per request)…
      const other = { tileUrl: "https://other.example.org/{z}/{x}/{y}.png", tileAttribution: "x" };
      await db.prisma.settings.upsert({ where: { id: 1 }, create: { id: 1, ...other }, update: other });
      expect((await pageCsp()).get("img-src")).toContain("https://tile.openstreetmap.org");
      // …a save through the action drops it.
      expect(await saveMapSettingsAction(null, form(VALID))).toMatchObject({ ok: true });
      expect((await pageCsp()).get("img-src")).toContain("https://tiles.example-city.de");
    } finally {
      vi.unstubAllEnvs();
    }
  });

  it("a {s} subdomain template allows the host's subdomains; emptying the URL goes back to the default", async () => {
    expect(
      await saveMapSettingsAction(null, form({ ...VALID, tileUrl: "https://{s}.tiles.example.net/{z}/{x}/{y}@2x.png?key=abc" })),
    ).toMatchObject({ ok: true });
    expect((await pageCsp()).get("img-src")).toContain("https://*.tiles.example.net");
    expect(await saveMapSettingsAction(null, form({ ...VALID, tileUrl: "", tileAttribution: "ignored" }))).toMatchObject({ ok: true });
    expect((await getMapSettingsForm()).values).toMatchObject({ tileUrl: null, tileAttribution: null });
    expect((await getSettings()).tileAttribution).toBe("© OpenStreetMap-Mitwirkende");
    expect((await pageCsp()).get("img-src")).toContain("https://tile.openstreetmap.org");
  });

  const tileUrlError = "Die Kachel-URL muss mit https:// beginnen und die Platzhalter für Zoom, x und y enthalten.";
  it.each([
    ["plain http", { tileUrl: "http://tiles.example.net/{z}/{x}/{y}.png" }, "tileUrl", tileUrlError],
    ["no placeholders", { tileUrl: "https://tiles.example.net/tile.png" }, "tileUrl", tileUrlError],
    ["a javascript: URL", { tileUrl: "javascript:alert(1)//{z}/{x}/{y}" }, "tileUrl", tileUrlError],
    ["a CSP injection", { tileUrl: "https://evil.example; script-src *;/{z}/{x}/{y}.png" }, "tileUrl", tileUrlError],
    ["a quote", { tileUrl: "https://tiles.example.net/{z}/{x}/{y}.png'onerror='x" }, "tileUrl", tileUrlError],
    ["an unknown placeholder", { tileUrl: "https://tiles.example.net/{z}/{x}/{y}/{evil}.png" }, "tileUrl", tileUrlError],
    ["a wildcard host", { tileUrl: "https://*.example.net/{z}/{x}/{y}.png" }, "tileUrl", tileUrlError],
    ["credentials", { tileUrl: "https://user:pw@tiles.example.net/{z}/{x}/{y}.png" }, "tileUrl", tileUrlError],
    ["no attribution", { tileAttribution: " " }, "tileAttribution", "Bitte geben Sie die Quellenangabe des Kachel-Servers an."],
    [
      "HTML in the attribution",
      { tileAttribution: '<img src=x onerror="alert(1)">' },
      "tileAttribution",
      "Bitte verwenden Sie keine spitzen Klammern (< >).",
    ],
    [
      "a long attribution",
      { tileAttribution: "x".repeat(201) },
      "tileAttribution",
      "Die Quellenangabe darf höchstens 200 Zeichen lang sein.",
    ],
    ["a latitude of 91", { mapCenterLat: "91" }, "mapCenterLat", "Der Breitengrad muss zwischen −90 und 90 liegen."],
    ["a longitude of 181", { mapCenterLng: "181" }, "mapCenterLng", "Der Längengrad muss zwischen −180 und 180 liegen."],
    ["a text latitude", { mapCenterLat: "abc" }, "mapCenterLat", "Bitte geben Sie den Breitengrad als Zahl ein."],
    ["zoom 0", { mapZoom: "0" }, "mapZoom", "Die Zoomstufe ist eine ganze Zahl von 1 bis 19."],
    ["zoom 12.5", { mapZoom: "12.5" }, "mapZoom", "Die Zoomstufe ist eine ganze Zahl von 1 bis 19."],
  ])("refuses %s with a translated message; nothing changes, the CSP stays", async (_name, fields, field, message) => {
    const result = await saveMapSettingsAction(null, form({ ...VALID, ...fields }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect((await getMapSettingsForm()).values).toMatchObject({ tileUrl: null, mapZoom: 12 });
    expect(await db.prisma.auditLog.count()).toBe(0);
    expect((await pageCsp()).get("img-src")).toContain("https://tile.openstreetmap.org");
  });

  it("an editor, planner, provider or anonymous visitor cannot change the map settings", async () => {
    for (const user of others) {
      session.user = user;
      const result = await saveMapSettingsAction(null, form(VALID));
      expect(result.ok).toBe(false);
      if (user && !result.ok) expect(result.message).toBe("Dazu haben Sie keine Berechtigung.");
    }
    expect((await getMapSettingsForm()).values.tileUrl).toBeNull();
    expect(await db.prisma.auditLog.count()).toBe(0);
  });
});
