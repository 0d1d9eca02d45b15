import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { getSessionUser } from "@/features/accounts/session";
import { SettingsNav } from "@/features/settings/components/settings-nav";
import { canManageSettings } from "@/features/settings/permissions";
import type { Locale } from "@/i18n/routing";

// The settings sections' navigation. Every page checks access itself (requireSettingsPage); the
// layout only decides whether to show the navigation.
export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const user = await getSessionUser();
  if (!canManageSettings(user)) return children;
  return (
    <>
      <SettingsNav />
      {children}
    </>
  );
}
