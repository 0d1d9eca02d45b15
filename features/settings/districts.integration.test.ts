import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { addMember, createUser, sessionUser } from "@/features/organizations/test-fixtures";
import { useTestDatabase } from "@/test/helpers/db";

// The admins' districts through the real action pipeline, the real boundary route handler and a real
// database: create/edit/order, postal codes (format, one district each), centroid ranges, boundary
// validation (not JSON, wrong geometry, out of range, 10 MB), delete refused while used, permissions.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { saveDistrictAction, moveDistrictAction, deleteDistrictAction, removeDistrictBoundaryAction } = await import("./district-actions");
const { adminDistricts, districtBoundaries, districtBoundariesBySlug } = await import("./district-queries");
const { handleBoundaryUpload } = await import("./boundary-request");
const { revalidatePath } = await import("next/cache");
const { districtOptions } = await import("@/features/search/facets");
const messages = (await import("@/messages/de.json")).default;

function form(entries: Record<string, string>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, value);
  return data;
}

const SQUARE = {
  type: "Polygon",
  coordinates: [
    [
      [7.45, 51.5],
      [7.47, 51.5],
      [7.47, 51.52],
      [7.45, 51.52],
      [7.45, 51.5],
    ],
  ],
};

function upload(body: BodyInit | null, headers: Record<string, string> = {}): Request {
  return new Request("http://localhost/api/districts/1/boundary", { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

/** The German text of a message key like "DistrictSettings.errors.boundaryType". */
function german(key: string): string {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages) as string;
}

describe("district management", () => {
  const db = useTestDatabase();
  let admin: SessionUser;
  let others: (SessionUser | null)[];
  let organizationId: number;

  beforeAll(async () => {
    admin = await sessionUser(await createUser(db.prisma, "Adam", "ADMIN"));
    const editor = await sessionUser(await createUser(db.prisma, "Rita", "EDITOR"));
    const planner = await sessionUser(await createUser(db.prisma, "Paula", "PLANNER"));
    const organization = await db.prisma.organization.create({ data: { slug: "verein", name: "Verein", status: "APPROVED" } });
    organizationId = organization.id;
    const providerId = await createUser(db.prisma, "Olga");
    await addMember(db.prisma, providerId, organization.id, "ORG_ADMIN");
    others = [null, editor, planner, await sessionUser(providerId)];
  });

  beforeEach(async () => {
    session.user = admin;
    vi.mocked(revalidatePath).mockClear();
    await db.prisma.offer.deleteMany();
    await db.prisma.organization.updateMany({ data: { districtId: null } });
    await db.prisma.postalCode.deleteMany();
    await db.prisma.district.deleteMany();
    await db.prisma.auditLog.deleteMany();
  });

  async function create(fields: Record<string, string>) {
    const result = await saveDistrictAction(null, form({ centroidLat: "51.51", centroidLng: "7.46", ...fields }));
    if (!result.ok) throw new Error(JSON.stringify(result));
    return db.prisma.district.findFirstOrThrow({ where: { name: fields["name.de"] }, include: { translations: true, postalCodes: true } });
  }

  it("creates a district with names, centroid and postal codes, audited, every page revalidated, in the search filter at once", async () => {
    const result = await saveDistrictAction(
      null,
      form({
        "name.de": "Nordstadt",
        "name.en": "North Town",
        "name.uk": "Північне місто",
        centroidLat: "51,52",
        centroidLng: "7.455",
        postalCodes: "44135, 44137 44135",
      }),
    );
    expect(result).toMatchObject({ ok: true, message: "Der Stadtteil wurde angelegt." });
    expect(revalidatePath).toHaveBeenCalledWith("/", "layout");
    const stored = await db.prisma.district.findFirstOrThrow({
      include: { translations: { orderBy: { locale: "asc" } }, postalCodes: true },
    });
    expect(stored).toMatchObject({ slug: "nordstadt", name: "Nordstadt", centroidLat: 51.52, centroidLng: 7.455, position: 0 });
    expect(stored.translations.map((t) => [t.locale, t.name])).toEqual([
      ["en", "North Town"],
      ["uk", "Північне місто"],
    ]);
    expect(stored.postalCodes.map((p) => p.code).sort()).toEqual(["44135", "44137"]);
    expect(stored.postalCodes[0]).toMatchObject({ city: "Musterstadt", centroidLat: 51.52, centroidLng: 7.455 });
    const [audit] = await db.prisma.auditLog.findMany();
    expect(audit).toMatchObject({ actorId: admin.id, action: "district.create", entityType: "district", entityId: String(stored.id) });
    expect(JSON.parse(audit.changes!)).toMatchObject({
      "name.de": { from: null, to: "Nordstadt" },
      postalCodes: { from: null, to: "44135, 44137" },
    });
    expect(await districtOptions("en")).toEqual([{ value: "nordstadt", label: "North Town" }]);
  });

  it("edits names, centroid and postal codes with old and new values in the audit; the slug stays for old links", async () => {
    const district = await create({ "name.de": "Nordstadt", postalCodes: "44135 44137" });
    await db.prisma.auditLog.deleteMany();
    const result = await saveDistrictAction(
      null,
      form({
        id: String(district.id),
        "name.de": "Nordstadt-Ost",
        "name.tr": "Kuzey",
        centroidLat: "51.6",
        centroidLng: "7.5",
        postalCodes: "44137 44139",
      }),
    );
    expect(result).toMatchObject({ ok: true, message: "Die Änderungen wurden gespeichert." });
    const stored = await db.prisma.district.findUniqueOrThrow({ where: { id: district.id }, include: { postalCodes: true } });
    expect(stored).toMatchObject({ slug: "nordstadt", name: "Nordstadt-Ost", centroidLat: 51.6, centroidLng: 7.5 });
    expect(stored.postalCodes.map((p) => p.code).sort()).toEqual(["44137", "44139"]);
    // The released code stays known (address lookups), without a district.
    expect(await db.prisma.postalCode.findUnique({ where: { code: "44135" } })).toMatchObject({ districtId: null });
    const [audit] = await db.prisma.auditLog.findMany();
    expect(JSON.parse(audit.changes!)).toEqual({
      "name.de": { from: "Nordstadt", to: "Nordstadt-Ost" },
      "name.tr": { from: null, to: "Kuzey" },
      centroidLat: { from: 51.51, to: 51.6 },
      centroidLng: { from: 7.46, to: 7.5 },
      postalCodes: { from: "44135, 44137", to: "44137, 44139" },
      // No offer or provider had those codes (issue 13c: they would follow their code).
      movedOffers: { from: null, to: 0 },
      movedProviders: { from: null, to: 0 },
    });
    // Saving the same values again writes nothing.
    const again = await saveDistrictAction(
      null,
      form({
        id: String(district.id),
        "name.de": "Nordstadt-Ost",
        "name.tr": "Kuzey",
        centroidLat: "51.6",
        centroidLng: "7.5",
        postalCodes: "44139, 44137",
      }),
    );
    expect(again).toMatchObject({ ok: true, message: "Es gab nichts zu ändern." });
    expect(await db.prisma.auditLog.count()).toBe(1);
  });

  it.each([
    ["no German name", { "name.de": "  " }, "names.de", "Bitte geben Sie einen Namen ein."],
    ["markup in a name", { "name.de": "<script>alert(1)</script>" }, "names.de", "Bitte verwenden Sie keine spitzen Klammern (< >)."],
    ["a latitude above 90", { "name.de": "A", centroidLat: "91" }, "centroidLat", "Der Breitengrad muss zwischen −90 und 90 liegen."],
    [
      "a longitude below −180",
      { "name.de": "A", centroidLng: "-180.5" },
      "centroidLng",
      "Der Längengrad muss zwischen −180 und 180 liegen.",
    ],
    [
      "a latitude that is no number",
      { "name.de": "A", centroidLat: "north" },
      "centroidLat",
      "Bitte geben Sie den Breitengrad als Zahl ein.",
    ],
    ["an empty longitude", { "name.de": "A", centroidLng: "" }, "centroidLng", "Bitte geben Sie den Längengrad als Zahl ein."],
    [
      "a four-digit postal code",
      { "name.de": "A", postalCodes: "4413" },
      "postalCodes.0",
      "Postleitzahlen haben fünf Ziffern (z. B. 44135).",
    ],
    ["postal code 00000", { "name.de": "A", postalCodes: "00000" }, "postalCodes.0", "Postleitzahlen haben fünf Ziffern (z. B. 44135)."],
    [
      "SQL as postal code",
      { "name.de": "A", postalCodes: "1' OR '1'='1" },
      "postalCodes.0",
      "Postleitzahlen haben fünf Ziffern (z. B. 44135).",
    ],
  ])("refuses %s with a translated field message; nothing is written", async (_name, fields, field, message) => {
    const result = await saveDistrictAction(null, form({ centroidLat: "51.5", centroidLng: "7.4", ...fields }));
    expect(result).toMatchObject({ ok: false, fieldErrors: { [field]: [message] } });
    expect(await db.prisma.district.count()).toBe(0);
    expect(await db.prisma.postalCode.count()).toBe(0);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("a postal code belongs to one district: taking another's code is refused with its name, nothing changes", async () => {
    await create({ "name.de": "Altstadt", postalCodes: "12345" });
    const other = await create({ "name.de": "Hafen", postalCodes: "12349" });
    const result = await saveDistrictAction(
      null,
      form({ id: String(other.id), "name.de": "Hafen-Neu", centroidLat: "51.5", centroidLng: "7.4", postalCodes: "12349 12345" }),
    );
    expect(result).toMatchObject({
      ok: false,
      fieldErrors: { postalCodes: ["Die Postleitzahl 12345 gehört schon zum Stadtteil Altstadt."] },
    });
    expect(await db.prisma.district.findUniqueOrThrow({ where: { id: other.id } })).toMatchObject({ name: "Hafen" });
    const created = await saveDistrictAction(
      null,
      form({ "name.de": "Neu", centroidLat: "51.5", centroidLng: "7.4", postalCodes: "12345" }),
    );
    expect(created).toMatchObject({ ok: false });
    expect(await db.prisma.district.count()).toBe(2);
    // The same German name twice is refused too.
    expect(await saveDistrictAction(null, form({ "name.de": "Altstadt", centroidLat: "51.5", centroidLng: "7.4" }))).toMatchObject({
      ok: false,
      fieldErrors: { "names.de": ["Einen Stadtteil mit diesem Namen gibt es schon."] },
    });
  });

  it("moves districts up and down; the search filter follows the order", async () => {
    const a = await create({ "name.de": "Altstadt" });
    const b = await create({ "name.de": "Bergviertel" });
    const c = await create({ "name.de": "Chausseeviertel" });
    expect(await moveDistrictAction(c.id, "up")).toMatchObject({ ok: true, message: "Die Reihenfolge wurde geändert." });
    expect((await districtOptions("de")).map((d) => d.label)).toEqual(["Altstadt", "Chausseeviertel", "Bergviertel"]);
    await moveDistrictAction(a.id, "down");
    expect((await adminDistricts()).map((d) => d.id)).toEqual([c.id, a.id, b.id]);
    // The first cannot move further up: nothing changes.
    await moveDistrictAction(c.id, "up");
    expect((await adminDistricts()).map((d) => d.id)).toEqual([c.id, a.id, b.id]);
    expect(await moveDistrictAction(a.id, "sideways")).toMatchObject({ ok: false });
    const audits = await db.prisma.auditLog.findMany({ where: { action: "district.move" } });
    expect(audits).toHaveLength(2);
  });

  it("refuses to delete a district in use with the counts; deletes an unused one (its postal codes stay)", async () => {
    const used = await create({ "name.de": "Altstadt" });
    await db.prisma.offer.create({ data: { slug: "o1", title: "O1", organizationId, districtId: used.id } });
    await db.prisma.organization.update({ where: { id: organizationId }, data: { districtId: used.id } });
    const refused = await deleteDistrictAction(used.id);
    expect(refused).toMatchObject({
      ok: false,
      message: "Dieser Stadtteil wird noch verwendet (Angebote: 1, Anbieter: 1) und kann nicht gelöscht werden.",
    });
    expect(await db.prisma.district.count()).toBe(1);
    expect((await adminDistricts())[0].usage).toEqual({ offers: 1, providers: 1 });

    const unused = await create({ "name.de": "Hafen", postalCodes: "12349" });
    expect(await deleteDistrictAction(unused.id)).toMatchObject({ ok: true, message: "Der Stadtteil wurde gelöscht." });
    expect(await db.prisma.postalCode.findUnique({ where: { code: "12349" } })).toMatchObject({ districtId: null });
    const audit = await db.prisma.auditLog.findFirstOrThrow({ where: { action: "district.delete" } });
    expect(JSON.parse(audit.changes!)["name.de"]).toEqual({ from: "Hafen", to: null });
    expect(await deleteDistrictAction(unused.id)).toMatchObject({ ok: false });
  });

  it("stores a valid boundary (bare geometry, Feature or one-feature collection) and shows it to the maps that ask", async () => {
    const district = await create({ "name.de": "Altstadt", "name.en": "Old Town" });
    const afterSave = vi.fn();
    for (const body of [SQUARE, { type: "Feature", properties: { name: "x" }, geometry: SQUARE }]) {
      const response = await handleBoundaryUpload(upload(JSON.stringify(body)), admin, String(district.id), afterSave);
      expect(response.status).toBe(200);
    }
    const multi = {
      type: "FeatureCollection",
      features: [{ type: "Feature", geometry: { type: "MultiPolygon", coordinates: [SQUARE.coordinates] } }],
    };
    expect((await handleBoundaryUpload(upload(JSON.stringify(multi)), admin, String(district.id), afterSave)).status).toBe(200);
    expect(afterSave).toHaveBeenCalledTimes(2); // the second upload was the same geometry: nothing changed
    const [boundary] = await districtBoundaries([district.id], "en");
    expect(boundary).toEqual({
      key: String(district.id),
      name: "Old Town",
      geometry: { type: "MultiPolygon", coordinates: [SQUARE.coordinates] },
    });
    expect(await districtBoundariesBySlug(["altstadt", "unknown"], "de")).toHaveLength(1);
    expect((await adminDistricts())[0].hasBoundary).toBe(true);
    const audits = await db.prisma.auditLog.findMany({ where: { action: "district.boundary" }, orderBy: { id: "asc" } });
    expect(JSON.parse(audits[1].changes!)).toEqual({
      boundary: { from: "Polygon: 1 polygon(s), 5 points", to: "MultiPolygon: 1 polygon(s), 5 points" },
    });
    expect(await removeDistrictBoundaryAction(district.id)).toMatchObject({ ok: true, message: "Die Grenze wurde entfernt." });
    expect(await districtBoundaries([district.id], "de")).toEqual([]);
  });

  const ring = (points: unknown[][]) => ({ type: "Polygon", coordinates: [points] });
  it.each([
    ["not JSON", "this is { not json", "boundaryNotJson"],
    ["binary garbage", new Uint8Array([0xff, 0xfe, 0x00, 0x9f]), "boundaryNotJson"],
    ["a point", JSON.stringify({ type: "Point", coordinates: [7.4, 51.5] }), "boundaryType"],
    [
      "a line",
      JSON.stringify({
        type: "LineString",
        coordinates: [
          [7.4, 51.5],
          [7.5, 51.6],
        ],
      }),
      "boundaryType",
    ],
    [
      "two features",
      JSON.stringify({
        type: "FeatureCollection",
        features: [
          { type: "Feature", geometry: SQUARE },
          { type: "Feature", geometry: SQUARE },
        ],
      }),
      "boundaryFeatureCount",
    ],
    [
      "a latitude of 95",
      JSON.stringify(
        ring([
          [7.4, 51.5],
          [7.5, 95],
          [7.5, 51.6],
          [7.4, 51.5],
        ]),
      ),
      "boundaryOutOfRange",
    ],
    [
      "a longitude of 200",
      JSON.stringify(
        ring([
          [200, 51.5],
          [7.5, 51.5],
          [7.5, 51.6],
          [200, 51.5],
        ]),
      ),
      "boundaryOutOfRange",
    ],
    [
      "an open ring",
      JSON.stringify(
        ring([
          [7.4, 51.5],
          [7.5, 51.5],
          [7.5, 51.6],
          [7.4, 51.6],
        ]),
      ),
      "boundaryRing",
    ],
    [
      "a ring of three points",
      JSON.stringify(
        ring([
          [7.4, 51.5],
          [7.5, 51.5],
          [7.4, 51.5],
        ]),
      ),
      "boundaryRing",
    ],
    [
      "text as coordinates",
      JSON.stringify(
        ring([
          ["7.4", 51.5],
          [7.5, 51.5],
          [7.5, 51.6],
          ["7.4", 51.5],
        ]),
      ),
      "boundaryCoordinates",
    ],
  ])("refuses %s with its message; the stored boundary stays", async (_name, body, key) => {
    const district = await create({ "name.de": "Altstadt" });
    await handleBoundaryUpload(upload(JSON.stringify(SQUARE)), admin, String(district.id), () => undefined);
    const before = await db.prisma.district.findUniqueOrThrow({ where: { id: district.id }, select: { geojson: true } });
    const auditsBefore = await db.prisma.auditLog.count();
    const response = await handleBoundaryUpload(upload(body as BodyInit), admin, String(district.id), () => undefined);
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: string };
    expect(error).toBe(`DistrictSettings.errors.${key}`);
    expect(german(error)).toMatch(/\S/);
    expect(await db.prisma.district.findUniqueOrThrow({ where: { id: district.id }, select: { geojson: true } })).toEqual(before);
    expect(await db.prisma.auditLog.count()).toBe(auditsBefore);
  });

  it("refuses a 10 MB file without reading it whole (declared and undeclared length)", async () => {
    const district = await create({ "name.de": "Altstadt" });
    const declared = await handleBoundaryUpload(
      upload("x", { "content-length": String(10 * 1024 * 1024) }),
      admin,
      String(district.id),
      () => undefined,
    );
    expect(declared.status).toBe(413);
    expect(await declared.json()).toEqual({ error: "DistrictSettings.errors.boundaryTooLarge" });
    // A streamed body without Content-Length: the reader stops after the limit.
    let pulled = 0;
    const chunk = new Uint8Array(64 * 1024).fill(32);
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += chunk.byteLength;
        if (pulled > 10 * 1024 * 1024) controller.close();
        else controller.enqueue(chunk);
      },
    });
    const streamed = await handleBoundaryUpload(upload(stream), admin, String(district.id), () => undefined);
    expect(streamed.status).toBe(413);
    expect(pulled).toBeLessThan(2 * 1024 * 1024);
    expect(await db.prisma.district.findUniqueOrThrow({ where: { id: district.id }, select: { geojson: true } })).toEqual({
      geojson: null,
    });
  });

  it("an editor, planner, provider or anonymous visitor can change no district and upload no boundary", async () => {
    const district = await create({ "name.de": "Altstadt" });
    for (const user of others) {
      session.user = user;
      const expected = user ? "Dazu haben Sie keine Berechtigung." : undefined;
      const results = [
        await saveDistrictAction(null, form({ "name.de": "Neu", centroidLat: "51.5", centroidLng: "7.4" })),
        await saveDistrictAction(null, form({ id: String(district.id), "name.de": "X", centroidLat: "51.5", centroidLng: "7.4" })),
        await moveDistrictAction(district.id, "down"),
        await deleteDistrictAction(district.id),
        await removeDistrictBoundaryAction(district.id),
      ];
      for (const result of results) {
        expect(result.ok).toBe(false);
        if (expected && !result.ok) expect(result.message).toBe(expected);
      }
      const response = await handleBoundaryUpload(upload(JSON.stringify(SQUARE)), user, String(district.id), () => undefined);
      expect(response.status).toBe(user ? 403 : 401);
    }
    expect(await db.prisma.district.findMany({ select: { name: true, geojson: true } })).toEqual([{ name: "Altstadt", geojson: null }]);
    expect(await db.prisma.auditLog.count({ where: { action: { not: "district.create" } } })).toBe(0);
  });

  it("an unknown or malformed district id is not found", async () => {
    const response = await handleBoundaryUpload(upload(JSON.stringify(SQUARE)), admin, "999999", () => undefined);
    expect(response.status).toBe(404);
    expect((await handleBoundaryUpload(upload(JSON.stringify(SQUARE)), admin, "1 OR 1=1", () => undefined)).status).toBe(404);
    expect(await deleteDistrictAction("abc")).toMatchObject({ ok: false });
  });
});
