import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { OFFER_LIST_STATUSES, MAX_LIST_QUERY_LENGTH, type OfferListFilter, type OfferListStatus } from "../schemas";

/** Status and title filter as a plain GET form: works without JavaScript, the URL holds the state. */
export function OfferListFilters({
  filter,
  counts,
  action,
}: {
  filter: OfferListFilter;
  counts: Record<OfferListStatus, number>;
  action: string;
}) {
  const t = useTranslations("OfferList");
  const filtered = filter.status !== "all" || filter.q !== "";
  return (
    <form method="get" action={action} role="search" aria-label={t("filters.label")} className="flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 basis-48">
        <label htmlFor="offer-list-status" className="block text-sm font-medium text-slate-900">
          {t("filters.status")}
        </label>
        <select
          id="offer-list-status"
          name="status"
          defaultValue={filter.status}
          className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
        >
          {OFFER_LIST_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t("filters.statusOption", { label: t(`statusFilter.${status}`), count: counts[status] })}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-0 flex-[2] basis-60">
        <label htmlFor="offer-list-q" className="block text-sm font-medium text-slate-900">
          {t("filters.search")}
        </label>
        <input
          id="offer-list-q"
          name="q"
          type="search"
          defaultValue={filter.q}
          maxLength={MAX_LIST_QUERY_LENGTH}
          aria-describedby="offer-list-q-hint"
          className="mt-1 min-h-11 w-full rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900"
        />
        <p id="offer-list-q-hint" className="sr-only">
          {t("filters.searchHint")}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("filters.apply")}
        </button>
        {filtered ? (
          <Link href="/account/offers" className="inline-flex min-h-11 items-center font-semibold text-brand-700 underline">
            {t("filters.reset")}
          </Link>
        ) : null}
      </div>
    </form>
  );
}
