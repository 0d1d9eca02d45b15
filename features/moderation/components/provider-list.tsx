import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { ORGANIZATION_STATUSES } from "../organization-transitions";
import type { ProviderListParams } from "../schemas";
import type { listProvidersForEditors } from "../queries";
import { ListPaging } from "./list-paging";
import { OrganizationStatusBadge } from "./organization-status-badge";

type Props = {
  /** The localized path of this page (the filter form submits to it with GET). */
  action: string;
  params: ProviderListParams;
  result: Awaited<ReturnType<typeof listProvidersForEditors>>;
};

/** Providers for the editors: filter by status (waiting ones first), search by name, plain-link paging. */
export async function ProviderList({ action, params, result }: Props) {
  const [t, format] = await Promise.all([getTranslations("Editorial"), getFormatter()]);
  const { providers, page } = result;
  const filterQuery: Record<string, string> = {
    ...(params.status !== "PENDING" ? { status: params.status } : {}),
    ...(params.q ? { q: params.q } : {}),
  };

  return (
    <div className="flex flex-col gap-4">
      <p>
        <Link href="/editorial" className="text-brand-700 underline">
          {t("title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-800">{t("providers.title")}</h1>

      <form
        method="get"
        action={action}
        role="search"
        aria-label={t("providers.filterLegend")}
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="provider-status" className="font-medium">
            {t("providers.statusLabel")}
          </label>
          <select id="provider-status" name="status" defaultValue={params.status} className="min-h-11 rounded border border-slate-400 px-3">
            {[...ORGANIZATION_STATUSES, "ALL" as const].map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="provider-q" className="font-medium">
            {t("providers.searchLabel")}
          </label>
          <input
            id="provider-q"
            name="q"
            type="search"
            defaultValue={params.q}
            maxLength={100}
            className="min-h-11 rounded border border-slate-400 px-3"
          />
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {t("providers.apply")}
        </button>
      </form>

      <p role="status" className="text-slate-700">
        {t("providers.resultCount", { total: page.total })}
      </p>
      {providers.length === 0 ? (
        <p>{t("providers.empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
          {providers.map((provider) => (
            <li key={provider.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
              <div className="min-w-0 flex-1">
                <Link
                  href={{ pathname: "/editorial/providers/[id]", params: { id: String(provider.id) } }}
                  className="font-medium break-words text-brand-700 underline"
                >
                  {provider.name}
                </Link>
                <p className="text-sm text-slate-700">
                  {[
                    provider.city,
                    t("providers.offers", { count: provider._count.offers }),
                    t("providers.members", { count: provider._count.memberships }),
                  ]
                    .filter(Boolean)
                    .join(" · ")}
                </p>
                {provider.statusReason ? (
                  <p className="text-sm break-words text-slate-700">{t("detail.reason", { reason: provider.statusReason })}</p>
                ) : null}
              </div>
              <div className="flex flex-col gap-1 text-sm sm:items-end">
                <OrganizationStatusBadge status={provider.status} label={t(`status.${provider.status}`)} />
                <time dateTime={provider.createdAt.toISOString()} className="text-slate-700">
                  {t("providers.registeredOn", { date: format.dateTime(provider.createdAt, { dateStyle: "medium" }) })}
                </time>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ListPaging pathname="/editorial/providers" page={page} query={filterQuery} label={t("providers.pagination")} />
    </div>
  );
}
