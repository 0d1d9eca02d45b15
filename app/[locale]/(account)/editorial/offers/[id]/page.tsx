import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { OfferReview } from "@/features/moderation/components/offer-review";
import { getOfferForReview } from "@/features/moderation/offer-queries";
import { decisionNoticeHolds, isOfferDecisionNotice } from "@/features/moderation/offer-transitions";
import { requireEditorPage } from "@/features/moderation/page-access";
import { searchOrganizationOptions } from "@/features/moderation/reassign";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<{ done?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editorial" });
  return { title: `${t("offers.title")} – ${t("title")}` };
}

export default async function EditorialOfferPage({ params, searchParams }: Props) {
  const [{ locale, id }, { done }] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: { pathname: "/editorial/offers/[id]", params: { id } } }));
  const [data, organizationOptions] = await Promise.all([
    getOfferForReview(user, id).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    searchOrganizationOptions(user, ""),
  ]);
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
