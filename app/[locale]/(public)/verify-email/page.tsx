import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResendVerificationForm } from "@/features/accounts/components/resend-verification-form";
import { confirmEmailToken } from "@/features/accounts/registration";
import { siteBaseUrl } from "@/features/seo/base-url";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Register" });
  return { title: t("verifyTitle"), robots: { index: false } };
}

/**
 * Target of the links in verification and e-mail-change mails. Opening the link confirms (single
 * use); an expired, used or damaged link gets a clear message and a way to request a new one.
 */
export default async function VerifyEmailPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const [t, tAuth] = await Promise.all([getTranslations("Register"), getTranslations("Auth")]);
  const token = typeof query.token === "string" ? query.token : undefined;
  const outcome = await confirmEmailToken(token, { baseUrl: await siteBaseUrl() });

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{outcome.ok ? t("verifyTitle") : t("verifyFailedTitle")}</h1>
      {outcome.ok ? (
        <>
          <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
            {outcome.kind === "emailChanged" ? t("emailChanged") : t("verified")}
          </p>
          {outcome.organizationPending ? <p className="text-slate-700">{t("verifiedPending")}</p> : null}
          <Link href="/account" className="self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("toAccount")}
          </Link>
        </>
      ) : (
        <>
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
            {tAuth(`token.${outcome.problem}`)}
          </p>
          {outcome.problem === "used" ? (
            <p className="text-slate-700">
              {t("verifyUsedHint")}{" "}
              <Link href="/login" className="text-brand-700 underline">
                {t("toLogin")}
              </Link>
            </p>
          ) : null}
          {outcome.problem !== "emailTaken" ? <ResendVerificationForm /> : null}
        </>
      )}
    </div>
  );
}
