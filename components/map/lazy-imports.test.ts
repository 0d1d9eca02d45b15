import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// Anything a non-lazy module imports (even through another file) lands in the page's first-load JS.
// Only the *-inner modules, loaded with next/dynamic, and the helpers only they import may reach Leaflet.
const DIR = __dirname;
const HEAVY =
  /from\s+["'](leaflet|leaflet\.markercluster|react-leaflet|\.\/leaflet-setup|\.\/tile-status)["']|import\s+["'](leaflet|leaflet\.markercluster)["']/;

describe("map wrappers", () => {
  const wrappers = fs
    .readdirSync(DIR)
    .filter(
      (f) =>
        /\.tsx?$/.test(f) &&
        !/-inner\.tsx$|\.test\.tsx?$|^leaflet-setup\.ts$|^tile-status\.tsx$|^map-localization\.tsx$|^district-boundaries\.tsx$/.test(f),
    );

  it.each(wrappers)("%s imports nothing from Leaflet except types", (file) => {
    const lines = fs
      .readFileSync(path.join(DIR, file), "utf8")
      .split("\n")
      .filter((l) => !/^\s*(import|export)\s+type\b/.test(l));
    expect(lines.filter((l) => HEAVY.test(l))).toEqual([]);
  });

  it("wrappers load their inner module with next/dynamic and ssr: false", () => {
    for (const file of ["results-map.tsx", "offer-location-map.tsx"]) {
      const text = fs.readFileSync(path.join(DIR, file), "utf8");
      expect(text).toMatch(/dynamic\(\(\) => import\("\.\/[\w-]+-inner"\)/);
      expect(text).toContain("ssr: false");
    }
  });
});
