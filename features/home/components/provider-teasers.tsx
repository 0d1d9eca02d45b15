import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ProviderCard } from "@/features/search/components/provider-card";
import type { ProviderCard as ProviderCardData } from "@/features/search/provider-card";

/** A few recently approved providers. */
export function ProviderTeasers({ providers }: { providers: ProviderCardData[] }) {
  const t = useTranslations("Home");
  if (providers.length === 0) return null;
  return (
    <section aria-labelledby="home-providers">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id="home-providers" className="text-2xl font-semibold">
          {t("providersTitle")}
        </h2>
        <Link href="/providers" className="text-brand-700 underline">
          {t("allProviders")}
        </Link>
      </div>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {providers.map((provider) => (
          <li key={provider.id}>
            <ProviderCard provider={provider} />
          </li>
        ))}
      </ul>
    </section>
  );
}
