"use client";

import { useLocale, useTranslations } from "next-intl";
import { CategoryIcon } from "@/components/ui/category-icons";
import { Link } from "@/i18n/navigation";
import { deleteCategoryAction, mergeCategoryAction, moveCategoryAction } from "../category-actions";
import type { AdminCategory } from "../category-queries";
import { CategoryForm } from "./category-form";
import { TermRow } from "./term-row";

function displayName(category: AdminCategory, locale: string): string {
  return category.names[locale as keyof AdminCategory["names"]] ?? category.names.de ?? category.slug;
}

/**
 * The category tree for admins: each category with its icon, usage (links to the public lists that
 * show the offers and providers), up/down buttons among its siblings, edit, delete (refused while in
 * use) and merge into another category. Read-only for editors.
 */
export function CategoryList({ categories, readOnly = false }: { categories: AdminCategory[]; readOnly?: boolean }) {
  const t = useTranslations("Vocabulary");
  const locale = useLocale();
  const roots = categories.filter((c) => c.parentId === null).map((c) => ({ id: c.id, name: displayName(c, locale) }));
  return (
    <ul className="flex flex-col gap-2">
      {categories.map((category) => {
        const siblings = categories.filter((c) => c.parentId === category.parentId);
        const index = siblings.findIndex((c) => c.id === category.id);
        const name = displayName(category, locale);
        const { offers, providers, children } = category.usage;
        return (
          <TermRow
            key={category.id}
            name={name}
            first={index === 0}
            last={index === siblings.length - 1}
            readOnly={readOnly}
            className={category.parentId !== null ? "ms-6 sm:ms-10" : ""}
            summary={
              <>
                <span
                  aria-hidden="true"
                  className="flex size-9 shrink-0 items-center justify-center rounded-full border border-slate-300"
                  style={category.color ? { borderColor: category.color, color: category.color } : undefined}
                >
                  <CategoryIcon name={category.icon} className="size-5" fallback={name.charAt(0)} />
                </span>
                <div className="flex min-w-0 flex-1 flex-col">
                  <span className="font-semibold">{name}</span>
                  <span className="text-sm text-slate-700">
                    <Link href={{ pathname: "/offers", query: { kategorie: category.slug } }} className="underline">
                      {t("usageOffers", { count: offers })}
                    </Link>
                    {" · "}
                    <Link href={{ pathname: "/providers", query: { kategorie: category.slug } }} className="underline">
                      {t("usageProviders", { count: providers })}
                    </Link>
                    {category.parentId === null ? <> · {t("usageChildren", { count: children })}</> : null}
                  </span>
                </div>
              </>
            }
            actions={{
              move: (direction) => () => moveCategoryAction(category.id, direction),
              remove: () => deleteCategoryAction(category.id),
              merge: (targetId) => () => mergeCategoryAction(category.id, targetId),
            }}
            mergeTargets={categories
              .filter((c) => c.id !== category.id && c.parentId !== category.id)
              .map((c) => ({ id: c.id, name: c.parentId === null ? displayName(c, locale) : `– ${displayName(c, locale)}` }))}
            mergeLabels={{
              into: t("mergeInto", { name }),
              choose: t("mergeChoose"),
              question: t("mergeQuestion", { name, offers, providers }),
            }}
            editForm={(close) => <CategoryForm category={category} roots={roots} onDone={close} />}
          />
        );
      })}
    </ul>
  );
}
