import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

export default function LocaleNotFound() {
  const t = useTranslations("Errors");
  return (
    <div className="mx-auto max-w-2xl py-12 text-center">
      <title>{t("notFoundTitle")}</title>
      <p className="text-sm font-semibold text-brand-700">404</p>
      <h1 className="mt-2 text-3xl font-bold text-brand-800">{t("notFoundTitle")}</h1>
      <p className="mt-4 text-slate-700">{t("notFoundText")}</p>
      <Link href="/" className="mt-8 inline-block rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
        {t("backHome")}
      </Link>
    </div>
  );
}
