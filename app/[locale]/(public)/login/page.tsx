import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSessionUser } from "@/features/accounts/session";
import { safeCallbackUrl } from "@/features/accounts/callback-url";
import { LoginForm, type LoginFormError } from "@/features/accounts/components/login-form";
import { LOGIN_RATE_LIMITED_PREFIX, LOGIN_UNAVAILABLE, LOGIN_UNVERIFIED } from "@/features/accounts/schemas";
import { getPathname, Link, redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

// next-auth sends sign-ins that failed outside our form here with ?error=… (pages.error).
function loginErrorFrom(error: string | string[] | undefined): LoginFormError | undefined {
  if (error === undefined) return undefined;
  if (error === LOGIN_UNVERIFIED) return "unverified";
  if (typeof error === "string" && error.startsWith(LOGIN_RATE_LIMITED_PREFIX)) return "rateLimited";
  return error === LOGIN_UNAVAILABLE ? "unavailable" : "invalidCredentials";
}

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ callbackUrl?: string | string[]; error?: string | string[]; reset?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Auth" });
  return { title: t("loginTitle"), robots: { index: false } };
}

export default async function LoginPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  if (await getSessionUser()) redirect({ href: "/account", locale });
  const t = await getTranslations("Auth");
  const callbackUrl = typeof query.callbackUrl === "string" ? safeCallbackUrl(query.callbackUrl) : null;

  return (
    <div className="mx-auto flex w-full max-w-md flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("loginTitle")}</h1>
      <p className="text-slate-700">{t("loginIntro")}</p>
      {query.reset === "1" ? (
        <p role="status" className="rounded border border-green-300 bg-green-50 px-3 py-2 text-green-900">
          {t("resetDone")}
        </p>
      ) : null}
      <noscript>
        <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">{t("noscript")}</p>
      </noscript>
      {/* Without a callbackUrl: /account/start sends planners to the analytics, everyone else to the overview. */}
      <LoginForm redirectTo={callbackUrl ?? getPathname({ locale, href: "/account/start" })} initialError={loginErrorFrom(query.error)} />
      <p>
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t("forgotPasswordLink")}
        </Link>
      </p>
      <p className="text-slate-700">
        {t("noAccountYet")}{" "}
        <Link href="/register" className="text-brand-700 underline">
          {t("registerLink")}
        </Link>
      </p>
    </div>
  );
}
