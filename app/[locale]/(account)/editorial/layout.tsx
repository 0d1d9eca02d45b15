import type { ReactNode } from "react";
import { setRequestLocale } from "next-intl/server";
import { getSessionUser } from "@/features/accounts/session";
import { EditorialNav } from "@/features/moderation/components/editorial-nav";
import { canModerate } from "@/features/moderation/permissions";
import type { Locale } from "@/i18n/routing";

// The editor area's sub-navigation. Access is still checked by every page (requireEditorPage) and
// action; the layout only decides whether to show the navigation.
export default async function EditorialLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const user = await getSessionUser();
  if (!user || !canModerate(user)) return children;
  return (
    <>
      <EditorialNav user={user} />
      {children}
    </>
  );
}
