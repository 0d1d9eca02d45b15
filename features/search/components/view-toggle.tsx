import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

type Query = Record<string, string | string[]>;

/** List/map switch as two links (`ansicht=karte`), so each view has its own URL. */
export function ViewToggle({ pathname, mapView, query }: { pathname: "/offers" | "/providers"; mapView: boolean; query: Query }) {
  const t = useTranslations("Search");
  const listQuery = Object.fromEntries(Object.entries(query).filter(([key]) => key !== "ansicht"));
  // The map shows every match, so it has no page.
  const mapQuery = { ...Object.fromEntries(Object.entries(listQuery).filter(([key]) => key !== "seite")), ansicht: "karte" };
  const item = (isActive: boolean) =>
    `inline-flex min-h-11 items-center px-4 font-semibold ${isActive ? "bg-brand-700 text-white" : "bg-white text-brand-700 hover:bg-slate-100"}`;
  return (
    <nav aria-label={t("viewLabel")}>
      <ul className="flex overflow-hidden rounded border border-brand-700">
        <li>
          <Link href={{ pathname, query: listQuery }} aria-current={!mapView ? "page" : undefined} className={item(!mapView)}>
            {t("viewList")}
          </Link>
        </li>
        <li>
          <Link href={{ pathname, query: mapQuery }} aria-current={mapView ? "page" : undefined} className={item(mapView)}>
            {t("viewMap")}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
