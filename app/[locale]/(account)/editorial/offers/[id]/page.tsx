import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferReview } from "@/features/moderation/components/offer-review";
import { getOfferForReview } from "@/features/moderation/offer-queries";
import { decisionNoticeHolds, isOfferDecisionNotice } from "@/features/moderation/offer-transitions";
import { requireEditorPage } from "@/features/moderation/page-access";
import { canModerate } from "@/features/moderation/permissions";
import { getSessionUser } from "@/features/accounts/session";
import { searchOrganizationOptions } from "@/features/moderation/reassign";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ done?: string | string[] }> };

// The offer once per request, for the title (which names it) and the page; null for anyone who may not see it.
const loadOffer = cache(async (id: string) => {
  const user = await getSessionUser();
  if (!canModerate(user)) return null;
  return getOfferForReview(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const [t, offer] = await Promise.all([getTranslations({ locale, namespace: "Editorial" }), loadOffer(id)]);
  return { title: `${offer ? offer.title : t("offers.title")} – ${t("title")}` };
}

export default async function EditorialOfferPage({ params, searchParams }: Props) {
  const [{ locale, id }, { done }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: { pathname: "/editorial/offers/[id]", params: { id } } }));
  const [data, organizationOptions] = await Promise.all([loadOffer(id), searchOrganizationOptions(user, "")]);
  if (!data) notFound();
  return (
    <OfferReview
      data={data}
      organizationOptions={organizationOptions}
      notice={
        isOfferDecisionNotice(done) && decisionNoticeHolds(done, { status: data.status, hasPendingRevision: data.revision !== null })
          ? done
          : null
      }
    />
  );
}
