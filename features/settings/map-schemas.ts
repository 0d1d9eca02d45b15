import { z } from "zod";
import { latitude, longitude } from "./district-schemas";

// The admins' map settings: default view and tile server. Messages are keys relative to MAP_ERRORS_NAMESPACE.

export const MAP_ERRORS_NAMESPACE = "MapSettings.errors";
export const TILE_URL_MAX = 300;
export const ATTRIBUTION_MAX = 200;
export const ZOOM_MIN = 1;
export const ZOOM_MAX = 19;

const emptyToNull = (value: unknown) =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") ? null : value;

/**
 * A tile URL template: https, a plain host (optionally "{s}." in front for subdomains), {z}, {x} and
 * {y} in the path or query, no other placeholders, no credentials, no characters that could leave
 * the URL (quotes, spaces, angle brackets) — the host goes into the Content-Security-Policy.
 */
export function isValidTileUrl(value: string): boolean {
  if (value.length > TILE_URL_MAX || /[\s"'<>`\\]/.test(value)) return false;
  if (!value.startsWith("https://")) return false;
  if (!["{z}", "{x}", "{y}"].every((p) => value.includes(p))) return false;
  if (value.replace(/\{(?:s|z|x|y|r)\}/g, "").includes("{") || value.replace(/\{(?:s|z|x|y|r)\}/g, "").includes("}")) return false;
  const hostPart = value.slice("https://".length).split(/[/?#]/)[0];
  if (hostPart.includes("{") && !/^\{s\}\.[^{}]+$/.test(hostPart)) return false;
  let url: URL;
  try {
    url = new URL(value.replace(/\{[a-z]\}/g, "a"));
  } catch {
    return false;
  }
  return (
    url.protocol === "https:" && url.username === "" && url.password === "" && url.hostname.includes(".") && !url.hostname.includes("*")
  );
}

export const MapSettingsSchema = z
  .object({
    mapCenterLat: latitude,
    mapCenterLng: longitude,
    mapZoom: z.preprocess(
      (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value),
      z
        .number({ error: "zoomInvalid" })
        .int({ error: "zoomInvalid" })
        .min(ZOOM_MIN, { error: "zoomInvalid" })
        .max(ZOOM_MAX, { error: "zoomInvalid" }),
    ),
    /** null = the server's default (MAP_TILE_URL); then the attribution is the default's too. */
    tileUrl: z.preprocess(emptyToNull, z.string().trim().refine(isValidTileUrl, { error: "tileUrlInvalid" }).nullable()),
    tileAttribution: z.preprocess(
      emptyToNull,
      z
        .string()
        .trim()
        .max(ATTRIBUTION_MAX, { error: "attributionTooLong" })
        // Leaflet writes the attribution as HTML: plain text only (it is escaped on the way, too).
        .refine((value) => !/[<>]/.test(value), { error: "noMarkup" })
        .nullable(),
    ),
  })
  .superRefine((value, context) => {
    if (value.tileUrl !== null && value.tileAttribution === null) {
      context.addIssue({ code: "custom", path: ["tileAttribution"], message: "attributionRequired" });
    }
  });
export type MapSettingsInput = z.output<typeof MapSettingsSchema>;
