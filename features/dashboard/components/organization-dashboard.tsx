import { getFormatter, getTranslations } from "next-intl/server";
import { ProfileConfirmCard } from "@/features/freshness/components/profile-confirm-card";
import { canManageOrganization } from "@/features/accounts/permissions";
import type { SessionUser } from "@/features/accounts/types";
import { Link } from "@/i18n/navigation";
import type { OrganizationDashboard as DashboardData } from "../queries";
import { ColleagueChanges } from "./colleague-changes";
import { OfferAttentionList } from "./offer-attention-list";
import { OfferStatusCard } from "./offer-status-card";
import { OrganizationStatusNotice } from "./organization-status-notice";
import { OrganizationSwitcher } from "./organization-switcher";
import { ProfileCompletenessCard } from "./profile-completeness-card";

/** The provider's overview of their current organisation. */
export async function OrganizationDashboard({ user, data }: { user: SessionUser; data: DashboardData }) {
  const t = await getTranslations("Dashboard");
  const f = await getTranslations("Freshness.dashboard");
  const format = await getFormatter();
  const { organization } = data;
  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="text-sm text-slate-700">{t("organizationLabel")}</p>
          <h2 className="break-words text-2xl font-semibold">{organization.name}</h2>
          {organization.status === "APPROVED" ? (
            <Link
              href={{ pathname: "/providers/[slug]", params: { slug: organization.slug } }}
              className="text-sm text-brand-700 underline hover:text-brand-800"
            >
              {t("publicPage")}
            </Link>
          ) : null}
        </div>
        {user.memberships.length > 1 ? (
          <OrganizationSwitcher
            options={user.memberships.map((m) => ({ organizationId: m.organizationId, name: m.name }))}
            currentId={organization.id}
          />
        ) : null}
      </div>

      <OrganizationStatusNotice status={organization.status} reason={organization.statusReason} />

      {data.profileDue && canManageOrganization(user, organization.id) ? (
        <ProfileConfirmCard organizationId={organization.id} since={format.dateTime(data.profileDue, { dateStyle: "medium" })} />
      ) : null}

      <div className="grid gap-4 lg:grid-cols-2">
        <OfferStatusCard counts={data.counts} />
        <ProfileCompletenessCard profile={data.profile} canEdit={canManageOrganization(user, organization.id)} />
        <OfferAttentionList
          id="dashboard-ending"
          heading={t("attention.endingHeading", { days: data.endingDays })}
          intro={t("attention.endingIntro")}
          empty={t("attention.endingNone", { days: data.endingDays })}
          offers={data.endingSoon}
          date="endsAt"
          actions={["extend"]}
        />
        <OfferAttentionList
          id="dashboard-stale"
          heading={t("attention.staleHeading", { months: data.stale.months })}
          intro={t("attention.staleIntro")}
          empty={t("attention.staleNone", { months: data.stale.months })}
          offers={data.stale.offers}
          date="confirmed"
          actions={["confirm", "edit"]}
        />
        <OfferAttentionList
          id="dashboard-hidden"
          heading={f("hiddenHeading")}
          intro={f("hiddenIntro")}
          empty={f("hiddenEmpty")}
          offers={data.hidden}
          date="hidden"
          actions={["confirm", "edit"]}
        />
        <OfferAttentionList
          id="dashboard-ended"
          heading={f("archivedHeading")}
          intro={f("archivedIntro")}
          empty={f("archivedEmpty")}
          offers={data.ended}
          date="ended"
          actions={["duplicate"]}
        />
      </div>

      <ColleagueChanges changes={data.changes} />
    </div>
  );
}
