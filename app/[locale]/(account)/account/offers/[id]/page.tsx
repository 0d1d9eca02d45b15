import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { getSessionUser, requireUser } from "@/features/accounts/session";
import { OfferForm, type SaveNotice } from "@/features/offers/components/offer-form/offer-form";
import { OfferFormHeader } from "@/features/offers/components/offer-form/offer-form-header";
import { loadOfferForEdit, loadOfferFormOptions } from "@/features/offers/form-queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parseId } from "@/lib/ids";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const NOTICES: SaveNotice[] = ["draft", "published", "submitted", "revision", "saved"];

// The title names the offer — only for a user who may edit it (loadOfferForEdit checks).
const loadTitle = cache(async (id: string) => {
  const [user, offerId] = [await getSessionUser(), parseId(id)];
  if (!user || !offerId) return null;
  return (await loadOfferForEdit(user, offerId))?.values.title ?? null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const [t, title] = await Promise.all([getTranslations({ locale, namespace: "OfferForm" }), loadTitle(id)]);
  return { title: title ? `${title} – ${t("titleEdit")}` : t("titleEdit"), robots: { index: false, follow: false } };
}

export default async function EditOfferPage({ params, searchParams }: Props) {
  const [{ locale, id }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const offerId = parseId(id);
  const user = await requireUser({
    callbackUrl: offerId ? getPathname({ locale, href: { pathname: "/account/offers/[id]", params: { id: String(offerId) } } }) : undefined,
  });
  // Someone else's offer looks exactly like a missing one.
  const [offer, options, messages, t] = await Promise.all([
    offerId ? loadOfferForEdit(user, offerId) : null,
    loadOfferFormOptions(locale),
    getMessages(),
    getTranslations("OfferForm"),
  ]);
  if (!offer) notFound();
  const saved = typeof sp.saved === "string" && (NOTICES as string[]).includes(sp.saved) ? (sp.saved as SaveNotice) : null;

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("titleEdit")}</h1>
        <OfferFormHeader offer={offer} />
      </div>
      <OfferForm
        offerId={offer.id}
        status={offer.status}
        defaultValues={offer.values}
        organization={offer.organization}
        categories={options.categories}
        targetGroups={options.targetGroups}
        requireApproval={options.requireApproval}
        machineTranslation={options.machineTranslation}
        map={options.map}
        scheduleMessages={messages.Schedule as Record<string, string>}
        nowIso={new Date().toISOString()}
        savedGeoSource={saved && sp.geo === "postal" ? "POSTAL_CODE" : offer.geoSource}
        initialNotice={saved}
      />
    </div>
  );
}
