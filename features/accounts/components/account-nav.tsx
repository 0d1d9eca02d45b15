import { getTranslations } from "next-intl/server";
import { hasRole, isOrgAdmin } from "../permissions";
import type { SessionMembership, SessionUser } from "../types";
import { AccountNavLink } from "./account-nav-link";

/** Navigation of the account area: what the user may do for their current organisation and role. */
export async function AccountNav({ user, membership }: { user: SessionUser; membership: SessionMembership | null }) {
  const [t, ta] = await Promise.all([getTranslations("AccountNav"), getTranslations("Analytics")]);
  const orgAdmin = membership ? isOrgAdmin(user, membership.organizationId) : false;

  return (
    <nav aria-label={t("label")} className="md:w-56 md:shrink-0">
      {membership ? <p className="mb-2 px-3 text-sm text-slate-700">{t("organization", { name: membership.name })}</p> : null}
      <ul className="flex flex-wrap gap-1 md:flex-col">
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
        ) : (
          <li>
            <AccountNavLink href="/account/join">{t("join")}</AccountNavLink>
          </li>
        )}
        <li>
          <AccountNavLink href="/account/settings">{t("settings")}</AccountNavLink>
        </li>
        {hasRole(user, "ADMIN") ? (
          <li>
            <AccountNavLink href="/account/outbox">{t("outbox")}</AccountNavLink>
          </li>
        ) : null}
        {hasRole(user, "EDITOR") ? (
          <li>
            <AccountNavLink href="/editorial">{t("editorial")}</AccountNavLink>
          </li>
        ) : null}
        {hasRole(user, "PLANNER", "EDITOR") ? (
          <li>
            <AccountNavLink href="/analytics">{ta("navLabel")}</AccountNavLink>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
