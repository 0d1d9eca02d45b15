import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { TrashList } from "@/features/moderation/components/trash-list";
import { requireEditorPage } from "@/features/moderation/page-access";
import { listTrash } from "@/features/moderation/trash-queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parsePageParam } from "@/lib/pagination";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ offersPage?: string | string[]; organizationsPage?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, te] = await Promise.all([
    getTranslations({ locale, namespace: "EditorialAct" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("trash.title")} – ${te("title")}` };
}

export default async function EditorialTrashPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: "/editorial/trash" }));
  const trash = await listTrash(user, {
    offersPage: parsePageParam(query.offersPage),
    organizationsPage: parsePageParam(query.organizationsPage),
  });
  return <TrashList trash={trash} />;
}
