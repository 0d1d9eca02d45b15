import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AuditLogPage } from "../audit-queries";
import { AUDIT_ENTITY_TYPES, type AuditFilterField, type AuditFilters } from "../overview-schemas";
import { auditActionLabel } from "./audit-action-label";
import { ListPaging } from "./list-paging";

type Props = {
  /** The localized path of this page (the filter form submits to it with GET). */
  action: string;
  filters: AuditFilters;
  ignored: AuditFilterField[];
  result: AuditLogPage;
  /** Admins also get a link to the portal settings. */
  isAdmin: boolean;
};

type Entry = AuditLogPage["entries"][number];
type LooseTranslator = { (key: string, values?: Record<string, string>): string; has(key: string): boolean };

const input = "min-h-11 rounded border border-slate-400 px-3";

/** The audit log for editors: a GET filter form (works without JavaScript) and the paged entries. */
export async function AuditLog({ action, filters, ignored, result, isAdmin }: Props) {
  const [t, te, format] = await Promise.all([getTranslations("EditorialOverview"), getTranslations("Editorial"), getFormatter()]);
  // Field names are open-ended strings from the log: known ones are translated, others shown as stored.
  const loose = t as unknown as LooseTranslator;
  const looseEditorial = te as unknown as LooseTranslator;
  const fieldLabel = (field: string) => {
    if (!/^[a-zA-Z]+$/.test(field)) return field;
    if (loose.has(`audit.field.${field}`)) return loose(`audit.field.${field}`);
    if (looseEditorial.has(`offers.field.${field}`)) return looseEditorial(`offers.field.${field}`);
    return field;
  };
  const entityLabel = (entry: Entry) => (entry.entity.type ? t(`audit.entity.${entry.entity.type}`) : entry.entity.rawType);
  const entityText = (entry: Entry) => {
    const type = entityLabel(entry);
    // One row holds every carrier type's names: its id says nothing.
    if (entry.entity.type === "carrierType") return type;
    if (entry.entity.name) return t("audit.entityNamed", { type, name: entry.entity.name });
    const numbered = t("audit.entityNumbered", { type, id: entry.entity.id });
    // Offers, providers, users and terms that no longer exist are marked; the other kinds are not looked up.
    const named: (string | null)[] = ["offer", "organization", "user", "category", "targetGroup", "district"];
    const gone = !entry.entity.exists && named.includes(entry.entity.type);
    return gone ? t("audit.deleted", { entity: numbered }) : numbered;
  };
  const query: Record<string, string> = Object.fromEntries(
    Object.entries(filters).filter((entry): entry is [string, string] => typeof entry[1] === "string"),
  );

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("audit.title")}</h1>
        <p className="text-slate-700">{t("audit.intro")}</p>
      </header>

      <form
        method="get"
        action={action}
        role="search"
        aria-label={t("audit.filterLabel")}
        className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3"
      >
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-entity-type" className="font-medium">
            {t("audit.entityType")}
          </label>
          <select id="audit-entity-type" name="entityType" defaultValue={filters.entityType ?? ""} className={input}>
            <option value="">{t("audit.all")}</option>
            {AUDIT_ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`audit.entity.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-entity-id" className="font-medium">
            {t("audit.entityId")}
          </label>
          <input
            id="audit-entity-id"
            name="entityId"
            defaultValue={filters.entityId ?? ""}
            inputMode="numeric"
            maxLength={40}
            className={input}
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-action" className="font-medium">
            {t("audit.action")}
          </label>
          <select id="audit-action" name="action" defaultValue={filters.action ?? ""} className={input}>
            <option value="">{t("audit.all")}</option>
            {[...new Set([...result.actions, ...(filters.action ? [filters.action] : [])])].map((name) => (
              <option key={name} value={name}>
                {entityOf(name) ? `${t(`audit.entity.${entityOf(name)!}`)}: ${auditActionLabel(te, name)}` : auditActionLabel(te, name)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-actor" className="font-medium">
            {t("audit.actor")}
          </label>
          <input id="audit-actor" name="actor" type="search" defaultValue={filters.actor ?? ""} maxLength={100} className={input} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-from" className="font-medium">
            {t("audit.from")}
          </label>
          <input id="audit-from" name="from" type="date" defaultValue={filters.from ?? ""} className={input} />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-to" className="font-medium">
            {t("audit.to")}
          </label>
          <input id="audit-to" name="to" type="date" defaultValue={filters.to ?? ""} className={input} />
        </div>
        <div className="flex flex-wrap items-end gap-4 sm:col-span-2 lg:col-span-3">
          <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
            {t("apply")}
          </button>
          <Link href="/editorial/audit" className="inline-flex min-h-11 items-center text-brand-700 underline">
            {t("audit.reset")}
          </Link>
        </div>
      </form>

      {ignored.length > 0 ? (
        <p role="alert" className="rounded border border-amber-300 bg-amber-50 p-3">
          {t("audit.ignored", { fields: ignored.map((field) => t(`audit.filterName.${field}`)).join(", ") })}
        </p>
      ) : null}

      <p role="status" className="text-slate-700">
        {t("audit.resultCount", { total: result.page.total })}
      </p>
      {result.entries.length === 0 ? (
        <p>{t("audit.empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
          {result.entries.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-1 p-3">
              <p className="font-medium break-words">
                {auditActionLabel(te, entry.action)}
                {" · "}
                <EntityReference entry={entry} isAdmin={isAdmin} label={entityLabel(entry)} text={entityText(entry)} />
              </p>
              <p className="text-sm break-words text-slate-700">
                {entry.actor ? t("audit.by", { name: entry.actor.name, email: entry.actor.email }) : t("audit.bySystem")}
                {" · "}
                <time dateTime={entry.createdAt.toISOString()}>
                  {format.dateTime(entry.createdAt, { dateStyle: "medium", timeStyle: "medium" })}
                </time>
              </p>
              {entry.valueChanges.length > 0 ? (
                <div className="text-sm">
                  <p>{t("audit.valueChanges")}</p>
                  <ul className="ms-4 list-disc">
                    {entry.valueChanges.map((change) => (
                      <li key={change.field} className="break-words">
                        {t("audit.valueChange", {
                          field: fieldLabel(change.field),
                          from: change.from ?? t("audit.emptyValue"),
                          to: change.to ?? t("audit.emptyValue"),
                        })}
                      </li>
                    ))}
                  </ul>
                </div>
              ) : entry.changedFields.length > 0 ? (
                <p className="text-sm break-words">
                  {t("audit.changedFields", { fields: entry.changedFields.map(fieldLabel).join(", ") })}
                </p>
              ) : null}
              {entry.reason ? (
                <p className="text-sm break-words whitespace-pre-line">{t("audit.reason", { reason: entry.reason })}</p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <ListPaging pathname="/editorial/audit" page={result.page} query={query} label={t("paging.labelFor", { list: t("audit.title") })} />
    </div>
  );
}

function entityOf(action: string): (typeof AUDIT_ENTITY_TYPES)[number] | null {
  const type = action.split(".")[0];
  return (AUDIT_ENTITY_TYPES as readonly string[]).includes(type) ? (type as (typeof AUDIT_ENTITY_TYPES)[number]) : null;
}

function EntityReference({ entry, isAdmin, label, text }: { entry: Entry; isAdmin: boolean; label: string; text: string }) {
  const { type, id, exists } = entry.entity;
  const className = "text-brand-700 underline";
  if (exists && type === "offer")
    return (
      <Link href={{ pathname: "/editorial/offers/[id]", params: { id } }} className={className}>
        {text}
      </Link>
    );
  if (exists && type === "organization")
    return (
      <Link href={{ pathname: "/editorial/providers/[id]", params: { id } }} className={className}>
        {text}
      </Link>
    );
  if (exists && type === "user")
    return (
      <Link href={{ pathname: "/editorial/users/[id]", params: { id } }} className={className}>
        {text}
      </Link>
    );
  if (type === "settings" && isAdmin)
    return (
      <Link href="/editorial/settings" className={className}>
        {label}
      </Link>
    );
  if (type === "settings") return <>{label}</>;
  return <>{text}</>;
}
