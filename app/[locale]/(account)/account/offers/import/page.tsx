import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { requireUser } from "@/features/accounts/session";
import { ExchangeLinks } from "@/features/offer-exchange/components/exchange-links";
import { ImportPanel } from "@/features/offer-exchange/components/import-panel";
import { loadImportPageData } from "@/features/offer-exchange/queries";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OfferExchange.page" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function OfferImportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/offers/import" }) });
  const [membership, data, t, tList] = await Promise.all([
    getCurrentMembership(user),
    loadImportPageData(),
    getTranslations("OfferExchange.page"),
    getTranslations("OfferList"),
  ]);
  if (!membership) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>{tList("noOrganization")}</p>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/account/offers" className="text-brand-700 underline">
          {tList("title")}
        </Link>
      </p>
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ExchangeLinks exportQuery={`organization=${membership.organizationId}`} exportLabel="exportLink" />
      <section aria-labelledby="import-heading" className="flex flex-col gap-3">
        <h2 id="import-heading" className="text-xl font-semibold text-slate-900">
          {t("importTitle")}
        </h2>
        <ImportPanel
          target={{ kind: "fixed", organizationId: membership.organizationId }}
          limits={data.limits}
          requireApproval={data.requireApproval}
          offersHref="/account/offers"
        />
      </section>
    </div>
  );
}
