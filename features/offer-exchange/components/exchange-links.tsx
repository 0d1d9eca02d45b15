import { useLocale, useTranslations } from "next-intl";
import { smallButtonClass } from "@/components/ui/button";

// Downloads next to the import: the template, and the export of the offers this page is about.
// Plain links to the route handlers (a file download, not a page), with the UI language.

export function ExchangeLinks({ exportQuery, exportLabel }: { exportQuery: string; exportLabel: "exportLink" | "exportAllLink" }) {
  const t = useTranslations("OfferExchange.page");
  const locale = useLocale();
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <section aria-labelledby="exchange-template" className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4">
        <h2 id="exchange-template" className="text-lg font-semibold text-slate-900">
          {t("templateTitle")}
        </h2>
        <p className="text-slate-700">{t("templateHint")}</p>
        <a className={`${smallButtonClass} self-start`} href={`/api/offer-import/template?locale=${locale}`} download>
          {t("templateLink")}
        </a>
      </section>
      <section aria-labelledby="exchange-export" className="flex flex-col gap-2 rounded-lg border border-slate-300 p-4">
        <h2 id="exchange-export" className="text-lg font-semibold text-slate-900">
          {t("exportTitle")}
        </h2>
        <p className="text-slate-700">{t("exportHint")}</p>
        <a className={`${smallButtonClass} self-start`} href={`/api/offer-export?${exportQuery}&locale=${locale}`} download>
          {t(exportLabel)}
        </a>
      </section>
    </div>
  );
}
