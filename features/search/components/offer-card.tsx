import { useFormatter, useLocale, useTranslations } from "next-intl";
import type { OfferCard as OfferCardData } from "../offer-card";
import { Link } from "@/i18n/navigation";
import { localizedName } from "@/lib/localized";
import { ContentNote, textAttributes } from "@/components/ui/original-language";
import { shownText, translationFor } from "@/lib/content-translation";

export function OfferCard({ offer }: { offer: OfferCardData }) {
  const t = useTranslations("Home");
  const format = useFormatter();
  const locale = useLocale();
  const categories = offer.categories.map((c) => localizedName(c.category, locale));
  const translation = translationFor(offer.translations, locale);
  const title = shownText(offer.title, translation, translation?.title) ?? { text: offer.title, lang: "de", dir: "ltr", translated: false };
  const summary = shownText(offer.summary, translation, translation?.summary);

  return (
    <article className="flex h-full flex-col gap-2 rounded-lg border border-slate-200 p-4 shadow-sm">
      {categories.length > 0 ? (
        <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{categories.join(" · ")}</p>
      ) : null}
      <h3 {...textAttributes(title)} className="text-lg font-semibold leading-snug">
        <Link
          href={{ pathname: "/offers/[slug]", params: { slug: offer.slug } }}
          className="text-brand-800 underline-offset-2 hover:underline"
        >
          {title.text}
        </Link>
      </h3>
      {/* A machine translation, or the German original on a page in another language (none on German pages). */}
      <ContentNote shown={title} origin={translation} className="text-xs text-slate-700" />
      <p className="text-sm text-slate-700">{t("by", { provider: offer.organization.name })}</p>
      {summary ? (
        <p {...textAttributes(summary)} className="line-clamp-3 text-sm text-slate-800">
          {summary.text}
        </p>
      ) : null}
      <ul className="mt-auto flex flex-wrap gap-2 pt-2 text-xs">
        {/* A permanent service's "next date" is just its next opening: say it is regularly open instead. */}
        {offer.nextOccurrenceAt && offer.scheduleKind === "PERMANENT" ? (
          <li className="rounded bg-slate-100 px-2 py-1">{t("openRegularly")}</li>
        ) : offer.nextOccurrenceAt ? (
          <li className="rounded bg-slate-100 px-2 py-1">
            {t("nextDate", { date: format.dateTime(offer.nextOccurrenceAt, { dateStyle: "medium", timeStyle: "short" }) })}
          </li>
        ) : null}
        {offer.locationType === "ONLINE" ? (
          <li className="rounded bg-slate-100 px-2 py-1">{t("online")}</li>
        ) : offer.city ? (
          <li className="rounded bg-slate-100 px-2 py-1">{offer.city}</li>
        ) : null}
        {offer.isFree ? <li className="rounded bg-green-100 px-2 py-1 text-green-900">{t("free")}</li> : null}
      </ul>
    </article>
  );
}
