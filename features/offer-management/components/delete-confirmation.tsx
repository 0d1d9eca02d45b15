import { useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import { FocusOnMount } from "./focus-on-mount";
import { OFFER_LIST_ACTION_FORM_ID } from "./form-ids";

/**
 * The confirmation step before a deletion, opened by a link (`?delete=<id>`), so it works the same
 * with and without JavaScript. The button submits the list's action form.
 */
export function DeleteConfirmation({
  offer,
  cancelHref,
}: {
  offer: { id: number; title: string };
  cancelHref: { pathname: "/account/offers"; query: Record<string, string> };
}) {
  const t = useTranslations("OfferList");
  return (
    <FocusOnMount labelledBy="offer-delete-heading" className="rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
      <h2 id="offer-delete-heading" className="text-xl font-bold">
        {t("deleteConfirm.heading")}
      </h2>
      <p className="mt-2 break-words">{t("deleteConfirm.text", { title: offer.title })}</p>
      <p className="mt-2 text-sm">{t("deleteConfirm.alternative")}</p>
      <div className="mt-4 flex flex-wrap gap-3">
        <button
          type="submit"
          form={OFFER_LIST_ACTION_FORM_ID}
          name="intent"
          value={`delete:${offer.id}`}
          className="min-h-11 rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900"
        >
          {t("deleteConfirm.confirm")}
        </button>
        <Link
          href={cancelHref}
          className="inline-flex min-h-11 items-center rounded border border-slate-400 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100"
        >
          {t("deleteConfirm.cancel")}
        </Link>
      </div>
    </FocusOnMount>
  );
}
