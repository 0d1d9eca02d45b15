import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ExchangeLinks } from "@/features/offer-exchange/components/exchange-links";
import { ImportPanel } from "@/features/offer-exchange/components/import-panel";
import { listImportOrganizations, loadImportPageData } from "@/features/offer-exchange/queries";
import { requireEditorPage } from "@/features/moderation/page-access";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OfferExchange.page" });
  return { title: t("editorTitle"), robots: { index: false, follow: false } };
}

export default async function EditorialImportPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: "/editorial/import" }));
  const [organizations, data, t] = await Promise.all([
    listImportOrganizations(user),
    loadImportPageData(),
    getTranslations("OfferExchange.page"),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("editorTitle")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      <ExchangeLinks exportQuery="scope=all" exportLabel="exportAllLink" />
      <section aria-labelledby="import-heading" className="flex flex-col gap-3">
        <h2 id="import-heading" className="text-xl font-semibold text-slate-900">
          {t("importTitle")}
        </h2>
        <ImportPanel
          target={{ kind: "picker", organizations }}
          limits={data.limits}
          requireApproval={data.requireApproval}
          offersHref="/editorial/providers"
        />
      </section>
    </div>
  );
}
