import type { ReactNode } from "react";
import { getFormatter, getTranslations } from "next-intl/server";
import type { PageInfo } from "@/lib/pagination";
import type { Trash } from "../trash-queries";
import { RETENTION_DAYS } from "../trash";
import { ListPaging } from "./list-paging";
import { RestoreForm } from "./restore-form";

type PageParam = "offersPage" | "organizationsPage";

/** Plain-link paging of one of the two lists; the other list's page stays in the URL. */
function TrashPaging({ page, param, query, label }: { page: PageInfo; param: PageParam; query: Record<PageParam, number>; label: string }) {
  const kept = Object.fromEntries(
    Object.entries(query)
      .filter(([, value]) => value > 1)
      .map(([key, value]) => [key, String(value)]),
  );
  return <ListPaging pathname="/editorial/trash" page={page} query={kept} param={param} label={label} />;
}

const button =
  "min-h-11 self-start rounded border border-brand-700 bg-white px-3 font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60";

/** One deleted record: its name, facts (label/value) and the restore button or a note. */
function TrashItem({ title, facts, action }: { title: string; facts: [string, ReactNode][]; action: ReactNode }) {
  return (
    <li className="flex flex-col gap-2 p-3">
      <h3 className="font-semibold break-words">{title}</h3>
      <dl className="grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[minmax(10rem,auto)_1fr]">
        {facts.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-medium">{label}</dt>
            <dd className="mb-1 break-words sm:mb-0">{value}</dd>
          </div>
        ))}
      </dl>
      {action}
    </li>
  );
}

/** Deleted offers and organisations of the retention period, each with its purge date and "restore". */
export async function TrashList({ trash }: { trash: Trash }) {
  const [t, te, format] = await Promise.all([getTranslations("EditorialAct.trash"), getTranslations("Editorial"), getFormatter()]);
  const when = (date: Date) => (
    <time dateTime={date.toISOString()}>{format.dateTime(date, { dateStyle: "medium", timeStyle: "short" })}</time>
  );
  const query = { offersPage: trash.offerPaging.page, organizationsPage: trash.organizationPaging.page };

  return (
    <div className="flex max-w-5xl flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro", { days: RETENTION_DAYS })}</p>
      </header>
      <RestoreForm pendingLabel={t("pending")}>
        <section aria-labelledby="trash-offers" className="flex flex-col gap-3">
          <h2 id="trash-offers" className="text-xl font-semibold">
            {t("offersHeading")}
          </h2>
          {trash.offers.length === 0 ? (
            <p>{t("noOffers")}</p>
          ) : (
            <ul aria-label={t("offersCaption")} className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
              {trash.offers.map((offer) => (
                <TrashItem
                  key={offer.id}
                  title={offer.title}
                  facts={[
                    [t("columnOrganization"), offer.organizationName],
                    [t("columnStatus"), te(`offerStatus.${offer.status}`)],
                    [t("columnDeletedAt"), when(offer.deletedAt)],
                    [t("columnPurgeAt"), when(offer.purgeAt)],
                  ]}
                  action={
                    offer.organizationDeleted ? (
                      <p className="text-sm text-slate-700">{t("organizationDeleted")}</p>
                    ) : (
                      <button
                        type="submit"
                        name="restore"
                        value={`offer:${offer.id}`}
                        aria-label={t("restoreOffer", { title: offer.title })}
                        className={button}
                      >
                        {t("restore")}
                      </button>
                    )
                  }
                />
              ))}
            </ul>
          )}
          <TrashPaging page={trash.offerPaging} param="offersPage" query={query} label={t("pagingOffers")} />
        </section>

        <section aria-labelledby="trash-organizations" className="flex flex-col gap-3">
          <h2 id="trash-organizations" className="text-xl font-semibold">
            {t("organizationsHeading")}
          </h2>
          {trash.organizations.length === 0 ? (
            <p>{t("noOrganizations")}</p>
          ) : (
            <ul aria-label={t("organizationsCaption")} className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
              {trash.organizations.map((organization) => (
                <TrashItem
                  key={organization.id}
                  title={organization.name}
                  facts={[
                    [t("columnStatus"), te(`status.${organization.status}`)],
                    [t("columnOffers"), format.number(organization.offerCount)],
                    [t("columnDeletedAt"), when(organization.deletedAt)],
                    [t("columnPurgeAt"), when(organization.purgeAt)],
                  ]}
                  action={
                    <button
                      type="submit"
                      name="restore"
                      value={`organization:${organization.id}`}
                      aria-label={t("restoreOrganization", { name: organization.name })}
                      className={button}
                    >
                      {t("restore")}
                    </button>
                  }
                />
              ))}
            </ul>
          )}
          <TrashPaging page={trash.organizationPaging} param="organizationsPage" query={query} label={t("pagingOrganizations")} />
        </section>
      </RestoreForm>
    </div>
  );
}
