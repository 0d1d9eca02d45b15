import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { safeCallbackUrl } from "@/features/accounts/callback-url";
import { TermsAcceptForm } from "@/features/accounts/components/terms-accept-form";
import { requireUser } from "@/features/accounts/session";
import { currentTermsVersion, mustAcceptTerms } from "@/features/accounts/terms";
import { LegalPage } from "@/features/settings/components/legal-page";
import { getLegalText } from "@/features/settings/queries";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ callbackUrl?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Terms" });
  return { title: t("title") };
}

/** Where account pages send a user until the current terms of use are accepted (see session.ts). */
export default async function AccountTermsPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/terms" }), skipTermsCheck: true });
  const [t, version, pending, text] = await Promise.all([
    getTranslations("Terms"),
    currentTermsVersion(),
    mustAcceptTerms(user.id),
    getLegalText("TERMS", locale),
  ]);
  const next =
    (typeof query.callbackUrl === "string" ? safeCallbackUrl(query.callbackUrl) : null) ?? getPathname({ locale, href: "/account" });

  if (!pending) {
    return (
      <div className="flex max-w-3xl flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p role="status">{t("alreadyAccepted")}</p>
        <Link href="/account" className="self-start text-brand-700 underline">
          {t("continue")}
        </Link>
      </div>
    );
  }

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
        {t("intro", { version })}
      </p>
      <div
        className="max-h-[60vh] overflow-y-auto rounded border border-slate-200 p-4 break-words hyphens-auto"
        tabIndex={0}
        aria-label={t("title")}
      >
        <LegalPage kind="TERMS" text={text} />
      </div>
      <TermsAcceptForm version={version} next={next} />
    </div>
  );
}
