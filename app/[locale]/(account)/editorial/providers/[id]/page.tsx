import type { Metadata } from "next";
import { cache } from "react";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { ProviderReview } from "@/features/moderation/components/provider-review";
import { requireEditorPage } from "@/features/moderation/page-access";
import { canModerate } from "@/features/moderation/permissions";
import { getSessionUser } from "@/features/accounts/session";
import { getProviderForEditors } from "@/features/moderation/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { NotFoundError } from "@/lib/errors";

type Props = { params: Promise<{ locale: Locale; id: string }> };

// The provider once per request, for the title (which names it) and the page; null for anyone who may not see it.
const loadProvider = cache(async (id: string) => {
  const user = await getSessionUser();
  if (!canModerate(user)) return null;
  return getProviderForEditors(user, id).catch((error: unknown) => {
    if (error instanceof NotFoundError) return null;
    throw error;
  });
});

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  const [t, provider] = await Promise.all([getTranslations({ locale, namespace: "Editorial" }), loadProvider(id)]);
  return { title: `${provider ? provider.organization.name : t("providers.title")} – ${t("title")}` };
}

export default async function EditorialProviderPage({ params }: Props) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  await requireEditorPage(getPathname({ locale, href: { pathname: "/editorial/providers/[id]", params: { id } } }));
  const data = await loadProvider(id);
  if (!data) notFound();
  return <ProviderReview data={data} />;
}
