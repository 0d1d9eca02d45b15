import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { LegalTextForm } from "@/features/settings/components/legal-text-form";
import { ReadOnlyFieldset } from "@/features/settings/components/read-only-note";
import { LEGAL_KINDS } from "@/features/settings/legal-schemas";
import { requireSettingsPage } from "@/features/settings/page-access";
import { getLegalTextsForm } from "@/features/settings/queries";
import { getPathname, Link } from "@/i18n/navigation";
import { LOCALE_NAMES } from "@/i18n/locale-names";
import { locales, type Locale } from "@/i18n/routing";
import { SettingsHeader } from "@/features/settings/components/settings-header";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ sprache?: string | string[] }> };

const TITLE_KEYS = { IMPRINT: "imprintTitle", PRIVACY: "privacyTitle", TERMS: "termsTitle" } as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "LegalAdmin" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("title")} – ${te("title")}` };
}

export default async function LegalSettingsPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const { readOnly } = await requireSettingsPage(getPathname({ locale, href: "/editorial/settings/legal" }));
  const requested = Array.isArray(sp.sprache) ? sp.sprache[0] : sp.sprache;
  const textLocale: Locale = (locales as readonly string[]).includes(requested ?? "") ? (requested as Locale) : "de";
  const [t, tl, texts] = await Promise.all([getTranslations("LegalAdmin"), getTranslations("Legal"), getLegalTextsForm(textLocale)]);
  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <SettingsHeader title={t("title")} intro={t("intro")} />
      <nav aria-label={t("languages")}>
        <ul className="flex flex-wrap gap-2">
          {locales.map((code) => (
            <li key={code}>
              <Link
                href={{ pathname: "/editorial/settings/legal", query: { sprache: code } }}
                aria-current={code === textLocale ? "page" : undefined}
                className="rounded border border-slate-300 px-3 py-1.5 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50 aria-[current=page]:font-semibold"
                lang={code}
              >
                {LOCALE_NAMES[code]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <ReadOnlyFieldset readOnly={readOnly}>
        {LEGAL_KINDS.map((kind) => (
          <LegalTextForm
            key={`${kind}-${textLocale}`}
            kind={kind}
            locale={textLocale}
            heading={`${tl(TITLE_KEYS[kind])} (${LOCALE_NAMES[textLocale]})`}
            values={texts[kind]}
          />
        ))}
      </ReadOnlyFieldset>
    </div>
  );
}
