import { getFormatter, getTranslations } from "next-intl/server";
import type { EditableOffer } from "@/features/offers/form-queries";
import { Link } from "@/i18n/navigation";
import { TIME_ZONE } from "@/lib/dates";

/** Status, editors' note, created/changed by and links above the edit form (server component). */
export async function OfferFormHeader({ offer }: { offer: EditableOffer }) {
  const t = await getTranslations("OfferForm");
  const format = await getFormatter();
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: TIME_ZONE });
  const who = (name: string | null) => name ?? t("unknownPerson");
  return (
    <div className="flex flex-col gap-3">
      <p>
        <span className="inline-block rounded bg-slate-100 px-2 py-0.5 text-sm font-semibold text-slate-900">
          {t("statusLabel", { status: t(`statusNames.${offer.status}`) })}
        </span>
      </p>
      {offer.statusReason && (offer.status === "REJECTED" || offer.status === "BLOCKED") ? (
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t("statusReason", { reason: offer.statusReason })}
        </p>
      ) : null}
      {offer.status === "BLOCKED" ? <p className="text-slate-800">{t("blockedHint")}</p> : null}
      {offer.pendingRevision ? (
        <p className="rounded border border-brand-100 bg-brand-50 px-3 py-2 text-brand-800">
          {t("pendingRevision", { date: when(offer.pendingRevision.at) })}
        </p>
      ) : null}
      <ul className="text-sm text-slate-700">
        <li>{t("created", { name: who(offer.created.name), date: when(offer.created.at) })}</li>
        <li>{t("updated", { name: who(offer.updated.name), date: when(offer.updated.at) })}</li>
      </ul>
      <p className="flex flex-wrap gap-x-5 gap-y-1">
        <Link href="/account/offers" className="font-semibold text-brand-700 underline">
          {t("backToList")}
        </Link>
        <Link
          href={{ pathname: "/account/offers/[id]/preview", params: { id: String(offer.id) } }}
          className="font-semibold text-brand-700 underline"
        >
          {t("previewLink")}
        </Link>
        {offer.status === "PUBLISHED" ? (
          <Link href={{ pathname: "/offers/[slug]", params: { slug: offer.slug } }} className="font-semibold text-brand-700 underline">
            {t("publicPage")}
          </Link>
        ) : null}
      </p>
    </div>
  );
}
