import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSessionUser } from "@/features/accounts/session";
import { AcceptInvitationButton, AcceptWithNewAccountForm } from "@/features/team/components/accept-invitation";
import { lookupInvitation } from "@/features/team/invitations";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Invitation" });
  // The URL carries a secret token: never indexed, never sent on as a referrer.
  return { title: t("title"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

export default async function InvitationPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("Invitation");
  const token = typeof query.token === "string" ? query.token : "";
  const [lookup, user] = await Promise.all([lookupInvitation(token), getSessionUser()]);
  const dashboard = getPathname({ locale, href: "/account" });
  const login = getPathname({ locale, href: "/login" });

  if (!lookup.ok) {
    return (
      <Frame title={t("title")}>
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-900">
          {t(`problem.${lookup.problem}`)}
        </p>
        <p>
          <Link href={user ? "/account" : "/login"} className="font-semibold text-brand-700 underline">
            {user ? t("toDashboard") : t("toLogin")}
          </Link>
        </p>
      </Frame>
    );
  }

  const { invitation } = lookup;
  const tStaff = await getTranslations("Users.acceptInvitation");
  const staffRole = invitation.kind === "staff" ? (await getTranslations("Account.roles"))(invitation.globalRole) : "";
  const heading = invitation.kind === "organization" ? t("heading", { organization: invitation.organizationName }) : tStaff("heading");
  const intro = (
    <p className="text-lg">
      {invitation.kind === "organization"
        ? t("intro", { organization: invitation.organizationName, role: invitation.role })
        : tStaff("intro", { role: staffRole })}
    </p>
  );

  if (user) {
    const matches = user.email.toLowerCase() === invitation.email;
    return (
      <Frame title={heading}>
        {intro}
        {matches ? (
          <>
            <p className="text-slate-700">{t("acceptIntro", { email: user.email })}</p>
            <AcceptInvitationButton token={token} redirectTo={dashboard} />
          </>
        ) : (
          <>
            <p role="alert" className="rounded border border-red-300 bg-red-50 px-3 py-2 text-red-800">
              {t("wrongAccount")}
            </p>
            <p>
              <Link href="/logout" className="font-semibold text-brand-700 underline">
                {t("wrongAccountLogout")}
              </Link>
            </p>
          </>
        )}
      </Frame>
    );
  }

  if (invitation.accountExists) {
    const back = getPathname({ locale, href: { pathname: "/invitation", query: { token } } });
    return (
      <Frame title={heading}>
        {intro}
        <h2 className="text-xl font-semibold text-brand-800">{t("loginHeading")}</h2>
        <p>{t("loginIntro", { email: invitation.email })}</p>
        <p>
          <Link
            href={{ pathname: "/login", query: { callbackUrl: back } }}
            className="inline-block rounded bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-800"
          >
            {t("loginLink")}
          </Link>
        </p>
      </Frame>
    );
  }

  const tTeam = await getTranslations("Team");
  return (
    <Frame title={heading}>
      {intro}
      <h2 className="text-xl font-semibold text-brand-800">{tTeam("accept.createHeading")}</h2>
      <p className="text-slate-700">{tTeam("accept.createIntro", { email: invitation.email })}</p>
      <AcceptWithNewAccountForm
        token={token}
        email={invitation.email}
        termsHref={getPathname({ locale, href: "/terms" })}
        loginHref={login}
        redirectTo={dashboard}
      />
    </Frame>
  );
}

function Frame({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <div className="mx-auto flex w-full max-w-lg flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{title}</h1>
      {children}
    </div>
  );
}
