"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { routing } from "@/i18n/routing";
import { switchLocalePath } from "./locale-path";

const LOCALE_NAMES: Record<string, string> = { de: "Deutsch", en: "English" };

/**
 * Links to the same page in the other languages; query string and route params are kept. Works
 * without JavaScript (server-rendered href). A client component only so the links follow client-side
 * navigations (the layout is not re-rendered then); it uses no next-intl client code, and the label
 * comes from the server, to keep the first-load JS small.
 */
export function LocaleSwitcher({ currentLocale, label }: { currentLocale: string; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();

  return (
    <div className="flex items-center gap-1" role="group" aria-label={label}>
      {routing.locales
        .filter((l) => l !== currentLocale)
        .map((locale) => (
          // A full page load on purpose: the whole layout (html lang/dir, messages) changes with the locale.
          <a
            key={locale}
            href={switchLocalePath(pathname, search, currentLocale, locale)}
            lang={locale}
            hrefLang={locale}
            className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100"
          >
            {LOCALE_NAMES[locale] ?? locale}
          </a>
        ))}
    </div>
  );
}
