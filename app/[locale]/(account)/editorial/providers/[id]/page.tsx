import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProviderReview } from "@/features/moderation/components/provider-review";
import { requireEditorPage } from "@/features/moderation/page-access";
import { getProviderForEditors } from "@/features/moderation/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ locale: Locale; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editorial" });
  return { title: `${t("providers.title")} – ${t("title")}` };
}

export default async function EditorialProviderPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const user = await requireEditorPage(getPathname({ locale, href: { pathname: "/editorial/providers/[id]", params: { id } } }));
  const data = await getProviderForEditors(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) notFound();
    throw error;
  });
  return <ProviderReview data={data} />;
}
