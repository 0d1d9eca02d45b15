"use client";

import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";

// Server errors reach the browser without message or stack (Next.js strips them in production);
// the digest lets support find the full entry in the server log (instrumentation.ts).
export default function LocaleError({ error, retry }: { error: unknown; retry: () => void }) {
  const t = useTranslations("Errors");
  const digest = typeof error === "object" && error !== null && "digest" in error ? String(error.digest) : null;

  return (
    <div role="alert" className="mx-auto max-w-2xl py-12 text-center">
      <title>{t("errorTitle")}</title>
      <h1 className="text-3xl font-bold text-brand-800">{t("errorTitle")}</h1>
      <p className="mt-4 text-slate-700">{t("errorText")}</p>
      {digest ? <p className="mt-2 text-sm text-slate-600">{t("errorReference", { digest })}</p> : null}
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <button
          type="button"
          onClick={() => retry()}
          className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
        >
          {t("retry")}
        </button>
        <Link href="/" className="rounded border border-slate-300 px-4 py-2 font-semibold text-brand-700 hover:bg-slate-100">
          {t("backHome")}
        </Link>
      </div>
    </div>
  );
}
