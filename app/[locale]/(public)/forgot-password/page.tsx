import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ForgotPasswordForm } from "@/features/accounts/components/forgot-password-form";
import { OutboxHint } from "@/features/accounts/components/outbox-hint";
import { getSessionUser } from "@/features/accounts/session";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("forgotTitle"), robots: { index: false } };
}

export default async function ForgotPasswordPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const [t, user] = await Promise.all([getTranslations("Auth"), getSessionUser()]);
  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("forgotTitle")}</h1>
      <p className="text-slate-700">{t("forgotIntro")}</p>
      <OutboxHint user={user} />
      <ForgotPasswordForm />
      <p>
        <Link href="/login" className="text-brand-700 underline">
          {t("toLogin")}
        </Link>
      </p>
    </div>
  );
}
