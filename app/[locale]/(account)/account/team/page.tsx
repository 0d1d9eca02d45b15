import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { requireUser } from "@/features/accounts/session";
import { TeamView } from "@/features/team/components/team-view";
import { getTeam } from "@/features/team/queries";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Team" });
  return { title: t("title") };
}

export default async function TeamPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/team" }) });
  const membership = await getCurrentMembership(user);
  if (!membership) {
    const t = await getTranslations("Team");
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>{t("noOrganization")}</p>
      </div>
    );
  }
  return <TeamView team={await getTeam(user, membership.organizationId)} />;
}
