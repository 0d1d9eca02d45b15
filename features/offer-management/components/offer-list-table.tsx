import type { ReactNode } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { Link } from "@/i18n/navigation";
import type { OfferListRow } from "../queries";
import { DELETE_PARAM, OFFER_LIST_ACTION_FORM_ID } from "./form-ids";
import { OfferStatusBadge } from "./offer-status-badge";

const GRID = "md:grid md:grid-cols-[2rem_minmax(0,2fr)_minmax(0,1fr)_minmax(0,1fr)_minmax(0,1fr)] md:gap-4";
const BUTTON = "inline-flex min-h-11 items-center rounded border px-3 py-2 text-sm font-semibold";
const SECONDARY = `${BUTTON} border-brand-700 bg-white text-brand-700 hover:bg-brand-50`;

/** A labelled cell: the label is visible on phone cards and read out (only) by screen readers on wide screens. */
function Cell({ label, children, className = "" }: { label: string; children: ReactNode; className?: string }) {
  return (
    <div className={`min-w-0 ${className}`}>
      <span className="block text-sm text-slate-600 md:sr-only">{label}</span>
      <span className="block break-words">{children}</span>
    </div>
  );
}

function Row({ row, filterQuery }: { row: OfferListRow; filterQuery: Record<string, string> }) {
  const t = useTranslations("OfferList");
  const format = useFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "medium" });
  // Every row has the same buttons: the accessible name says which offer each one is for.
  const label = (action: string) => t("actions.labelled", { action, title: row.title });
  const editHref = { pathname: "/account/offers/[id]" as const, params: { id: String(row.id) } };
  const changedBy = row.updatedBy?.name ?? row.createdBy?.name;

  let nextDate: ReactNode;
  if (row.expired) nextDate = <span className="font-semibold text-amber-900">{t("expired")}</span>;
  else if (row.nextOccurrenceAt)
    nextDate = (
      <time dateTime={row.nextOccurrenceAt.toISOString()}>
        {format.dateTime(row.nextOccurrenceAt, { dateStyle: "medium", timeStyle: "short" })}
      </time>
    );
  else nextDate = row.scheduleKind === "PERMANENT" ? t("permanent") : t("nextDateNone");

  return (
    <li className={`rounded-lg border border-slate-300 bg-white p-4 ${GRID} md:rounded-none md:border-x-0 md:border-t-0 md:px-2 md:py-4`}>
      <div className="float-end ms-3 md:float-none md:ms-0">
        <input
          id={`offer-select-${row.id}`}
          type="checkbox"
          name="offerIds"
          value={row.id}
          form={OFFER_LIST_ACTION_FORM_ID}
          className="size-6 accent-brand-700"
        />
        <label htmlFor={`offer-select-${row.id}`} className="sr-only">
          {t("select", { title: row.title })}
        </label>
      </div>
      <div className="min-w-0">
        <h3 className="text-lg font-semibold break-words">
          <Link href={editHref} className="text-brand-700 underline hover:text-brand-800">
            {row.title}
          </Link>
        </h3>
        <div className="mt-1">
          <OfferStatusBadge status={row.status} expired={row.expired} reason={row.statusReason} />
        </div>
      </div>
      <div className="mt-3 grid grid-cols-1 gap-2 min-[360px]:grid-cols-2 md:contents">
        <Cell label={t("columns.nextDate")}>{nextDate}</Cell>
        <Cell label={t("columns.changed")}>
          <time dateTime={row.updatedAt.toISOString()}>
            {changedBy ? t("changedBy", { date: date(row.updatedAt), name: changedBy }) : date(row.updatedAt)}
          </time>
        </Cell>
        <Cell label={t("columns.confirmed")}>
          {row.lastConfirmedAt ? (
            <time dateTime={row.lastConfirmedAt.toISOString()}>{date(row.lastConfirmedAt)}</time>
          ) : (
            t("neverConfirmed")
          )}
        </Cell>
      </div>
      <div className="mt-3 flex flex-wrap items-start gap-2 md:col-start-2 md:col-end-[-1] md:mt-0">
        <Link
          href={editHref}
          className={`${BUTTON} border-brand-700 bg-brand-700 text-white hover:bg-brand-800`}
          aria-label={label(t("actions.edit"))}
        >
          {t("actions.edit")}
        </Link>
        <Link
          href={{ pathname: "/account/offers/[id]/preview", params: { id: String(row.id) } }}
          className={SECONDARY}
          aria-label={label(t("actions.preview"))}
        >
          {t("actions.preview")}
        </Link>
        <button
          type="submit"
          form={OFFER_LIST_ACTION_FORM_ID}
          name="intent"
          value={`confirm:${row.id}`}
          className={SECONDARY}
          aria-label={label(t("actions.confirm"))}
        >
          {t("actions.confirm")}
        </button>
        <details className="group">
          <summary className={`${SECONDARY} cursor-pointer list-none`} aria-label={label(t("actions.more"))}>
            {t("actions.more")}
            <span aria-hidden="true" className="ms-1 group-open:rotate-180">
              ▾
            </span>
          </summary>
          <div className="mt-2 flex flex-wrap gap-2">
            <button
              type="submit"
              form={OFFER_LIST_ACTION_FORM_ID}
              name="intent"
              value={`duplicate:${row.id}`}
              className={SECONDARY}
              aria-label={label(t("actions.duplicate"))}
            >
              {t("actions.duplicate")}
            </button>
            {row.status === "ARCHIVED" ? (
              <button
                type="submit"
                form={OFFER_LIST_ACTION_FORM_ID}
                name="intent"
                value={`reactivate:${row.id}`}
                className={SECONDARY}
                aria-label={label(t("actions.reactivate"))}
              >
                {t("actions.reactivate")}
              </button>
            ) : row.status !== "BLOCKED" ? (
              <button
                type="submit"
                form={OFFER_LIST_ACTION_FORM_ID}
                name="intent"
                value={`deactivate:${row.id}`}
                className={SECONDARY}
                aria-label={label(t("actions.deactivate"))}
              >
                {t("actions.deactivate")}
              </button>
            ) : null}
            <Link
              href={{ pathname: "/account/offers", query: { ...filterQuery, [DELETE_PARAM]: String(row.id) } }}
              className={`${BUTTON} border-red-700 bg-white text-red-800 hover:bg-red-50`}
              aria-label={label(t("actions.delete"))}
            >
              {t("actions.delete")}
            </Link>
          </div>
        </details>
      </div>
    </li>
  );
}

/** The offers as rows on wide screens and as cards on phones (one list, CSS decides). */
export function OfferListTable({ rows, filterQuery }: { rows: OfferListRow[]; filterQuery: Record<string, string> }) {
  const t = useTranslations("OfferList");
  return (
    <div>
      <div aria-hidden="true" className={`hidden border-b-2 border-slate-300 px-2 pb-2 text-sm font-semibold text-slate-700 ${GRID}`}>
        <span />
        <span>{t("columns.title")}</span>
        <span>{t("columns.nextDate")}</span>
        <span>{t("columns.changed")}</span>
        <span>{t("columns.confirmed")}</span>
      </div>
      <ul aria-label={t("listLabel")} className="flex flex-col gap-3 md:gap-0">
        {rows.map((row) => (
          <Row key={row.id} row={row} filterQuery={filterQuery} />
        ))}
      </ul>
    </div>
  );
}
