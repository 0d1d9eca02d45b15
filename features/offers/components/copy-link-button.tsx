"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";

/** Copies `url` to the clipboard; the plain link next to it works without JavaScript. */
export function CopyLinkButton({ url }: { url: string }) {
  const t = useTranslations("OfferDetail");
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        className="inline-flex min-h-11 items-center rounded border border-slate-300 px-3 font-semibold text-brand-700 hover:bg-slate-100"
      >
        {t("copyLink")}
      </button>
      <span role="status" className="text-sm text-slate-700">
        {state === "copied" ? t("copied") : state === "failed" ? t("copyFailed") : ""}
      </span>
    </>
  );
}
