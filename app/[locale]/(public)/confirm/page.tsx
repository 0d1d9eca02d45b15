import type { Metadata } from "next";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { ConfirmFreshnessForm } from "@/features/freshness/components/confirm-form";
import { checkFreshnessToken } from "@/features/freshness/tokens";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ token?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Freshness.confirm" });
  return { title: t("title"), robots: { index: false } };
}

/**
 * Target of the "still current" link in the reminder mails: says what would be confirmed and offers
 * the button (the POST confirms), or says why the link does not work. Opening it changes nothing.
 */
export default async function ConfirmFreshnessPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const t = await getTranslations("Freshness.confirm");
  const format = await getFormatter();
  const token = typeof query.token === "string" ? query.token : "";
  const check = await checkFreshnessToken(token);

  return (
    <div className="mx-auto flex w-full max-w-xl flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      {check.ok ? (
        <div className="flex flex-col gap-4">
          <p className="text-slate-800">
            {check.target.kind === "offer"
              ? t("offerIntro", { name: check.target.name, organization: check.target.organizationName })
              : t("organizationIntro", { name: check.target.name })}
          </p>
          {check.target.lastConfirmedAt ? (
            <p className="text-slate-700" data-testid="confirm-last-confirmed">
              {(await getTranslations("Freshness"))("lastConfirmed", {
                date: format.dateTime(check.target.lastConfirmedAt, { dateStyle: "long" }),
              })}
            </p>
          ) : null}
          {check.target.kind === "offer" && check.target.hidden ? (
            <p className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">{t("hiddenNote")}</p>
          ) : null}
        </div>
      ) : null}
      {/* Always at the same place in the tree: after the POST the page re-renders with the link used up,
          and the form keeps its state (the success message) instead of remounting with "already used". */}
      <ConfirmFreshnessForm token={token} problem={check.ok ? null : check.problem} />
      {check.ok ? (
        <p className="text-sm text-slate-700">
          {t("changeHint")}{" "}
          <Link href="/login" className="text-brand-700 underline">
            {t("login")}
          </Link>
        </p>
      ) : null}
    </div>
  );
}
