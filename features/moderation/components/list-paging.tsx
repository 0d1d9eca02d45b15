import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PageInfo } from "@/lib/pagination";

type PagedPath =
  | "/editorial/offers"
  | "/editorial/published"
  | "/editorial/blocked"
  | "/editorial/audit"
  | "/editorial/providers"
  | "/editorial/users"
  | "/editorial/trash";

type Props = {
  pathname: PagedPath;
  page: PageInfo;
  /** The other parameters of the page (filters, the other list's page), kept on every link. */
  query: Record<string, string>;
  /** The search parameter of this list ("page" unless a page has several lists). */
  param?: string;
  /** Names the list for screen readers when a page has more than one pager. */
  label: string;
};

/** Plain-link paging (works without JavaScript): previous, "page x of y", next. */
export async function ListPaging({ pathname, page, query, param = "page", label }: Props) {
  if (page.pageCount <= 1) return null;
  const t = await getTranslations("EditorialOverview.paging");
  const href = (target: number) => {
    const rest = Object.fromEntries(Object.entries(query).filter(([key]) => key !== param));
    return { pathname, query: target > 1 ? { ...rest, [param]: String(target) } : rest };
  };
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-4">
      {page.page > 1 ? (
        <Link href={href(page.page - 1)} rel="prev" className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("previous")}
        </Link>
      ) : null}
      <span>{t("pageOf", { page: page.page, pageCount: page.pageCount })}</span>
      {page.page < page.pageCount ? (
        <Link href={href(page.page + 1)} rel="next" className="inline-flex min-h-11 items-center text-brand-700 underline">
          {t("next")}
        </Link>
      ) : null}
    </nav>
  );
}
