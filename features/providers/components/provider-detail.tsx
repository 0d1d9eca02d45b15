import { useLocale, useTranslations } from "next-intl";
import type { MapBoundary } from "@/components/map/boundary-types";
import { OfferLocationMap } from "@/components/map/offer-location-map";
import { OfferCard } from "@/features/search/components/offer-card";
import { Link } from "@/i18n/navigation";
import { localizedName } from "@/lib/localized";
import type { PublicProvider } from "../detail-queries";
import { ProviderContact, ProviderOpeningHours } from "./provider-contact";
import { ContentNote, textAttributes } from "@/components/ui/original-language";
import { shownText, translationFor } from "@/lib/content-translation";
import { LastConfirmed } from "@/components/ui/last-confirmed";

/** carrierLabel: the provider's carrier type by the portal's name for it (features/settings/carrier-types). */
type Props = { data: PublicProvider; tileUrl: string; attribution: string; carrierLabel: string; boundaries?: MapBoundary[] };

const isLocalPath = (path: string) => path.startsWith("/") && !path.startsWith("//");

export function ProviderDetail({ data, tileUrl, attribution, carrierLabel, boundaries }: Props) {
  const { provider, currentOffers, pastOffers } = data;
  const t = useTranslations("ProviderDetail");
  const locale = useLocale();
  const categories = [...provider.categories]
    .sort((a, b) => a.category.position - b.category.position)
    .map((c) => localizedName(c.category, locale));
  // The visitor's translation, field by field; the German original where it has none.
  const translation = translationFor(provider.translations, locale);
  const subline = shownText(provider.subline, translation, translation?.subline);
  const summary = shownText(provider.summary, translation, translation?.summary);
  const description = shownText(provider.description, translation, translation?.description);
  const paragraphs = (description?.text ?? "")
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);

  return (
    <article>
      <header className="flex flex-col gap-4 sm:flex-row sm:items-start">
        {provider.logoPath && isLocalPath(provider.logoPath) ? (
          <figure className="shrink-0">
            {/* Uploaded logos are served as stored. */}
            {/* eslint-disable-next-line @next/next/no-img-element */}
            <img src={provider.logoPath} alt={t("logoAlt", { name: provider.name })} className="h-24 w-auto max-w-48 object-contain" />
            {provider.logoCopyright ? <figcaption className="mt-1 text-xs text-slate-700">© {provider.logoCopyright}</figcaption> : null}
          </figure>
        ) : null}
        <div>
          <h1 className="text-3xl font-bold break-words text-brand-800">{provider.name}</h1>
          {subline ? (
            <p {...textAttributes(subline)} className="mt-1 text-lg text-slate-700">
              {subline.text}
            </p>
          ) : null}
          <LastConfirmed date={provider.lastConfirmedAt ?? provider.updatedAt} className="mt-1" />
          <p className="mt-2 text-sm">
            <span className="font-semibold">{t("carrierType")}:</span> {carrierLabel}
          </p>
          {categories.length > 0 ? (
            <ul aria-label={t("categories")} className="mt-2 flex flex-wrap gap-2 text-sm">
              {categories.map((name) => (
                <li key={name} className="rounded bg-brand-50 px-2 py-1 text-brand-800">
                  {name}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </header>

      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <div className="min-w-0 space-y-6 lg:col-span-2">
          {summary || paragraphs.length > 0 ? (
            <section aria-labelledby="provider-about" className="space-y-3">
              <h2 id="provider-about" className="text-xl font-semibold text-brand-800">
                {t("about")}
              </h2>
              <ContentNote shown={summary ?? description} origin={translation} className="text-sm text-slate-700" />
              <div className="space-y-3">
                {summary ? (
                  <p {...textAttributes(summary)} className="text-lg">
                    {summary.text}
                  </p>
                ) : null}
                {summary && description && summary.translated !== description.translated ? (
                  <ContentNote shown={description} origin={translation} className="text-sm text-slate-700" />
                ) : null}
                {paragraphs.map((p, i) => (
                  <p key={i} {...textAttributes(description)} className="whitespace-pre-line">
                    {p}
                  </p>
                ))}
              </div>
            </section>
          ) : null}
          {provider.facts.length > 0 ? (
            <section aria-labelledby="provider-facts">
              <h2 id="provider-facts" className="text-xl font-semibold text-brand-800">
                {t("facts")}
              </h2>
              <dl className="mt-2 grid gap-x-6 gap-y-2 sm:grid-cols-2">
                {provider.facts.map((fact) => (
                  <div key={fact.id} className="border-b border-slate-200 pb-2">
                    <dt className="text-sm text-slate-700">{fact.label}</dt>
                    <dd className="font-semibold">{fact.value}</dd>
                  </div>
                ))}
              </dl>
            </section>
          ) : null}
          {provider.lat !== null && provider.lng !== null ? (
            <OfferLocationMap
              lat={provider.lat}
              lng={provider.lng}
              title={provider.name}
              tileUrl={tileUrl}
              attribution={attribution}
              ariaLabel={t("mapLabel", { name: provider.name })}
              boundaries={boundaries}
              zoom={boundaries?.length ? 14 : undefined}
            />
          ) : null}
        </div>
        <div className="min-w-0 space-y-6">
          <ProviderContact provider={provider} />
          <ProviderOpeningHours provider={provider} />
        </div>
      </div>

      <section aria-labelledby="provider-current" className="mt-12">
        <h2 id="provider-current" className="text-2xl font-semibold text-brand-800">
          {t("currentOffers", { count: currentOffers.length })}
        </h2>
        {currentOffers.length > 0 ? (
          <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {currentOffers.map((offer) => (
              <li key={offer.id}>
                <OfferCard offer={offer} />
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-2 text-slate-700">{t("noCurrentOffers")}</p>
        )}
      </section>

      {pastOffers.length > 0 ? (
        <details className="mt-8 rounded-lg border border-slate-200 p-4">
          <summary className="cursor-pointer text-lg font-semibold text-brand-800">{t("pastOffers", { count: pastOffers.length })}</summary>
          <ul className="mt-3 space-y-2">
            {pastOffers.map((offer) => (
              <li key={offer.id} className="flex flex-wrap items-center gap-2">
                <span className="rounded bg-slate-200 px-2 py-0.5 text-xs font-semibold uppercase text-slate-800">{t("pastMarker")}</span>
                <Link href={{ pathname: "/offers/[slug]", params: { slug: offer.slug } }} className="text-brand-700 underline">
                  {offer.title}
                </Link>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <p className="mt-10">
        <Link href="/providers" className="font-semibold text-brand-700 underline">
          {t("backToSearch")}
        </Link>
      </p>
    </article>
  );
}
