import { getTranslations } from "next-intl/server";
import { hasRole } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { Link } from "@/i18n/navigation";

const linkClass = "font-medium text-brand-700 underline hover:text-brand-800";

/**
 * For accounts without an organisation: providers learn how to join theirs; editors, planners and
 * admins (who usually belong to none) get short links to what they can use today.
 */
export async function NoOrganization({ user }: { user: SessionUser }) {
  const t = await getTranslations("Dashboard.noOrganization");
  if (user.role !== "NONE") {
    return (
      <section aria-labelledby="dashboard-staff" className="rounded-lg border border-slate-200 p-4">
        <h2 id="dashboard-staff" className="text-xl font-semibold">
          {t(`staff.${user.role}`)}
        </h2>
        <ul className="mt-3 flex flex-col gap-1">
          <li>
            <Link href="/offers" className={linkClass}>
              {t("links.offers")}
            </Link>
          </li>
          <li>
            <Link href="/providers" className={linkClass}>
              {t("links.providers")}
            </Link>
          </li>
          {hasRole(user, "ADMIN") ? (
            <li>
              <Link href="/account/outbox" className={linkClass}>
                {t("links.outbox")}
              </Link>
            </li>
          ) : null}
          <li>
            <Link href="/account/settings" className={linkClass}>
              {t("links.settings")}
            </Link>
          </li>
        </ul>
      </section>
    );
  }
  return (
    <section aria-labelledby="dashboard-no-org" className="rounded-lg border border-slate-200 p-4">
      <h2 id="dashboard-no-org" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mt-2 text-slate-800">{t("text")}</p>
      <p className="mt-3 flex flex-wrap gap-x-4 gap-y-2">
        <Link href="/account/join" className={linkClass}>
          {t("join")}
        </Link>
        <Link href="/register" className={linkClass}>
          {t("register")}
        </Link>
      </p>
    </section>
  );
}
