import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { visiblePages } from "@/lib/pagination";

type ListPathname = "/offers" | "/providers" | "/account/offers" | "/analytics";

type Props = {
  pathname: ListPathname;
  page: number;
  pageCount: number;
  /** Other parameters every page link keeps (e.g. the search filters). */
  query?: Record<string, string | string[]>;
  /** Name of the page parameter; `page` unless the list's URL contract says otherwise (search: `seite`). */
  pageParam?: string;
};

/** Plain links (`?page=n`), so paging works without JavaScript and every page has its own URL. */
export function Pagination({ pathname, page, pageCount, query = {}, pageParam = "page" }: Props) {
  const t = useTranslations("Pagination");
  if (pageCount <= 1) return null;
  // Page 1 has no parameter: one URL per page, no duplicate of the list's own address.
  const rest = Object.fromEntries(Object.entries(query).filter(([key]) => key !== pageParam));
  const href = (target: number) => ({ pathname, query: target > 1 ? { ...rest, [pageParam]: String(target) } : rest });
  const box = "inline-flex min-h-11 min-w-11 items-center justify-center rounded border px-3";
  const link = `${box} border-slate-300 text-brand-700 hover:bg-slate-100`;

  return (
    <nav aria-label={t("label")} className="mt-8">
      <p className="sr-only">{t("pageOf", { page, pageCount })}</p>
      <ul className="flex flex-wrap items-center gap-2">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)} rel="prev" className={link}>
              <span aria-hidden="true" className="me-1">
                ‹
              </span>
              {t("previous")}
            </Link>
          </li>
        ) : null}
        {visiblePages(page, pageCount).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="px-1 text-slate-600">
              …
            </li>
          ) : p === page ? (
            <li key={p}>
              <Link
                href={href(p)}
                aria-current="page"
                aria-label={t("page", { page: p })}
                className={`${box} border-brand-700 bg-brand-700 font-semibold text-white`}
              >
                {p}
              </Link>
            </li>
          ) : (
            <li key={p}>
              <Link href={href(p)} aria-label={t("page", { page: p })} className={link}>
                {p}
              </Link>
            </li>
          ),
        )}
        {page < pageCount ? (
          <li>
            <Link href={href(page + 1)} rel="next" className={link}>
              {t("next")}
              <span aria-hidden="true" className="ms-1">
                ›
              </span>
            </Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
