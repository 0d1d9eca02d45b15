import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";

/** Shown above every settings page an editor opens: the values are for reading only. */
export async function ReadOnlyNote() {
  const t = await getTranslations("SettingsAccess");
  return (
    <p role="note" className="mb-6 max-w-3xl rounded border border-amber-600 bg-amber-50 px-3 py-2 text-amber-950">
      {t("readOnly")}
    </p>
  );
}

/**
 * Around a settings form an editor sees: every input, upload and save button inside is disabled
 * (a disabled fieldset disables all its descendants), so the values stay readable but unchangeable.
 */
export function ReadOnlyFieldset({ readOnly, children }: { readOnly: boolean; children: ReactNode }) {
  if (!readOnly) return children;
  return (
    <fieldset disabled className="contents">
      {children}
    </fieldset>
  );
}
