import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { ContentNote, textAttributes } from "@/components/ui/original-language";
import { shownText, translationFor } from "@/lib/content-translation";
import type { PublicOffer } from "../detail-queries";

/** tel: links want the digits only ("+49 231 12-34" → "+492311234"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, "")}`;
}

/** Contact person with mail and phone links, and the provider box linking to the provider page. */
export function OfferContact({ offer }: { offer: PublicOffer["offer"] }) {
  const t = useTranslations("OfferDetail");
  const name = [offer.contactSalutation, offer.contactName].filter(Boolean).join(" ");
  const hasContact = Boolean(name || offer.contactEmail || offer.contactPhone);
  const provider = offer.organization;
  const translation = translationFor(provider.translations, useLocale());
  const subline = shownText(provider.subline, translation, translation?.subline);
  const summary = shownText(provider.summary, translation, translation?.summary);
  const link = "font-semibold text-brand-700 underline break-words";

  return (
    <>
      {hasContact ? (
        <section aria-labelledby="offer-contact" className="rounded-lg border border-slate-200 p-4">
          <h2 id="offer-contact" className="text-lg font-semibold text-brand-800">
            {t("contact")}
          </h2>
          {name ? <p className="mt-2">{name}</p> : null}
          {offer.contactRole ? <p className="text-slate-700">{offer.contactRole}</p> : null}
          <ul className="mt-2 space-y-1">
            {offer.contactEmail ? (
              <li>
                <a className={link} data-analytics-contact="mail" href={`mailto:${offer.contactEmail}`}>
                  {t("email", { email: offer.contactEmail })}
                </a>
              </li>
            ) : null}
            {offer.contactPhone ? (
              <li>
                <a className={link} data-analytics-contact="phone" href={telHref(offer.contactPhone)}>
                  {t("phone", { phone: offer.contactPhone })}
                </a>
              </li>
            ) : null}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="offer-provider" className="rounded-lg border border-slate-200 p-4">
        <h2 id="offer-provider" className="text-lg font-semibold text-brand-800">
          {t("provider")}
        </h2>
        <p className="mt-2 font-semibold">{provider.name}</p>
        {subline ? (
          <p {...textAttributes(subline)} className="text-slate-700">
            {subline.text}
          </p>
        ) : null}
        {summary ? (
          <p {...textAttributes(summary)} className="mt-2 text-sm">
            {summary.text}
          </p>
        ) : null}
        <ContentNote shown={summary ?? subline} origin={translation} className="mt-1 text-xs text-slate-700" />
        <p className="mt-3">
          <Link href={{ pathname: "/providers/[slug]", params: { slug: provider.slug } }} className={link}>
            {t("toProvider", { provider: provider.name })}
          </Link>
        </p>
      </section>
    </>
  );
}
