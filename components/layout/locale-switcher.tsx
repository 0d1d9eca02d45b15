"use client";

import { useParams, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

const LOCALE_NAMES: Record<string, string> = { de: "Deutsch", en: "English" };

/** Links to the same page in the other languages; query string and route params are kept. Works without JavaScript. */
export function LocaleSwitcher({ currentLocale }: { currentLocale: string }) {
  const t = useTranslations("Layout");
  const pathname = usePathname();
  const params = useParams();
  const searchParams = useSearchParams();
  const query = Object.fromEntries(searchParams.entries());

  return (
    <div className="flex items-center gap-1" role="group" aria-label={t("chooseLanguage")}>
      {routing.locales
        .filter((l) => l !== currentLocale)
        .map((locale) => (
          <Link
            key={locale}
            // The params object matches the current route, so it is valid for `pathname`.
            href={{ pathname, params, query } as never}
            locale={locale}
            lang={locale}
            hrefLang={locale}
            className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100"
          >
            {LOCALE_NAMES[locale] ?? locale}
          </Link>
        ))}
    </div>
  );
}
