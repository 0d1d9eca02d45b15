import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
// Not a React hook: registers beforeAll/afterAll for this file's own database.
import { useTestDatabase as withTestDatabase } from "@/test/helpers/db";
import { locateAddress, parseGeocoderResponse } from "./geocode";

const db = withTestDatabase();

type Behaviour = "ok" | "slow" | "garbage" | "error" | "out-of-range";
let behaviour: Behaviour = "ok";
const requests: { url: string; userAgent: string | undefined }[] = [];

const server = http.createServer((req, res) => {
  requests.push({ url: req.url ?? "", userAgent: req.headers["user-agent"] });
  if (behaviour === "slow") return void setTimeout(() => res.end("[]"), 5000);
  if (behaviour === "error") {
    res.statusCode = 500;
    return void res.end("boom");
  }
  res.setHeader("content-type", "application/json");
  if (behaviour === "garbage") return void res.end("<html>not json");
  if (behaviour === "out-of-range") return void res.end(JSON.stringify([{ lat: "951.5", lon: "NaN" }]));
  res.end(JSON.stringify([{ lat: "51.51234", lon: "7.46543", display_name: "Marktplatz 1" }]));
});
let baseUrl = "";

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/search`;
  const district = await db.prisma.district.create({ data: { slug: "mitte", name: "Mitte", centroidLat: 51.5, centroidLng: 7.4 } });
  await db.prisma.postalCode.create({
    data: { code: "44135", city: "Musterstadt", districtId: district.id, centroidLat: 51.51, centroidLng: 7.47 },
  });
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  delete process.env.GEOCODER_URL;
  behaviour = "ok";
  requests.length = 0;
});

const address = { street: "Marktplatz 1", postalCode: "44135", city: "Musterstadt" };

describe("locateAddress", () => {
  it("uses the geocoder's answer and the postal code's district", async () => {
    process.env.GEOCODER_URL = baseUrl;
    const district = await db.prisma.district.findFirstOrThrow();
    const result = await locateAddress(address);
    expect(result).toEqual({ lat: 51.51234, lng: 7.46543, geoSource: "GEOCODED", districtId: district.id });
    expect(requests).toHaveLength(1);
    const url = new URL(requests[0].url, "http://x");
    expect(url.searchParams.get("format")).toBe("jsonv2");
    expect(url.searchParams.get("street")).toBe("Marktplatz 1");
    expect(url.searchParams.get("postalcode")).toBe("44135");
    expect(url.searchParams.get("countrycodes")).toBe("de");
    expect(requests[0].userAgent).toMatch(/Chancenportal/);
  });

  it("falls back to the postal code's centre when the geocoder is too slow", async () => {
    process.env.GEOCODER_URL = baseUrl;
    behaviour = "slow";
    const started = Date.now();
    const result = await locateAddress(address);
    expect(Date.now() - started).toBeLessThan(4500);
    expect(result).toMatchObject({ lat: 51.51, lng: 7.47, geoSource: "POSTAL_CODE" });
  });

  it.each<Behaviour>(["garbage", "error", "out-of-range"])("falls back when the geocoder answers %s", async (kind) => {
    process.env.GEOCODER_URL = baseUrl;
    behaviour = kind;
    const result = await locateAddress(address);
    expect(result.geoSource).toBe("POSTAL_CODE");
    expect(result.districtId).not.toBeNull();
  });

  it("falls back when the geocoder cannot be reached", async () => {
    process.env.GEOCODER_URL = "http://127.0.0.1:1/search";
    expect((await locateAddress(address)).geoSource).toBe("POSTAL_CODE");
  });

  it("does not call anything when GEOCODER_URL is off", async () => {
    const result = await locateAddress(address);
    expect(result.geoSource).toBe("POSTAL_CODE");
    expect(requests).toHaveLength(0);
  });

  it("returns NONE for unknown postal codes without a geocoder and for empty addresses", async () => {
    expect(await locateAddress({ street: "Irgendwo 1", postalCode: "99999", city: "X" })).toEqual({
      lat: null,
      lng: null,
      geoSource: "NONE",
      districtId: null,
    });
    expect((await locateAddress({})).geoSource).toBe("NONE");
    expect((await locateAddress({ postalCode: "abc' OR 1=1" })).geoSource).toBe("NONE");
  });

  it("geocodes an address whose postal code is not in the table (no district)", async () => {
    process.env.GEOCODER_URL = baseUrl;
    expect(await locateAddress({ street: "Hauptstr. 2", postalCode: "10115", city: "Berlin" })).toMatchObject({
      geoSource: "GEOCODED",
      districtId: null,
    });
  });
});

describe("parseGeocoderResponse", () => {
  it("accepts only finite coordinates in range", () => {
    expect(parseGeocoderResponse([{ lat: "51.5", lon: "7.4" }])).toEqual({ lat: 51.5, lng: 7.4 });
    expect(parseGeocoderResponse([])).toBeNull();
    expect(parseGeocoderResponse({ lat: 1, lon: 2 })).toBeNull();
    expect(parseGeocoderResponse([{ lat: "x", lon: "7" }])).toBeNull();
    expect(parseGeocoderResponse([{ lat: 91, lon: 7 }])).toBeNull();
    expect(parseGeocoderResponse([{ lat: 50, lon: Infinity }])).toBeNull();
    expect(parseGeocoderResponse(null)).toBeNull();
  });
});
