import { getFormatter, getTranslations } from "next-intl/server";
import { auditActionLabel } from "@/features/moderation/components/audit-action-label";
import { Link } from "@/i18n/navigation";
import type { UserForEditors } from "../queries";
import { MembershipEditor } from "./membership-editor";
import { AccountMarker, RoleBadge } from "./user-badges";
import { AccessToggle, GlobalRoleForm, PasswordResetButton } from "./user-actions";

/** One account for editors and admins: facts, the actions the viewer may take, memberships, history. */
export async function UserDetail({ data }: { data: UserForEditors }) {
  const [t, tEditorial, format] = await Promise.all([getTranslations("Users"), getTranslations("Editorial"), getFormatter()]);
  const { user, can } = data;
  const dateTime = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });

  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/editorial/users" className="text-brand-700 underline">
          {t("detail.back")}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold break-words text-brand-800">
          {user.name} {data.isSelf ? <span className="text-lg font-normal text-slate-700">{t("detail.you")}</span> : null}
        </h1>
        <div className="flex flex-wrap gap-1">
          <RoleBadge role={user.role} label={t(`roles.${user.role}`)} />
          {user.disabledAt ? <AccountMarker tone="danger" label={t("status.disabled")} /> : null}
          {!user.disabledAt && !user.emailVerifiedAt ? <AccountMarker tone="warning" label={t("status.unverified")} /> : null}
        </div>
      </header>

      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-medium">{t("detail.email")}</dt>
        <dd className="break-all">{user.email}</dd>
        <dt className="font-medium">{t("detail.role")}</dt>
        <dd>{t(`roles.${user.role}`)}</dd>
        <dt className="font-medium">{t("detail.status")}</dt>
        <dd>
          {user.disabledAt
            ? t("detail.disabledSince", { date: dateTime(user.disabledAt) })
            : t(user.emailVerifiedAt ? "status.active" : "status.unverified")}
        </dd>
        <dt className="font-medium">{t("detail.lastLogin")}</dt>
        <dd>
          {user.lastLoginAt ? <time dateTime={user.lastLoginAt.toISOString()}>{dateTime(user.lastLoginAt)}</time> : t("detail.never")}
        </dd>
        <dt className="font-medium">{t("detail.createdAt")}</dt>
        <dd>
          <time dateTime={user.createdAt.toISOString()}>{dateTime(user.createdAt)}</time>
        </dd>
      </dl>
      {data.lastActiveAdmin ? (
        <p className="rounded border border-amber-400 bg-amber-50 px-3 py-2 text-amber-950">{t("detail.lastAdminHint")}</p>
      ) : null}

      <section aria-labelledby="user-role" className="flex flex-col gap-2">
        <h2 id="user-role" className="text-xl font-semibold">
          {t("actions.roleHeading")}
        </h2>
        {can.changeRole ? (
          <GlobalRoleForm userId={user.id} role={user.role} />
        ) : (
          <p className="text-slate-700">{t("actions.roleAdminOnly")}</p>
        )}
      </section>

      <section aria-labelledby="user-access" className="flex flex-col gap-3">
        <h2 id="user-access" className="text-xl font-semibold">
          {t("actions.accessHeading")}
        </h2>
        {can.disable ? (
          <AccessToggle userId={user.id} name={user.name} disabled={user.disabledAt !== null} />
        ) : (
          <p className="text-slate-700">{t("actions.disableNotAllowed")}</p>
        )}
        {can.resetPassword ? <PasswordResetButton userId={user.id} /> : <p className="text-slate-700">{t("actions.resetDisabled")}</p>}
      </section>

      <section aria-labelledby="user-memberships" className="flex flex-col gap-2">
        <h2 id="user-memberships" className="text-xl font-semibold">
          {t("memberships.heading")}
        </h2>
        <MembershipEditor userId={user.id} name={user.name} memberships={user.memberships} organizations={data.organizations} />
      </section>

      <section aria-labelledby="user-history" className="flex flex-col gap-2">
        <h2 id="user-history" className="text-xl font-semibold">
          {t("detail.historyHeading")}
        </h2>
        {data.history.length === 0 ? (
          <p>{t("detail.noHistory")}</p>
        ) : (
          <ul className="flex flex-col gap-1">
            {data.history.map((entry) => {
              const action = auditActionLabel(tEditorial, entry.action);
              return (
                <li key={entry.id} className="text-sm">
                  <time dateTime={entry.createdAt.toISOString()} className="text-slate-700">
                    {dateTime(entry.createdAt)}
                  </time>
                  {" · "}
                  {entry.actor ? t("detail.historyLine", { action, actor: entry.actor.name }) : t("detail.historyLineUnknown", { action })}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}
