import { getLocale, getTranslations } from "next-intl/server";
import type { AdminCategory } from "../category-queries";
import { CategoryForm } from "./category-form";
import { CategoryList } from "./category-list";
import { SettingsHeader } from "./settings-header";

/** The category page: the tree with its actions and, for admins, the form for a new category. */
export async function CategorySettings({ categories, readOnly }: { categories: AdminCategory[]; readOnly: boolean }) {
  const [t, locale] = await Promise.all([getTranslations("Vocabulary"), getLocale()]);
  const roots = categories
    .filter((c) => c.parentId === null)
    .map((c) => ({ id: c.id, name: c.names[locale as keyof AdminCategory["names"]] ?? c.names.de ?? c.slug }));
  return (
    <div className="flex max-w-4xl flex-col gap-8">
      <SettingsHeader title={t("title")} intro={t("intro")} />
      <section aria-labelledby="category-list" className="flex flex-col gap-3">
        <h2 id="category-list" className="text-2xl font-semibold">
          {t("listTitle", { count: categories.length })}
        </h2>
        <CategoryList categories={categories} readOnly={readOnly} />
      </section>
      {readOnly ? null : (
        <section aria-labelledby="category-new" className="flex flex-col gap-3 rounded border border-slate-300 p-4">
          <h2 id="category-new" className="text-2xl font-semibold">
            {t("newTitle")}
          </h2>
          <CategoryForm category={null} roots={roots} />
        </section>
      )}
    </div>
  );
}
