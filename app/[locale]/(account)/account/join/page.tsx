import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { JoinRequestForm } from "@/features/accounts/components/join-request-form";
import { listOwnPendingJoinRequests } from "@/features/accounts/join-requests";
import { requireUser } from "@/features/accounts/session";
import { getPathname } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "AccountSettings" });
  return { title: t("joinTitle") };
}

export default async function JoinPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/join" }) });
  const [t, format] = await Promise.all([getTranslations("AccountSettings"), getFormatter()]);
  const pending = await listOwnPendingJoinRequests(user);

  return (
    <div className="flex max-w-xl flex-col gap-6">
      <h1 className="text-3xl font-bold text-brand-800">{t("joinTitle")}</h1>
      <p className="text-slate-700">{t("joinIntro")}</p>
      <JoinRequestForm />
      {pending.length > 0 ? (
        <section aria-labelledby="join-pending">
          <h2 id="join-pending" className="text-xl font-semibold">
            {t("pendingRequests")}
          </h2>
          <ul className="mt-2 list-disc ps-6">
            {pending.map((r) => (
              <li key={r.id}>
                {t("pendingRequest", { organization: r.organizationName, date: format.dateTime(r.createdAt, { dateStyle: "medium" }) })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
