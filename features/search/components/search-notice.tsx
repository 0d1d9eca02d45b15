import { useTranslations } from "next-intl";

/** Tells the user which parts of the URL were dropped instead of failing the page. */
export function SearchNotice({
  ignored,
  truncated = [],
  placeNotFound,
  place,
}: {
  ignored: string[];
  /** Too-long text parameters that were shortened (and are still used). */
  truncated?: string[];
  placeNotFound?: boolean;
  place?: string | null;
}) {
  const t = useTranslations("Search");
  if (ignored.length === 0 && truncated.length === 0 && !placeNotFound) return null;
  const label = (name: string) => {
    const key = `paramNames.${name}` as "paramNames.q";
    return t.has(key) ? t(key) : name;
  };
  const names = [...new Set(ignored)].map(label);
  const shortened = [...new Set(truncated)].map(label);
  return (
    <div role="status" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950">
      {shortened.length > 0 ? <p>{t("truncatedNotice", { names: shortened.join(", ") })}</p> : null}
      {names.length > 0 ? <p>{t("ignoredNotice", { names: names.join(", ") })}</p> : null}
      {placeNotFound ? <p>{t("placeNotFound", { place: place ?? "" })}</p> : null}
    </div>
  );
}
