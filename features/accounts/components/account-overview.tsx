import { getTranslations } from "next-intl/server";
import type { SessionUser } from "../types";

/** Name, e-mail, global role and organisations of the signed-in user. */
export async function AccountOverview({ user }: { user: SessionUser }) {
  const t = await getTranslations("Account");

  return (
    <div className="flex flex-col gap-8">
      <section aria-labelledby="account-details">
        <h2 id="account-details" className="text-2xl font-semibold">
          {t("detailsHeading")}
        </h2>
        <dl className="mt-3 grid grid-cols-1 gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
          <dt className="font-medium text-slate-700">{t("name")}</dt>
          <dd className="mb-2 sm:mb-0">{user.name}</dd>
          <dt className="font-medium text-slate-700">{t("email")}</dt>
          <dd className="mb-2 break-all sm:mb-0">{user.email}</dd>
          <dt className="font-medium text-slate-700">{t("role")}</dt>
          <dd>{t(`roles.${user.role}`)}</dd>
        </dl>
      </section>

      <section aria-labelledby="account-organizations">
        <h2 id="account-organizations" className="text-2xl font-semibold">
          {t("organizationsHeading")}
        </h2>
        {user.memberships.length === 0 ? (
          <p className="mt-3 text-slate-700">{t("noOrganizations")}</p>
        ) : (
          <ul className="mt-3 grid gap-3 sm:grid-cols-2">
            {user.memberships.map((membership) => (
              <li key={membership.organizationId} className="rounded-lg border border-slate-200 p-4">
                <h3 className="text-lg font-semibold">{membership.name}</h3>
                <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
                  <dt className="text-slate-700">{t("membershipRole")}</dt>
                  <dd>{t(`membershipRoles.${membership.role}`)}</dd>
                  <dt className="text-slate-700">{t("organizationStatus")}</dt>
                  <dd>{t(`organizationStatuses.${membership.status}`)}</dd>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
