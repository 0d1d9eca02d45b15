import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { PageInfo } from "@/lib/pagination";
import type { listOfferQueue } from "../offer-queries";
import { ListPaging } from "./list-paging";

type Queue = Awaited<ReturnType<typeof listOfferQueue>>;
type Entry = Queue["pending"][number];

/** The editors' review list: submitted offers and changed offers, oldest first. */
export async function OfferQueue({ queue }: { queue: Queue }) {
  const [t, to, format] = await Promise.all([getTranslations("Editorial"), getTranslations("EditorialOverview"), getFormatter()]);
  // Each list keeps the other list's page in its paging links.
  const pageQuery: Record<string, string> = {
    ...(queue.pendingPage.page > 1 ? { page: String(queue.pendingPage.page) } : {}),
    ...(queue.revisionsPage.page > 1 ? { revisionsPage: String(queue.revisionsPage.page) } : {}),
  };
  const list = (id: string, title: string, entries: Entry[], page: PageInfo, param: string, empty: string) => (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-xl font-semibold">
        {title} ({page.total})
      </h2>
      {entries.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
          {entries.map((entry) => {
            const date = format.dateTime(entry.submittedAt, { dateStyle: "medium", timeStyle: "short" });
            return (
              <li key={entry.offerId} className="flex flex-col gap-1 p-3">
                <Link
                  href={{ pathname: "/editorial/offers/[id]", params: { id: String(entry.offerId) } }}
                  className="font-medium break-words text-brand-700 underline"
                >
                  {entry.title}
                </Link>
                <p className="text-sm text-slate-700">
                  <Link
                    href={{ pathname: "/editorial/providers/[id]", params: { id: String(entry.organization.id) } }}
                    className="text-brand-700 underline"
                  >
                    {entry.organization.name}
                  </Link>
                </p>
                <p className="text-sm text-slate-700">
                  {entry.submittedBy ? t("offers.submitted", { name: entry.submittedBy, date }) : t("offers.submittedUnknown", { date })}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <ListPaging pathname="/editorial/offers" page={page} query={pageQuery} param={param} label={to("paging.labelFor", { list: title })} />
    </section>
  );

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link href="/editorial" className="self-start text-brand-700 underline">
          {t("title")}
        </Link>
        <h1 className="text-3xl font-bold text-brand-800">{t("offers.title")}</h1>
        <p className="text-slate-700">{t("offers.intro")}</p>
      </header>
      {list("pending-offers", t("offers.pendingHeading"), queue.pending, queue.pendingPage, "page", t("offers.emptyPending"))}
      {list(
        "pending-revisions",
        t("offers.revisionsHeading"),
        queue.revisions,
        queue.revisionsPage,
        "revisionsPage",
        t("offers.emptyRevisions"),
      )}
    </div>
  );
}
