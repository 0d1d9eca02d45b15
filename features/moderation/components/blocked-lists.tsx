import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { BlockedLists as Data } from "../overview-queries";
import { ListPaging } from "./list-paging";

/** Blocked offers and providers with reason and who blocked them; unblocking happens on their review pages. */
export async function BlockedLists({ data }: { data: Data }) {
  const [t, format] = await Promise.all([getTranslations("EditorialOverview"), getFormatter()]);
  const query: Record<string, string> = {
    ...(data.offerPage.page > 1 ? { offersPage: String(data.offerPage.page) } : {}),
    ...(data.providerPage.page > 1 ? { providersPage: String(data.providerPage.page) } : {}),
  };
  const blocked = (entry: { blockedBy: string | null; blockedAt: Date }) => {
    const date = format.dateTime(entry.blockedAt, { dateStyle: "medium", timeStyle: "short" });
    return (
      <p className="text-sm text-slate-700">
        {entry.blockedBy ? t("blocked.blockedBy", { name: entry.blockedBy }) : t("blocked.blockedUnknown")}{" "}
        <time dateTime={entry.blockedAt.toISOString()}>{date}</time>
      </p>
    );
  };
  const reason = (text: string | null) =>
    text ? <p className="text-sm break-words whitespace-pre-line">{t("blocked.reason", { reason: text })}</p> : null;

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("blocked.title")}</h1>
        <p className="text-slate-700">{t("blocked.intro")}</p>
      </header>

      <section aria-labelledby="blocked-offers" className="flex flex-col gap-2">
        <h2 id="blocked-offers" className="text-xl font-semibold">
          {t("blocked.offersHeading", { total: data.offerPage.total })}
        </h2>
        {data.offers.length === 0 ? (
          <p>{t("blocked.noOffers")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
            {data.offers.map((offer) => (
              <li key={offer.id} className="flex flex-col gap-1 p-3">
                <Link
                  href={{ pathname: "/editorial/offers/[id]", params: { id: String(offer.id) } }}
                  className="font-medium break-words text-brand-700 underline"
                >
                  {offer.title}
                </Link>
                <p className="text-sm text-slate-700">
                  <Link
                    href={{ pathname: "/editorial/providers/[id]", params: { id: String(offer.organization.id) } }}
                    className="text-brand-700 underline"
                  >
                    {offer.organization.name}
                  </Link>
                </p>
                {reason(offer.reason)}
                {blocked(offer)}
              </li>
            ))}
          </ul>
        )}
        <ListPaging
          pathname="/editorial/blocked"
          page={data.offerPage}
          query={query}
          param="offersPage"
          label={t("paging.labelFor", { list: t("blocked.offersList") })}
        />
      </section>

      <section aria-labelledby="blocked-providers" className="flex flex-col gap-2">
        <h2 id="blocked-providers" className="text-xl font-semibold">
          {t("blocked.providersHeading", { total: data.providerPage.total })}
        </h2>
        {data.providers.length === 0 ? (
          <p>{t("blocked.noProviders")}</p>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
            {data.providers.map((provider) => (
              <li key={provider.id} className="flex flex-col gap-1 p-3">
                <Link
                  href={{ pathname: "/editorial/providers/[id]", params: { id: String(provider.id) } }}
                  className="font-medium break-words text-brand-700 underline"
                >
                  {provider.name}
                </Link>
                {provider.city ? <p className="text-sm text-slate-700">{provider.city}</p> : null}
                {reason(provider.reason)}
                {blocked(provider)}
              </li>
            ))}
          </ul>
        )}
        <ListPaging
          pathname="/editorial/blocked"
          page={data.providerPage}
          query={query}
          param="providersPage"
          label={t("paging.labelFor", { list: t("blocked.providersList") })}
        />
      </section>
    </div>
  );
}
