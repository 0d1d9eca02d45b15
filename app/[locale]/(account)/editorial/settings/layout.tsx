import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { getSessionUser } from "@/features/accounts/session";
import { ReadOnlyNote } from "@/features/settings/components/read-only-note";
import { SettingsNav } from "@/features/settings/components/settings-nav";
import { canManageSettings, canViewSettings } from "@/features/settings/permissions";
import type { Locale } from "@/i18n/routing";

// The settings sections' navigation, and for editors the note that they only read. Every page
// checks access itself (requireSettingsPage); the layout only decides what to show around it.
export default async function SettingsLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const user = await getSessionUser();
  if (!canViewSettings(user)) return children;
  return (
    <>
      <SettingsNav />
      {canManageSettings(user) ? null : <ReadOnlyNote />}
      {children}
    </>
  );
}
