import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { requireUser } from "@/features/accounts/session";
import { OfferForm } from "@/features/offers/components/offer-form/offer-form";
import { loadNewOfferForm, loadOfferFormOptions } from "@/features/offers/form-queries";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OfferForm" });
  return { title: t("titleNew"), robots: { index: false, follow: false } };
}

export default async function NewOfferPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/offers/new" }) });
  const t = await getTranslations("OfferForm");
  const membership = await getCurrentMembership(user);
  if (!membership) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("titleNew")}</h1>
        <p>{t("noOrganization")}</p>
        <p>
          <Link href="/account/join" className="font-semibold text-brand-700 underline">
            {t("joinLink")}
          </Link>
        </p>
      </div>
    );
  }
  const [form, options, messages] = await Promise.all([loadNewOfferForm(user, membership.organizationId), loadOfferFormOptions(locale), getMessages()]);
  if (!form) notFound();

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold text-brand-800">{t("titleNew")}</h1>
        <p className="text-slate-700">{t("organization", { name: form.organization.name })}</p>
      </div>
      <OfferForm
        offerId={null}
        status={null}
        defaultValues={form.values}
        organization={form.organization}
        categories={options.categories}
        targetGroups={options.targetGroups}
        requireApproval={options.requireApproval}
        map={options.map}
        scheduleMessages={messages.Schedule as Record<string, string>}
        nowIso={new Date().toISOString()}
        savedGeoSource={null}
      />
    </div>
  );
}
