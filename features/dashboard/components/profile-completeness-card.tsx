import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { ProfileCompleteness } from "../queries";

export async function ProfileCompletenessCard({ profile, canEdit }: { profile: ProfileCompleteness; canEdit: boolean }) {
  const t = await getTranslations("Dashboard.profile");
  return (
    <section aria-labelledby="dashboard-profile" className="rounded-lg border border-slate-200 p-4">
      <h2 id="dashboard-profile" className="text-xl font-semibold">
        {t("heading")}
      </h2>
      <div className="mt-3 flex items-center gap-3">
        <progress
          max={100}
          value={profile.percent}
          aria-labelledby="dashboard-profile-percent"
          className="h-3 w-full max-w-xs accent-brand-700"
        />
        <span id="dashboard-profile-percent" className="shrink-0 font-semibold">
          {t("percent", { percent: profile.percent })}
        </span>
      </div>
      {profile.missing.length === 0 ? (
        <p className="mt-3 text-slate-700">{t("complete")}</p>
      ) : (
        <>
          <p className="mt-3 text-slate-700">{canEdit ? t("missingIntro") : t("missingIntroMember")}</p>
          <ul className="mt-2 flex flex-col gap-1 ps-5 [list-style:disc]">
            {profile.missing.map((check) => (
              <li key={check}>
                {canEdit ? (
                  <Link href="/account/profile" className="text-brand-700 underline hover:text-brand-800">
                    {t(`checks.${check}`)}
                  </Link>
                ) : (
                  t(`checks.${check}`)
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {canEdit ? (
        <p className="mt-3">
          <Link href="/account/profile" className="font-medium text-brand-700 underline hover:text-brand-800">
            {t("edit")}
          </Link>
        </p>
      ) : null}
    </section>
  );
}
