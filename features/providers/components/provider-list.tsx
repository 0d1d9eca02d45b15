import { useTranslations } from "next-intl";
import type { ProviderCard as ProviderCardData } from "../queries";
import { ProviderCard } from "./provider-card";

/** The public provider list: total, cards (or the empty state). Paging links are rendered by the page. */
export function ProviderList({ providers, total }: { providers: ProviderCardData[]; total: number }) {
  const t = useTranslations("ProviderList");
  return (
    <section aria-labelledby="provider-list-heading" className="mt-6">
      <h2 id="provider-list-heading" className="sr-only">{t("resultsLabel")}</h2>
      <p className="font-semibold text-slate-800">{t("count", { count: total })}</p>
      {providers.length === 0 ? (
        <p className="mt-4 rounded-lg bg-slate-50 p-4 text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {providers.map((provider) => (
            <li key={provider.id}><ProviderCard provider={provider} /></li>
          ))}
        </ul>
      )}
    </section>
  );
}
