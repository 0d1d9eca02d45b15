import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { OfferListStatus } from "@/features/offer-management/schemas";

const SHOWN: Exclude<OfferListStatus, "all">[] = ["published", "draft", "pending", "expired", "rejected", "blocked", "archived"];

/** Offer counts per status, each linking to the filtered offer list. Empty statuses beyond the first three are left out. */
export async function OfferStatusCard({ counts }: { counts: Record<OfferListStatus, number> }) {
  const t = await getTranslations("Dashboard.offers");
  const shown = SHOWN.filter((status, index) => index < 3 || counts[status] > 0);
  return (
    <section aria-labelledby="dashboard-offers" className="rounded-lg border border-slate-200 p-4">
      <h2 id="dashboard-offers" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {counts.all === 0 ? <p className="mt-3 text-slate-700">{t("none")}</p> : null}
      <ul className="mt-3 grid grid-cols-2 gap-2 sm:grid-cols-3">
        {shown.map((status) => (
          <li key={status}>
            <Link
              href={{ pathname: "/account/offers", query: { status } }}
              className="flex flex-col rounded border border-slate-200 px-3 py-2 hover:border-brand-600 hover:bg-brand-50"
            >
              <span className="text-2xl font-bold text-brand-800">{counts[status]}</span>
              <span className="text-sm text-slate-800">{t(`statuses.${status}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
        <Link href="/account/offers/new" className="font-medium text-brand-700 underline hover:text-brand-800">
          {t("create")}
        </Link>
        <Link href="/account/offers" className="font-medium text-brand-700 underline hover:text-brand-800">
          {t("all", { count: counts.all })}
        </Link>
      </p>
    </section>
  );
}
