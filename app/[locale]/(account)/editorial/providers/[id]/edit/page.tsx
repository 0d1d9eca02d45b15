import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireEditorPage } from "@/features/moderation/page-access";
import { ProfileEditor } from "@/features/organizations/components/profile-editor";
import { getProfileForEdit } from "@/features/organizations/queries";
import { getCategoryTree } from "@/features/settings/categories";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { NotFoundError } from "@/lib/errors";
import { parseId } from "@/lib/ids";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "EditorialAct" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("editProvider")} – ${te("title")}`, robots: { index: false, follow: false } };
}

/** The providers' own profile form, for any organisation (saveProfileFor lets editors save). */
export default async function EditorialProviderEditPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: { pathname: "/editorial/providers/[id]/edit", params: { id } } }));
  const organizationId = parseId(id);
  if (organizationId === null) notFound();
  const [profile, categories, t] = await Promise.all([
    getProfileForEdit(user, organizationId).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    }),
    getCategoryTree(locale),
    getTranslations("EditorialAct"),
  ]);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <Link
          href={{ pathname: "/editorial/providers/[id]", params: { id: String(profile.organizationId) } }}
          className="self-start text-brand-700 underline"
        >
          {t("edit.back")}
        </Link>
        <h1 className="text-3xl font-bold break-words text-brand-800">{t("edit.title", { name: profile.values.name })}</h1>
        <p className="text-slate-700">{t("edit.intro")}</p>
      </header>
      <ProfileEditor profile={profile} categories={categories} />
    </div>
  );
}
