import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { NewOrganizationForm } from "@/features/moderation/components/new-organization-form";
import { requireEditorPage } from "@/features/moderation/page-access";
import { CARRIER_TYPES, SUMMARY_MAX } from "@/features/organizations/schemas";
import { carrierTypeLabels } from "@/features/settings/carrier-types";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "EditorialAct" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("create.title")} – ${te("title")}`, robots: { index: false, follow: false } };
}

export default async function EditorialNewProviderPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  await requireEditorPage(getPathname({ locale, href: "/editorial/providers/new" }));
  const [t, tp, carrierLabels] = await Promise.all([
    getTranslations("EditorialAct.create"),
    getTranslations("ProfileForm"),
    carrierTypeLabels(locale),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link href="/editorial/providers" className="self-start text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="max-w-2xl text-slate-700">{t("intro")}</p>
      </header>
      <NewOrganizationForm
        sections={[
          {
            id: "basics",
            title: t("sectionBasics"),
            fields: [
              { name: "name", label: tp("name"), maxLength: 150, required: true, autoComplete: "organization" },
              { name: "summary", label: tp("summary"), hint: tp("summaryHint", { max: SUMMARY_MAX }), maxLength: SUMMARY_MAX },
            ],
          },
          {
            id: "contact",
            title: t("sectionContact"),
            fields: [
              { name: "email", label: tp("email"), type: "email", maxLength: 254 },
              { name: "phone", label: tp("phone"), type: "tel", maxLength: 40 },
              { name: "website", label: tp("website"), type: "url", hint: tp("websiteHint"), maxLength: 500 },
              { name: "street", label: tp("street"), maxLength: 150 },
              { name: "postalCode", label: tp("postalCode"), maxLength: 5 },
              { name: "city", label: tp("city"), maxLength: 100 },
              { name: "contactName", label: `${tp("sectionPerson")}: ${tp("contactName")}`, maxLength: 150 },
            ],
          },
          {
            id: "invite",
            title: t("sectionInvite"),
            fields: [{ name: "inviteEmail", label: t("inviteEmail"), type: "email", hint: t("inviteHint"), maxLength: 254 }],
          },
        ]}
        carrier={{ label: tp("carrierType"), options: CARRIER_TYPES.map((value) => ({ value, label: carrierLabels[value] })) }}
        labels={{ submit: t("submit"), pending: t("pending"), errorSummary: t("errorSummary"), optional: tp("optional") }}
      />
    </div>
  );
}
