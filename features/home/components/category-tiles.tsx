import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { CategoryFacet } from "@/features/search/facets";
import { CategoryIcon } from "@/components/ui/category-icons";
import { badgeColors } from "../contrast";

/** Root categories as tiles with the number of current offers, each opening the filtered search. */
export function CategoryTiles({ categories, counts }: { categories: CategoryFacet[]; counts: Map<string, number> }) {
  const t = useTranslations("Home");
  return (
    <section aria-labelledby="category-tiles">
      <h2 id="category-tiles" className="text-2xl font-semibold">
        {t("categoriesTitle")}
      </h2>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {categories.map((category) => {
          const colors = badgeColors(category.color);
          const count = counts.get(category.value) ?? 0;
          return (
            <li key={category.value}>
              <Link
                href={{ pathname: "/offers", query: { kategorie: category.value } }}
                className="flex h-full min-h-16 items-center gap-3 rounded-lg border border-slate-200 border-s-8 p-3 hover:bg-slate-50"
                style={{ borderInlineStartColor: colors.background }}
              >
                <span
                  aria-hidden="true"
                  className="flex size-10 shrink-0 items-center justify-center rounded-full text-lg font-bold"
                  style={{ backgroundColor: colors.background, color: colors.text }}
                >
                  {/* A category without a (known) icon keeps its initial. */}
                  <CategoryIcon name={category.icon} className="size-6" fallback={category.label.charAt(0)} />
                </span>
                <span className="flex flex-col">
                  <span className="font-semibold text-slate-900">{category.label}</span>
                  <span className="text-sm text-slate-700">{t("offerCount", { count })}</span>
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
