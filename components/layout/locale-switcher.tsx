"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { LOCALE_NAMES } from "@/i18n/locale-names";
import { routing, type Locale } from "@/i18n/routing";
import { switchLocalePath } from "./locale-path";

/**
 * The same page in another language; query string and route params are kept. A disclosure
 * (details/summary) so six languages fit a 360 px header, keyboard-usable and working without
 * JavaScript (server-rendered hrefs). Each language is named in itself. A client component only so
 * the links follow client-side navigations (the layout is not re-rendered then); it uses no
 * next-intl client code, and the label comes from the server, to keep the first-load JS small.
 */
export function LocaleSwitcher({ currentLocale, label }: { currentLocale: string; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();

  return (
    <details className="group relative">
      <summary className="flex cursor-pointer list-none items-center gap-1 rounded border border-slate-300 px-2 py-1 text-sm text-slate-800 hover:bg-slate-100 [&::-webkit-details-marker]:hidden">
        <span className="sr-only">{label}: </span>
        <span lang={currentLocale}>{LOCALE_NAMES[currentLocale as Locale] ?? currentLocale}</span>
        <span aria-hidden="true" className="text-xs">
          ▾
        </span>
      </summary>
      <ul className="absolute end-0 z-[1100] mt-1 flex min-w-40 flex-col rounded border border-slate-300 bg-white py-1 shadow-lg">
        {routing.locales.map((locale) => (
          <li key={locale}>
            {/* A full page load on purpose: the whole layout (html lang/dir, messages) changes with the locale. */}
            <a
              href={switchLocalePath(pathname, search, currentLocale, locale)}
              lang={locale}
              hrefLang={locale}
              aria-current={locale === currentLocale ? "true" : undefined}
              className="block px-3 py-2 text-slate-800 hover:bg-slate-100 aria-[current=true]:font-semibold"
            >
              {LOCALE_NAMES[locale]}
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
