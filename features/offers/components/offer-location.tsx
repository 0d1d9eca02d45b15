import { useLocale, useTranslations } from "next-intl";
import { OfferLocationMap } from "@/components/map/offer-location-map";
import { localizedName } from "@/lib/localized";
import type { PublicOffer } from "../detail-queries";

/** `title`: the offer's title as the page shows it (the visitor's translation or the German original). */
type Props = { offer: PublicOffer["offer"]; title: string; tileUrl: string; attribution: string };

/** "Wo?": the address as text (always) with a small map, or the online link, or "no fixed place". */
export function OfferLocation({ offer, title, tileUrl, attribution }: Props) {
  const t = useTranslations("OfferDetail");
  const locale = useLocale();
  const district = offer.district ? localizedName(offer.district, locale) : null;
  const cityLine = [offer.postalCode, offer.city].filter(Boolean).join(" ");

  return (
    <section aria-labelledby="offer-where" className="space-y-3">
      <h2 id="offer-where" className="text-xl font-semibold text-brand-800">
        {t("where")}
      </h2>
      {offer.locationType === "ONLINE" ? (
        <p>
          {t("online")}
          {offer.onlineUrl && /^https?:\/\//i.test(offer.onlineUrl) ? (
            <>
              {" – "}
              <a href={offer.onlineUrl} rel="noopener noreferrer nofollow" className="font-semibold text-brand-700 underline">
                {t("onlineLink")}
              </a>
            </>
          ) : null}
        </p>
      ) : offer.locationType === "NONE" || (!offer.street && !offer.city) ? (
        <p>{t("noFixedPlace")}</p>
      ) : (
        <>
          <address className="not-italic">
            {offer.locationName ? <span className="block font-semibold">{offer.locationName}</span> : null}
            {offer.street ? <span className="block">{offer.street}</span> : null}
            {cityLine ? <span className="block">{cityLine}</span> : null}
            {district && district !== offer.city ? <span className="block text-slate-700">{district}</span> : null}
          </address>
          {offer.lat !== null && offer.lng !== null ? (
            <OfferLocationMap
              lat={offer.lat}
              lng={offer.lng}
              title={offer.locationName ?? title}
              tileUrl={tileUrl}
              attribution={attribution}
              ariaLabel={t("mapLabel", { title })}
            />
          ) : null}
        </>
      )}
      {offer.locationNote ? <p className="text-slate-700">{offer.locationNote}</p> : null}
    </section>
  );
}
