import { getTranslations } from "next-intl/server";
import { AccountNavLink } from "@/features/accounts/components/account-nav-link";
import { hasRole } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";

type EditorialPath =
  | "/editorial/providers"
  | "/editorial/offers"
  | "/editorial/published"
  | "/editorial/blocked"
  | "/editorial/users"
  | "/editorial/audit"
  | "/editorial/trash"
  | "/editorial/settings"
  | "/editorial/import";

const LINKS: { href: EditorialPath; key: string; adminOnly?: boolean }[] = [
  { href: "/editorial/providers", key: "providers" },
  { href: "/editorial/offers", key: "review" },
  { href: "/editorial/published", key: "published" },
  { href: "/editorial/blocked", key: "blocked" },
  { href: "/editorial/users", key: "users" },
  { href: "/editorial/audit", key: "audit" },
  { href: "/editorial/import", key: "import" },
  { href: "/editorial/trash", key: "trash" },
  { href: "/editorial/settings", key: "settings" },
];

/**
 * The editor area's part of the one account navigation (AccountNav, rendered by the account layout):
 * "Redaktion" (its overview) with the editor pages below it (editors read the portal settings, admins change them).
 */
export async function EditorialNavLinks({ user }: { user: SessionUser }) {
  const [t, tMenu] = await Promise.all([getTranslations("EditorialOverview.nav"), getTranslations("AreaMenu")]);
  const isAdmin = hasRole(user, "ADMIN");
  return (
    <li>
      <AccountNavLink href="/editorial" exact>
        {t("label")}
      </AccountNavLink>
      <ul aria-label={t("label")} className="ms-3 flex flex-col gap-0.5 border-s-2 border-slate-200 ps-1">
        {LINKS.filter((link) => !link.adminOnly || isAdmin).map((link) => (
          <li key={link.href}>
            {/* "Portal-Einstellungen": the account's own "Einstellungen" is in the same navigation. */}
            <AccountNavLink href={link.href}>
              {link.key === "settings" ? tMenu("portalSettings") : t(link.key as "providers")}
            </AccountNavLink>
          </li>
        ))}
      </ul>
    </li>
  );
}
