import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { hasRole, isOrgAdmin } from "../permissions";
import type { SessionMembership, SessionUser } from "../types";
import { AccountNavLink } from "./account-nav-link";

/**
 * The one navigation of the account area: what the user may do for their current organisation and
 * role, and for editors the editor pages (`editorial`, from the layout). Below md it folds into a
 * <details> menu (works without JavaScript), so the page heading stays near the top at 360 px; the
 * list is rendered twice, and the copy that does not apply is display:none (out of the
 * accessibility tree too).
 */
export async function AccountNav({
  user,
  membership,
  editorial,
}: {
  user: SessionUser;
  membership: SessionMembership | null;
  editorial?: ReactNode;
}) {
  const [t, tMenu, ta] = await Promise.all([getTranslations("AccountNav"), getTranslations("AreaMenu"), getTranslations("Analytics")]);
  const orgAdmin = membership ? isOrgAdmin(user, membership.organizationId) : false;
  // Editors work across organisations; "join an organisation" is for providers without one.
  const offerJoin = !membership && !hasRole(user, "EDITOR");

  const content = (
    <>
      {membership ? <p className="mb-2 px-3 text-sm text-slate-700">{t("organization", { name: membership.name })}</p> : null}
      <ul className="flex flex-col gap-1">
        <li>
          <AccountNavLink href="/account" exact>
            {t("dashboard")}
          </AccountNavLink>
        </li>
        {membership ? (
          <>
            <li>
              <AccountNavLink href="/account/offers">{t("offers")}</AccountNavLink>
            </li>
            <li>
              <AccountNavLink href="/account/profile">{t("profile")}</AccountNavLink>
            </li>
            <li>
              <AccountNavLink href="/account/team">{orgAdmin ? t("team") : t("teamReadOnly")}</AccountNavLink>
            </li>
            <li>
              <AccountNavLink href="/account/statistics">{ta("provider.navLabel")}</AccountNavLink>
            </li>
          </>
        ) : offerJoin ? (
          <li>
            <AccountNavLink href="/account/join">{t("join")}</AccountNavLink>
          </li>
        ) : null}
        <li>
          <AccountNavLink href="/account/settings">{t("settings")}</AccountNavLink>
        </li>
        {hasRole(user, "ADMIN") ? (
          <li>
            <AccountNavLink href="/account/outbox">{t("outbox")}</AccountNavLink>
          </li>
        ) : null}
        {editorial}
        {hasRole(user, "PLANNER", "EDITOR") ? (
          <li>
            <AccountNavLink href="/analytics">{ta("navLabel")}</AccountNavLink>
          </li>
        ) : null}
      </ul>
    </>
  );

  return (
    <nav aria-label={t("label")} className="md:w-56 md:shrink-0">
      <details className="rounded border border-slate-300 md:hidden">
        <summary className="cursor-pointer px-3 py-2 font-semibold text-brand-800">{tMenu("toggle")}</summary>
        <div className="border-t border-slate-200 p-2">{content}</div>
      </details>
      <div className="hidden md:block">{content}</div>
    </nav>
  );
}
