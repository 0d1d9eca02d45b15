import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { UserList } from "../queries";
import { GLOBAL_ROLES, SEARCH_MAX_LENGTH, USER_STATUSES, type UserListParams } from "../schemas";
import { ListPaging } from "@/features/moderation/components/list-paging";
import { AccountMarker, RoleBadge } from "./user-badges";

type Props = {
  /** The localized path of this page (the filter form submits to it with GET). */
  action: string;
  params: UserListParams;
  result: UserList;
};

/** All accounts for editors and admins: search, filter by role and status, plain-link paging; cards that work at 360 px. */
export async function UserList({ action, params, result }: Props) {
  const [t, format] = await Promise.all([getTranslations("Users"), getFormatter()]);
  const { users, page } = result;
  const query: Record<string, string> = {
    ...(params.q ? { q: params.q } : {}),
    ...(params.role !== "ALL" ? { role: params.role } : {}),
    ...(params.status !== "ALL" ? { status: params.status } : {}),
  };

  return (
    <section aria-labelledby="user-list-heading" className="flex flex-col gap-4">
      <h2 id="user-list-heading" className="sr-only">
        {t("list.filterLegend")}
      </h2>
      <form
        method="get"
        action={action}
        role="search"
        aria-label={t("list.filterLegend")}
        className="flex flex-col gap-3 md:flex-row md:items-end"
      >
        <div className="flex flex-1 flex-col gap-1">
          <label htmlFor="user-q" className="font-medium">
            {t("list.searchLabel")}
          </label>
          <input
            id="user-q"
            name="q"
            type="search"
            defaultValue={params.q}
            maxLength={SEARCH_MAX_LENGTH}
            className="min-h-11 rounded border border-slate-400 px-3"
          />
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="user-role" className="font-medium">
            {t("list.roleLabel")}
          </label>
          <select id="user-role" name="role" defaultValue={params.role} className="min-h-11 rounded border border-slate-400 px-3">
            {(["ALL", ...GLOBAL_ROLES] as const).map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="user-status" className="font-medium">
            {t("list.statusLabel")}
          </label>
          <select id="user-status" name="status" defaultValue={params.status} className="min-h-11 rounded border border-slate-400 px-3">
            {(["ALL", ...USER_STATUSES] as const).map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="min-h-11 rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800">
          {t("list.apply")}
        </button>
      </form>

      <p role="status" className="text-slate-700">
        {t("list.resultCount", { total: page.total })}
      </p>
      {users.length === 0 ? (
        <p>{t("list.empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
          {users.map((user) => (
            <li key={user.id} className="flex flex-col gap-2 p-3 md:flex-row md:items-start md:gap-4">
              <div className="flex min-w-0 flex-1 flex-col gap-1">
                <Link
                  href={{ pathname: "/editorial/users/[id]", params: { id: String(user.id) } }}
                  className="font-medium break-words text-brand-700 underline"
                >
                  {user.name}
                </Link>
                <p className="text-sm break-all text-slate-700">{user.email}</p>
                <p className="text-sm text-slate-700">
                  <span className="sr-only">{t("list.organizations")}: </span>
                  {user.memberships.length === 0
                    ? t("list.noOrganizations")
                    : user.memberships
                        .map((m) => t("list.membership", { organization: m.organization.name, role: t(`membershipRoles.${m.role}`) }))
                        .join(" · ")}
                </p>
              </div>
              <div className="flex flex-col gap-1 text-sm md:items-end">
                <div className="flex flex-wrap gap-1">
                  <RoleBadge role={user.role} label={t(`roles.${user.role}`)} />
                  {user.disabledAt ? <AccountMarker tone="danger" label={t("status.disabled")} /> : null}
                  {!user.disabledAt && !user.emailVerifiedAt ? <AccountMarker tone="warning" label={t("status.unverified")} /> : null}
                </div>
                {user.lastLoginAt ? (
                  <time dateTime={user.lastLoginAt.toISOString()} className="text-slate-700">
                    {t("list.lastLogin", { date: format.dateTime(user.lastLoginAt, { dateStyle: "medium", timeStyle: "short" }) })}
                  </time>
                ) : (
                  <span className="text-slate-700">{t("list.neverLoggedIn")}</span>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <ListPaging pathname="/editorial/users" page={page} query={query} label={t("list.pagination")} />
    </section>
  );
}
