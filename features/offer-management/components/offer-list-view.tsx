import { useTranslations } from "next-intl";
import { Pagination } from "@/components/ui/pagination";
import { Link } from "@/i18n/navigation";
import type { OfferList } from "../queries";
import { offerListFilterToQuery, type OfferListFilter } from "../schemas";
import { DeleteConfirmation } from "./delete-confirmation";
import { OfferListActionForm } from "./offer-list-action-form";
import { OfferListFilters } from "./offer-list-filters";
import { OfferListTable } from "./offer-list-table";

type Props = {
  organizationName: string;
  filter: OfferListFilter;
  list: OfferList;
  /** The offer whose deletion waits for confirmation (already permission-checked), if any. */
  toDelete: { id: number; title: string } | null;
  /** The list's localized path, for the GET filter form. */
  action: string;
};

/** The provider's offer list: filters, the delete confirmation, action results, rows and paging. */
export function OfferListView({ organizationName, filter, list, toDelete, action }: Props) {
  const t = useTranslations("OfferList");
  const tExchange = useTranslations("OfferExchange.page");
  const filterQuery = offerListFilterToQuery(filter);
  const pageQuery = list.page.page > 1 ? { ...filterQuery, page: String(list.page.page) } : filterQuery;
  const { total, page, pageCount } = list.page;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <Link
          href="/account/offers/new"
          className="inline-flex min-h-11 items-center rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          <span aria-hidden="true" className="me-2">
            +
          </span>
          {t("newOffer")}
        </Link>
      </div>
      <p>
        <Link href="/account/offers/import" className="font-semibold text-brand-700 underline">
          {tExchange("offersLink")}
        </Link>
      </p>
      <p className="text-slate-700">{t("intro", { organization: organizationName })}</p>

      <OfferListFilters filter={filter} counts={list.counts} action={action} />

      {toDelete ? <DeleteConfirmation offer={toDelete} cancelHref={{ pathname: "/account/offers", query: pageQuery }} /> : null}

      <OfferListActionForm selectable={list.rows.length > 0} />

      <section aria-labelledby="offer-list-heading" className="flex flex-col gap-3">
        <h2 id="offer-list-heading" className="text-lg font-semibold text-slate-900">
          {pageCount > 1 ? t("summaryPaged", { total, page, pageCount }) : t("summary", { total })}
        </h2>
        {list.rows.length > 0 ? (
          <OfferListTable rows={list.rows} filterQuery={pageQuery} />
        ) : (
          <p className="rounded-lg border border-dashed border-slate-400 p-6 text-center text-slate-700">
            {filter.status !== "all" || filter.q ? t("emptyFiltered") : t("empty")}
          </p>
        )}
        <Pagination pathname="/account/offers" page={page} pageCount={pageCount} query={filterQuery} />
      </section>
    </div>
  );
}
