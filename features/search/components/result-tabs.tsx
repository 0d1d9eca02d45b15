import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

type Query = Record<string, string | string[]>;

/** "Angebote (128) | Anbieter (12)": switches between the two searches, keeping the shared parameters. */
export function ResultTabs({
  active,
  counts,
  offersQuery,
  providersQuery,
}: {
  active: "offers" | "providers";
  counts: { offers: number; providers: number };
  offersQuery: Query;
  providersQuery: Query;
}) {
  const t = useTranslations("Search");
  const base = "inline-flex min-h-11 items-center border-b-4 px-3 py-2 font-semibold";
  const tab = (isActive: boolean) =>
    `${base} ${isActive ? "border-brand-700 text-brand-800" : "border-transparent text-slate-700 hover:border-slate-300 hover:text-brand-700"}`;
  return (
    <nav aria-label={t("tabsLabel")} className="border-b border-slate-200">
      <ul className="flex flex-wrap gap-2">
        <li>
          <Link
            href={{ pathname: "/offers", query: offersQuery }}
            aria-current={active === "offers" ? "page" : undefined}
            className={tab(active === "offers")}
          >
            {t("tabOffers", { count: counts.offers })}
          </Link>
        </li>
        <li>
          <Link
            href={{ pathname: "/providers", query: providersQuery }}
            aria-current={active === "providers" ? "page" : undefined}
            className={tab(active === "providers")}
          >
            {t("tabProviders", { count: counts.providers })}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
