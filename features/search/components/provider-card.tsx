import { useLocale } from "next-intl";
import { Link } from "@/i18n/navigation";
import { localizedName } from "@/lib/localized";
import type { ProviderCard as ProviderCardData } from "../provider-card";

export function ProviderCard({ provider }: { provider: ProviderCardData }) {
  const locale = useLocale();
  const place = [provider.district ? localizedName(provider.district, locale) : null, provider.city].filter(Boolean);
  // District and city are often the same word in small towns; say it once.
  const placeText = [...new Set(place)].join(", ");

  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 p-4 shadow-sm">
      <h3 className="text-lg font-semibold leading-snug">
        <Link
          href={{ pathname: "/providers/[slug]", params: { slug: provider.slug } }}
          className="text-brand-800 underline-offset-2 hover:underline"
        >
          {provider.name}
        </Link>
      </h3>
      {provider.subline ? <p className="text-sm text-slate-700">{provider.subline}</p> : null}
      {provider.summary ? <p className="line-clamp-3 text-sm text-slate-800">{provider.summary}</p> : null}
      {placeText ? (
        <p className="mt-auto pt-2 text-xs">
          <span className="rounded bg-slate-100 px-2 py-1">{placeText}</span>
        </p>
      ) : null}
    </article>
  );
}
