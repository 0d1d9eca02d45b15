import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { hasRole } from "@/features/accounts/permissions";
import { requireUser } from "@/features/accounts/session";
import { OrganizationChooser } from "@/features/moderation/components/organization-chooser";
import { OfferForm } from "@/features/offers/components/offer-form/offer-form";
import { loadNewOfferForm, loadOfferFormOptions } from "@/features/offers/form-queries";
import { canEditOffersOf } from "@/features/offers/permissions";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parseId } from "@/lib/ids";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ organizationId?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OfferForm" });
  return { title: t("titleNew"), robots: { index: false, follow: false } };
}

export default async function NewOfferPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const path = getPathname({ locale, href: "/account/offers/new" });
  const user = await requireUser({ callbackUrl: path });
  const t = await getTranslations("OfferForm");
  // `?organizationId=`: editors create offers on a provider's behalf; members may name their own.
  const requested = parseId(query.organizationId);
  const isEditor = hasRole(user, "EDITOR");
  // Someone else's organisation looks exactly like a missing one.
  if (requested !== null && !canEditOffersOf(user, requested)) notFound();
  // Editors always choose the organisation they act for; providers write for their current one.
  const membership = requested !== null || isEditor ? null : await getCurrentMembership(user);
  const organizationId = requested ?? membership?.organizationId ?? null;
  if (isEditor && organizationId === null) {
    return (
      <div className="flex flex-col gap-6">
        <h1 className="text-3xl font-bold text-brand-800">{t("titleNew")}</h1>
        <OrganizationChooser action={path} />
      </div>
    );
  }
  if (organizationId === null) {
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
  const [form, options, messages] = await Promise.all([
    loadNewOfferForm(user, organizationId),
    loadOfferFormOptions(locale),
    getMessages(),
  ]);
  if (!form) notFound();

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-3xl font-bold text-brand-800">{t("titleNew")}</h1>
        <p className="text-slate-700">{t("organization", { name: form.organization.name })}</p>
      </div>
      {isEditor ? <OrganizationChooser action={path} current={form.organization} /> : null}
      <OfferForm
        offerId={null}
        status={null}
        defaultValues={form.values}
        organization={form.organization}
        categories={options.categories}
        targetGroups={options.targetGroups}
        requireApproval={options.requireApproval}
        machineTranslation={options.machineTranslation}
        map={options.map}
        scheduleMessages={messages.Schedule as Record<string, string>}
        nowIso={new Date().toISOString()}
        savedGeoSource={null}
      />
    </div>
  );
}
