import { getTranslations } from "next-intl/server";
import { locales, routing, type Locale } from "@/i18n/routing";
import { getSessionUser } from "@/features/accounts/session";
import { handleAnalyticsDownload } from "@/features/analytics/download";

// CSV / XLSX of one planner chart with the filter from the query string (?format=csv|xlsx&von=…).
// Planners, editors and admins only (checked in handleAnalyticsDownload).
export async function GET(request: Request, { params }: { params: Promise<{ chart: string }> }) {
  const { chart } = await params;
  const user = await getSessionUser();
  const requested = new URL(request.url).searchParams.get("locale") ?? user?.locale ?? "";
  const locale: Locale = (locales as readonly string[]).includes(requested) ? (requested as Locale) : routing.defaultLocale;
  const t = await getTranslations({ locale, namespace: "Analytics" });
  return handleAnalyticsDownload(request, user, chart, locale, (key, values) => t(key as never, values as never));
}
