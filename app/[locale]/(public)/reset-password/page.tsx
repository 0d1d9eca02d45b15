import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ResetPasswordForm } from "@/features/accounts/components/reset-password-form";
import { checkResetToken } from "@/features/accounts/password-reset";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("resetTitle"), robots: { index: false } };
}

/** Target of the link in the reset mail: the form, or why the link does not work (any more). */
export default async function ResetPasswordPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("Auth");
  const token = typeof query.token === "string" ? query.token : "";
  const check = await checkResetToken(token);

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("resetTitle")}</h1>
      {check.ok ? (
        <>
          <p className="text-slate-700">{t("resetIntro")}</p>
          <ResetPasswordForm token={token} />
        </>
      ) : (
        <>
          <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
            {t(`token.${check.problem}`)}
          </p>
          <Link href="/forgot-password" className="self-start rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800">
            {t("requestNewLink")}
          </Link>
        </>
      )}
    </div>
  );
}
