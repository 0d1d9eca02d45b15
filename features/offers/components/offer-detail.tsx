import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ContentNote, OriginalLanguageNote, textAttributes } from "@/components/ui/original-language";
import { shownText, translationFor } from "@/lib/content-translation";
import { localizedName } from "@/lib/localized";
import type { PublicOffer } from "../detail-queries";
import type { OfferCard } from "@/features/search/offer-card";
import { OfferContact } from "./offer-contact";
import { OfferFacts } from "./offer-facts";
import { OfferImages } from "./offer-images";
import { OfferLocation } from "./offer-location";
import { OfferSchedule } from "./offer-schedule";
import { ShareOffer } from "./share-offer";
import { SimilarOffers } from "./similar-offers";
import { LastConfirmed } from "@/components/ui/last-confirmed";

type Props = {
  data: PublicOffer;
  similar: OfferCard[];
  url: string;
  icsHref: string | null;
  tileUrl: string;
  attribution: string;
};

/** Plain-text paragraphs: descriptions are never rendered as HTML. */
function Paragraphs({ text }: { text: string }) {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p, i) => (
      <p key={i} className="whitespace-pre-line">
        {p}
      </p>
    ));
}

export function OfferDetail({ data, similar, url, icsHref, tileUrl, attribution }: Props) {
  const { offer, schedule, expired, upcoming } = data;
  const t = useTranslations("OfferDetail");
  const locale = useLocale();
  const categories = offer.categories.map((c) => localizedName(c.category, locale));
  // The visitor's translation, field by field; the German original where it has none.
  const translation = translationFor(offer.translations, locale);
  const title = shownText(offer.title, translation, translation?.title) ?? { text: offer.title, lang: "de", dir: "ltr", translated: false };
  const summary = shownText(offer.summary, translation, translation?.summary);
  const description = shownText(offer.description, translation, translation?.description);

  return (
    <article>
      {expired ? (
        <div role="note" className="mb-6 rounded-lg border-s-4 border-amber-700 bg-amber-50 p-4 text-amber-950">
          <p className="text-lg font-bold">{t("expiredTitle")}</p>
          <p>{t("expiredText")}</p>
        </div>
      ) : null}
      {categories.length > 0 ? (
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{categories.join(" · ")}</p>
      ) : null}
      <h1 {...textAttributes(title)} className="mt-1 text-3xl font-bold break-words text-brand-800">
        {title.text}
      </h1>
      <ContentNote shown={title} origin={translation} />
      <p className="mt-2 text-slate-700">{t("by", { provider: offer.organization.name })}</p>
      <LastConfirmed date={offer.lastConfirmedAt ?? offer.updatedAt} className="mt-1" />
      {summary ? (
        <p {...textAttributes(summary)} className="mt-4 text-lg">
          {summary.text}
        </p>
      ) : null}

      <div className="mt-8 grid gap-8 lg:grid-cols-3">
        <div className="min-w-0 space-y-8 lg:col-span-2">
          <OfferImages images={offer.images} />
          {description ? (
            <section aria-labelledby="offer-description" className="space-y-3">
              <h2 id="offer-description" className="text-xl font-semibold text-brand-800">
                {t("description")}
              </h2>
              {/* A translation without a description: the German one, with its note. */}
              {translation && !description.translated ? <OriginalLanguageNote /> : null}
              <div {...textAttributes(description)} className="space-y-3">
                <Paragraphs text={description.text} />
              </div>
            </section>
          ) : null}
          <OfferSchedule schedule={schedule} note={offer.scheduleNote} upcoming={upcoming} expired={expired} icsHref={icsHref} />
          <OfferLocation offer={offer} title={title.text} tileUrl={tileUrl} attribution={attribution} />
        </div>
        <div className="min-w-0 space-y-6">
          <OfferFacts offer={offer} />
          <OfferContact offer={offer} />
          <ShareOffer url={url} title={title.text} />
        </div>
      </div>

      <SimilarOffers offers={similar} />
      <p className="mt-10">
        <Link href="/offers" className="font-semibold text-brand-700 underline">
          {t("backToSearch")}
        </Link>
      </p>
    </article>
  );
}
