import { getTranslations } from "next-intl/server";
import { AccountNavLink } from "@/features/accounts/components/account-nav-link";

const LINKS = [
  { href: "/editorial/settings", key: "workflow", exact: true },
  { href: "/editorial/settings/portal", key: "portal", exact: false },
  { href: "/editorial/settings/categories", key: "categories", exact: false },
  { href: "/editorial/settings/districts", key: "districts", exact: false },
  { href: "/editorial/settings/map", key: "map", exact: false },
  { href: "/editorial/settings/legal", key: "legal", exact: false },
] as const;

/** The sections of the admins' settings (workflow, portal look, vocabularies). */
export async function SettingsNav() {
  const t = await getTranslations("SettingsNav");
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-1 rounded border border-slate-200 p-1">
        {LINKS.map((link) => (
          <li key={link.href}>
            <AccountNavLink href={link.href} exact={link.exact}>
              {t(link.key)}
            </AccountNavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
