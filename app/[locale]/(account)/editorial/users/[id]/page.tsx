import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireEditorPage } from "@/features/moderation/page-access";
import { UserDetail } from "@/features/users/components/user-detail";
import { getUserForEditors } from "@/features/users/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, tEditorial] = await Promise.all([
    getTranslations({ locale, namespace: "Users" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("title")} – ${tEditorial("title")}` };
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
