import { useTranslations } from "next-intl";

/** Tells the user which parts of the URL were dropped instead of failing the page. */
export function SearchNotice({ ignored, placeNotFound, place }: { ignored: string[]; placeNotFound?: boolean; place?: string | null }) {
  const t = useTranslations("Search");
  if (ignored.length === 0 && !placeNotFound) return null;
  const names = [...new Set(ignored)].map((name) => {
    const key = `paramNames.${name}` as "paramNames.q";
    return t.has(key) ? t(key) : name;
  });
  return (
    <div role="status" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">
      {names.length > 0 ? <p>{t("ignoredNotice", { names: names.join(", ") })}</p> : null}
      {placeNotFound ? <p>{t("placeNotFound", { place: place ?? "" })}</p> : null}
    </div>
  );
}
