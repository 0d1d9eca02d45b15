import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { requireUser } from "@/features/accounts/session";
import { OfferListView } from "@/features/offer-management/components/offer-list-view";
import { getOfferTitleForUser, listOrganizationOffers } from "@/features/offer-management/queries";
import { parseOfferListFilter } from "@/features/offer-management/schemas";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parseId } from "@/lib/ids";

type SearchParams = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<SearchParams> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "OfferList" });
  return { title: t("title"), robots: { index: false, follow: false } };
}

export default async function AccountOffersPage({ params, searchParams }: Props) {
  const [{ locale }, sp] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/offers" }) });
  const membership = await getCurrentMembership(user);
  if (!membership) {
    const t = await getTranslations("OfferList");
    return (
      <div className="flex flex-col gap-4">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p>{t("noOrganization")}</p>
        <p>
          <Link href="/account/join" className="font-semibold text-brand-700 underline">
            {t("joinLink")}
          </Link>
        </p>
      </div>
    );
  }
  const filter = parseOfferListFilter(sp);
  const deleteId = parseId(Array.isArray(sp.delete) ? sp.delete[0] : sp.delete);
  const [list, toDelete] = await Promise.all([
    listOrganizationOffers(user, membership.organizationId, filter),
    deleteId !== null ? getOfferTitleForUser(user, deleteId) : null,
  ]);
  return (
    <OfferListView
      organizationName={membership.name}
      filter={filter}
      list={list}
      toDelete={toDelete}
      action={getPathname({ locale, href: "/account/offers" })}
    />
  );
}
