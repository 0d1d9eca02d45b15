import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { requireUser } from "@/features/accounts/session";
import { ProfileEditor } from "@/features/organizations/components/profile-editor";
import { ProfilePreview } from "@/features/organizations/components/profile-preview";
import { ProfileTabs } from "@/features/organizations/components/profile-tabs";
import { getProfileForEdit, getProviderPreview } from "@/features/organizations/queries";
import { getCategoryTree } from "@/features/settings/categories";
import { getSettings } from "@/features/settings/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ view?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ProfileForm" });
  return { title: t("title") };
}

export default async function ProfilePage({ params, searchParams }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/profile" }) });
  const t = await getTranslations("ProfileForm");
  const membership = await getCurrentMembership(user);

  if (!membership) {
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>{t("noOrganization")}</p>
      </div>
    );
  }

  const profile = await getProfileForEdit(user, membership.organizationId);
  const showPreview = (await searchParams).view === "preview" || !profile.canEdit;
  const [preview, settings, categories] = await Promise.all([
    showPreview ? getProviderPreview(user, profile.organizationId) : null,
    getSettings(),
    showPreview ? [] : getCategoryTree(locale),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{profile.canEdit ? t("intro") : t("readOnlyNotice")}</p>
      </header>
      {profile.canEdit ? <ProfileTabs current={showPreview ? "preview" : "edit"} canEdit /> : null}
      {preview ? (
        <ProfilePreview data={preview} status={preview.status} tileUrl={settings.tileUrl} attribution={settings.tileAttribution} />
      ) : (
        <ProfileEditor profile={profile} categories={categories} />
      )}
    </div>
  );
}
