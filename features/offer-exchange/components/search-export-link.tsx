import { getLocale, getTranslations } from "next-intl/server";
import { smallButtonClass } from "@/components/ui/button";
import type { SessionUser } from "@/features/accounts/types";
import { canExportAllOffers } from "../permissions";

// Under the public offer search, for editors and planners only: the current search's results as
// an Excel file (the route checks the role again and applies the same search and visibility).

export async function SearchExportLink({ user, searchQuery }: { user: SessionUser | null; searchQuery: string }) {
  if (!user || !canExportAllOffers(user)) return null;
  const [t, locale] = await Promise.all([getTranslations("OfferExchange.page"), getLocale()]);
  const query = searchQuery ? `&${searchQuery}` : "";
  return (
    <p className="mt-6">
      <a className={smallButtonClass} href={`/api/offer-export?scope=search${query}&locale=${locale}`} download>
        {t("exportSearchLink")}
      </a>
    </p>
  );
}
