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

/** The sections of the settings (workflow, portal look, vocabularies); editors read them, admins change them. */
export async function SettingsNav() {
  const [t, tg, tc] = await Promise.all([
    getTranslations("SettingsNav"),
    getTranslations("TargetGroupSettings"),
    getTranslations("CarrierTypeSettings"),
  ]);
  const links = [
    ...LINKS.map((link) => ({ ...link, label: t(link.key) })),
    { href: "/editorial/settings/target-groups" as const, exact: false, label: tg("navLabel") },
    { href: "/editorial/settings/carrier-types" as const, exact: false, label: tc("navLabel") },
  ];
  return (
    <nav aria-label={t("label")} className="mb-6">
      <ul className="flex flex-wrap gap-1 rounded border border-slate-200 p-1">
        {links.map((link) => (
          <li key={link.href}>
            <AccountNavLink href={link.href} exact={link.exact}>
              {link.label}
            </AccountNavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
