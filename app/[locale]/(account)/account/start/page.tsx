import { setRequestLocale } from "next-intl/server";
import { requireUser } from "@/features/accounts/session";
import { getPathname, redirect } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

// Where a login without a callbackUrl lands: planners in the analytics area (their work), everyone else
// on the account overview.
export default async function StartPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/start" }) });
  return redirect({ href: user.role === "PLANNER" ? "/analytics" : "/account", locale });
}
