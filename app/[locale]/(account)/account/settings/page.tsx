import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { AccountProfileForm, ChangeEmailForm, ChangePasswordForm } from "@/features/accounts/components/account-settings-forms";
import { EndAllSessionsForm } from "@/features/accounts/components/end-all-sessions-form";
import { toLocale } from "@/features/accounts/account-context";
import { requireUser } from "@/features/accounts/session";
import { ReminderModeForm } from "@/features/freshness/components/reminder-mode-form";
import { reminderModeOf } from "@/features/freshness/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AccountSettings" });
  return { title: t("title") };
}

export default async function AccountSettingsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/settings" }) });
  const t = await getTranslations("AccountSettings");
  const section = "flex flex-col gap-4 rounded-lg border border-slate-200 p-4";

  return (
    <div className="flex max-w-xl flex-col gap-8">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <section aria-labelledby="settings-profile" className={section}>
        <h2 id="settings-profile" className="text-xl font-semibold">
          {t("profileHeading")}
        </h2>
        <AccountProfileForm defaults={{ name: user.name, locale: toLocale(user.locale) }} />
      </section>
      <section aria-labelledby="settings-password" className={section}>
        <h2 id="settings-password" className="text-xl font-semibold">
          {t("passwordHeading")}
        </h2>
        <ChangePasswordForm email={user.email} loginPath={getPathname({ locale, href: "/login" })} />
      </section>
      <section aria-labelledby="settings-email" className={section}>
        <h2 id="settings-email" className="text-xl font-semibold">
          {t("emailHeading")}
        </h2>
        <ChangeEmailForm email={user.email} />
      </section>
      {user.memberships.length > 0 ? (
        <section aria-labelledby="settings-reminders" className={section} id="reminders">
          <h2 id="settings-reminders" className="text-xl font-semibold">
            {(await getTranslations("Freshness.reminders"))("legend")}
          </h2>
          <ReminderModeForm mode={await reminderModeOf(user.id)} />
        </section>
      ) : null}
      <section aria-labelledby="settings-sessions" className={section}>
        <h2 id="settings-sessions" className="text-xl font-semibold">
          {t("sessionsHeading")}
        </h2>
        <EndAllSessionsForm loginPath={getPathname({ locale, href: "/login" })} />
      </section>
    </div>
  );
}
