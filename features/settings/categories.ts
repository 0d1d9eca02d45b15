import "server-only";
import { prisma } from "@/lib/db";
import { localizedName } from "@/lib/localized";

// The category taxonomy is portal configuration (admins keep it); offers and provider profiles
// both pick from it.

export type CategoryOption = { id: number; name: string; children: { id: number; name: string }[] };

/** The two-level category tree for the checkbox list, in the user's language. */
export async function getCategoryTree(locale: string): Promise<CategoryOption[]> {
  const rows = await prisma.category.findMany({
    select: { id: true, name: true, parentId: true, position: true, translations: { select: { locale: true, name: true } } },
    orderBy: [{ position: "asc" }, { name: "asc" }],
  });
  const roots = rows.filter((r) => r.parentId === null);
  return roots.map((root) => ({
    id: root.id,
    name: localizedName(root, locale),
    children: rows.filter((r) => r.parentId === root.id).map((c) => ({ id: c.id, name: localizedName(c, locale) })),
  }));
}
