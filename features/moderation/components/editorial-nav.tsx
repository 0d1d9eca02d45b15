import { getTranslations } from "next-intl/server";
import { AccountNavLink } from "@/features/accounts/components/account-nav-link";
import { hasRole } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";

type EditorialPath =
  | "/editorial"
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
  { href: "/editorial", key: "overview" },
  { href: "/editorial/providers", key: "providers" },
  { href: "/editorial/offers", key: "review" },
  { href: "/editorial/published", key: "published" },
  { href: "/editorial/blocked", key: "blocked" },
  { href: "/editorial/users", key: "users" },
  { href: "/editorial/audit", key: "audit" },
  { href: "/editorial/import", key: "import" },
  { href: "/editorial/trash", key: "trash" },
  { href: "/editorial/settings", key: "settings", adminOnly: true },
];

/** The editor area's own navigation (above its pages); the portal settings only for admins. */
export async function EditorialNav({ user }: { user: SessionUser }) {
  const t = await getTranslations("EditorialOverview.nav");
  const isAdmin = hasRole(user, "ADMIN");
  return (
    <nav aria-label={t("label")} className="mb-6 border-b border-slate-200 pb-2">
      <ul className="flex flex-wrap gap-1">
        {LINKS.filter((link) => !link.adminOnly || isAdmin).map((link) => (
          <li key={link.href}>
            <AccountNavLink href={link.href} exact={link.href === "/editorial"}>
              {t(link.key as "overview")}
            </AccountNavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
