import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getSessionUser } from "@/features/accounts/session";
import { requireEditorPage } from "@/features/moderation/page-access";
import { UserDetail } from "@/features/users/components/user-detail";
import { getUserForEditors } from "@/features/users/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { ForbiddenError, NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ locale: Locale; id: string }> };

// The title names the user — only for a viewer allowed to see them (getUserForEditors checks).
const loadUserName = cache(async (id: string) => {
  const data = await getUserForEditors(await getSessionUser(), id).catch((error: unknown) => {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return null;
    throw error;
  });
  return data?.user.name ?? null;
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const [t, tEditorial, name] = await Promise.all([
    getTranslations({ locale, namespace: "Users" }),
    getTranslations({ locale, namespace: "Editorial" }),
    loadUserName(id),
  ]);
  return { title: `${name ?? t("title")} – ${tEditorial("title")}` };
}

export default async function EditorialUserPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const viewer = await requireEditorPage(getPathname({ locale, href: { pathname: "/editorial/users/[id]", params: { id } } }));
  const data = await getUserForEditors(viewer, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return <UserDetail data={data} />;
}
