import "server-only";
import { prisma } from "@/lib/db";
import { localizedName, translatedNameSelect } from "@/lib/localized";

export type FilterOption = { id: number; name: string };

/** The planner filter's choices: main categories, target groups, districts (small tables, localized names). */
export async function analyticsFilterOptions(
  locale: string,
): Promise<{ categories: FilterOption[]; targetGroups: FilterOption[]; districts: FilterOption[] }> {
  const [categories, targetGroups, districts] = await Promise.all([
    prisma.category.findMany({
      where: { parentId: null },
      select: { id: true, ...translatedNameSelect.select },
      orderBy: [{ position: "asc" }, { id: "asc" }],
    }),
    prisma.targetGroup.findMany({ select: { id: true, ...translatedNameSelect.select }, orderBy: [{ position: "asc" }, { id: "asc" }] }),
    prisma.district.findMany({ select: { id: true, ...translatedNameSelect.select }, orderBy: [{ position: "asc" }, { name: "asc" }] }),
  ]);
  const pick = (rows: { id: number; name: string; translations: { locale: string; name: string }[] }[]) =>
    rows.map((r) => ({ id: r.id, name: localizedName(r, locale) }));
  return { categories: pick(categories), targetGroups: pick(targetGroups), districts: pick(districts) };
}
