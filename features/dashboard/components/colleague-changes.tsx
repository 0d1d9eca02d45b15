import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { changeGroups, changeVerb } from "../change-labels";
import type { ColleagueChange } from "../queries";

/** The last changes colleagues (and the editorial team) made to the profile and offers: who, when, what. */
export async function ColleagueChanges({ changes }: { changes: ColleagueChange[] }) {
  const t = await getTranslations("Dashboard.changes");
  const format = await getFormatter();
  return (
    <section aria-labelledby="dashboard-changes" className="rounded-lg border border-slate-200 p-4">
      <h2 id="dashboard-changes" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      {changes.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("none")}</p>
      ) : (
        <ol className="mt-3 flex flex-col divide-y divide-slate-200">
          {changes.map((change) => {
            const who = change.actorName ?? t("editorialTeam");
            const groups = changeGroups(change.changedFields);
            return (
              <li key={change.id} className="flex flex-col gap-1 py-2">
                <p>
                  {t.rich(`verbs.${changeVerb(change.action)}`, {
                    who: () => <span className="font-medium">{who}</span>,
                    target: () => (
                      <ChangeTarget
                        change={change}
                        offerLabel={t("offer", { title: change.entity.type === "offer" ? change.entity.title : "" })}
                        profileLabel={t("profile")}
                      />
                    ),
                  })}
                </p>
                <p className="text-sm text-slate-700">
                  <time dateTime={change.createdAt.toISOString()}>
                    {format.dateTime(change.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                  {groups.length > 0 && ["update", "submitRevision"].includes(changeVerb(change.action)) ? (
                    <> · {t("fields", { fields: groups.map((g) => t(`groups.${g}`)).join(", ") })}</>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

const linkClass = "break-words text-brand-700 underline hover:text-brand-800";

function ChangeTarget({ change, offerLabel, profileLabel }: { change: ColleagueChange; offerLabel: string; profileLabel: string }) {
  if (change.entity.type === "organization") {
    return (
      <Link href="/account/profile" className={linkClass}>
        {profileLabel}
      </Link>
    );
  }
  if (change.entity.deleted) return <span>{offerLabel}</span>;
  return (
    <Link href={{ pathname: "/account/offers/[id]", params: { id: String(change.entity.id) } }} className={linkClass}>
      {offerLabel}
    </Link>
  );
}
