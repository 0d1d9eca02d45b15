import { describe, expect, it } from "vitest";
import { CATEGORIES, TARGET_GROUPS } from "./taxonomies";
import { CATEGORY_TRANSLATIONS, TARGET_GROUP_TRANSLATIONS } from "./taxonomy-translations";

describe("demo vocabulary translations", () => {
  it("name every category and target group in every further language, and nothing else", () => {
    const categorySlugs = CATEGORIES.flatMap((root) => [root.slug, ...root.children.map((c) => c.slug)]).sort();
    expect(Object.keys(CATEGORY_TRANSLATIONS).sort()).toEqual(categorySlugs);
    expect(Object.keys(TARGET_GROUP_TRANSLATIONS).sort()).toEqual(TARGET_GROUPS.map((g) => g.slug).sort());
    for (const names of [...Object.values(CATEGORY_TRANSLATIONS), ...Object.values(TARGET_GROUP_TRANSLATIONS)]) {
      for (const name of Object.values(names)) expect(name.trim().length).toBeGreaterThan(1);
    }
  });
});
