import { useTranslations } from "next-intl";
import type { CategoryFacet } from "../facets";
import { Checkbox } from "./filter-group";

/**
 * The two-level category tree: one disclosure per root category (open when something in it is
 * chosen), inside a fieldset with the root's checkbox ("all of …") and its subcategories.
 */
export function CategoryCheckboxes({ categories, selected }: { categories: CategoryFacet[]; selected: string[] }) {
  const t = useTranslations("Search");
  const chosen = new Set(selected);
  return categories.map((root) => {
    const count = [root.value, ...root.children.map((c) => c.value)].filter((v) => chosen.has(v)).length;
    return (
      <details key={root.value} open={count > 0} className="group/cat">
        <summary className="flex min-h-10 cursor-pointer items-center justify-between gap-2 text-sm font-medium text-slate-900">
          <span>{count > 0 ? t("categoryChosen", { category: root.label, count }) : root.label}</span>
          <span aria-hidden="true" className="text-slate-600 transition-transform group-open/cat:rotate-180">
            ▾
          </span>
        </summary>
        <fieldset className="ms-2 mb-2 flex flex-col">
          <legend className="sr-only">{root.label}</legend>
          <Checkbox
            name="kategorie"
            value={root.value}
            checked={chosen.has(root.value)}
            label={t("wholeCategory", { category: root.label })}
          />
          {root.children.map((child) => (
            <Checkbox key={child.value} name="kategorie" value={child.value} checked={chosen.has(child.value)} label={child.label} />
          ))}
        </fieldset>
      </details>
    );
  });
}
