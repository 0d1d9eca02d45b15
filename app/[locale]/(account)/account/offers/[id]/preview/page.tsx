import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSessionUser, requireUser } from "@/features/accounts/session";
import { PreviewBanner } from "@/features/offer-management/components/preview-banner";
import { getOfferPreview } from "@/features/offer-management/queries";
import { OfferDetail } from "@/features/offers/components/offer-detail";
import { siteBaseUrl } from "@/features/seo/base-url";
import { parseId } from "@/lib/ids";
import { getSettings } from "@/features/settings/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const robots = { index: false, follow: false };
  const user = await getSessionUser();
  const offerId = parseId(id);
  const data = user && offerId !== null ? await getOfferPreview(user, offerId) : null;
  if (!data) return { robots };
  const t = await getTranslations({ locale, namespace: "OfferPreview" });
  return { title: t("title", { title: data.offer.title }), robots };
}

export default async function OfferPreviewPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const offerId = parseId(id);
  const callbackUrl =
    offerId !== null
      ? getPathname({ locale, href: { pathname: "/account/offers/[id]/preview", params: { id: String(offerId) } } })
      : undefined;
  const user = await requireUser({ callbackUrl });
  const data = offerId !== null ? await getOfferPreview(user, offerId) : null;
  if (!data) notFound();
  const [settings, baseUrl] = await Promise.all([getSettings(), siteBaseUrl()]);
  const url = baseUrl + getPathname({ locale, href: { pathname: "/offers/[slug]", params: { slug: data.offer.slug } } });

  return (
    <>
      <PreviewBanner
        offer={data.offer}
        status={data.status}
        statusReason={data.statusReason}
        expired={data.expired}
        isPublic={data.public}
        organizationApproved={data.organizationApproved}
      />
      <OfferDetail data={data} similar={[]} url={url} icsHref={null} tileUrl={settings.tileUrl} attribution={settings.tileAttribution} />
    </>
  );
}
