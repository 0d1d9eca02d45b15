import type { ReactNode } from "react";

/**
 * On phones the filters fold into "Filter (n aktiv)" above the results; from `lg` on they are an
 * always-open sidebar (the summary is hidden and the closed body forced visible — CSS only, no JS).
 * Browsers without `::details-content` keep the summary, so the filters still open with a click.
 */
export function FilterDisclosure({ summary, heading, children }: { summary: string; heading: string; children: ReactNode }) {
  return (
    <details className="rounded-lg border border-slate-200 bg-white p-3 lg:border-0 lg:p-0 lg:details-content:[content-visibility:visible] lg:details-content:block">
      <summary className="flex min-h-11 cursor-pointer items-center font-semibold text-brand-800 supports-[selector(::details-content)]:lg:hidden">
        {summary}
      </summary>
      <h2 className="sr-only lg:not-sr-only lg:mb-2 lg:text-lg lg:font-semibold">{heading}</h2>
      {children}
    </details>
  );
}
