import { useTranslations } from "next-intl";
import { CopyLinkButton } from "./copy-link-button";

/** Share: the offer's address as a plain link, a copy button and an e-mail share (no third-party widgets). */
export function ShareOffer({ url, title }: { url: string; title: string }) {
  const t = useTranslations("OfferDetail");
  const mailto = `mailto:?subject=${encodeURIComponent(t("shareMailSubject", { title }))}&body=${encodeURIComponent(url)}`;
  return (
    <section aria-labelledby="offer-share" className="rounded-lg border border-slate-200 p-4">
      <h2 id="offer-share" className="text-lg font-semibold text-brand-800">
        {t("share")}
      </h2>
      <p className="mt-2 text-sm text-slate-700">{t("shareLink")}</p>
      <p className="break-all">
        <a href={url} className="text-brand-700 underline">
          {url}
        </a>
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <CopyLinkButton url={url} />
        <a
          href={mailto}
          className="inline-flex min-h-11 items-center rounded border border-slate-300 px-3 font-semibold text-brand-700 hover:bg-slate-100"
        >
          {t("shareByEmail")}
        </a>
      </div>
    </section>
  );
}
