"use client";

import { useTranslations } from "next-intl";

/**
 * Placeholder while a map chunk loads. Deliberately free of Leaflet/react-leaflet imports: the
 * non-lazy map wrappers import this, and anything they import lands in the page's first load.
 */
export function MapLoading({ className }: { className: string }) {
  const t = useTranslations("Map");
  return (
    <div className={`${className} animate-pulse rounded-lg bg-slate-100`}>
      <span className="sr-only">{t("loading")}</span>
    </div>
  );
}
