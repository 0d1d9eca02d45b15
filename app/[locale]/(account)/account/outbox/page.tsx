import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { mailsOnlyStored } from "@/features/accounts/components/outbox-hint";
import { getOutboxMailFor, listOutboxFor } from "@/features/accounts/outbox";
import { hasRole } from "@/features/accounts/permissions";
import { requireUser } from "@/features/accounts/session";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { NotFoundError } from "@/lib/errors";
import { parsePageParam } from "@/lib/pagination";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<{ page?: string | string[]; id?: string | string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Outbox" });
  return { title: t("title") };
}

/** Admins read every mail the portal produced (list newest first; `?id=` shows one mail's text). */
export default async function OutboxPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const user = await requireUser({ callbackUrl: getPathname({ locale, href: "/account/outbox" }) });
  if (!hasRole(user, "ADMIN")) notFound();
  const [t, format] = await Promise.all([getTranslations("Outbox"), getFormatter()]);
  const when = (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" });

  if (typeof query.id === "string") {
    const mail = await getOutboxMailFor(user, query.id).catch((error: unknown) => {
      if (error instanceof NotFoundError) notFound();
      throw error;
    });
    return (
      <article className="flex max-w-3xl flex-col gap-4">
        <Link href="/account/outbox" className="self-start text-brand-700 underline">
          {t("back")}
        </Link>
        <h1 className="text-2xl font-bold text-brand-800">{t("detailTitle", { subject: mail.subject })}</h1>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">{t("to")}</dt>
          <dd className="break-all">{mail.to}</dd>
          <dt className="font-medium">{t("date")}</dt>
          <dd>{when(mail.createdAt)}</dd>
          <dt className="font-medium">{t("status")}</dt>
          <dd>{t(`status_${mail.status}`)}</dd>
          {mail.template ? (
            <>
              <dt className="font-medium">{t("template")}</dt>
              <dd>{mail.template}</dd>
            </>
          ) : null}
          {mail.lastError ? (
            <>
              <dt className="font-medium">{t("lastError")}</dt>
              <dd className="break-all">{mail.lastError}</dd>
            </>
          ) : null}
        </dl>
        <h2 className="text-lg font-semibold">{t("text")}</h2>
        <pre
          lang={mail.locale}
          className="overflow-x-auto whitespace-pre-wrap break-words rounded border border-slate-200 bg-slate-50 p-4 font-sans"
        >
          {mail.text}
        </pre>
      </article>
    );
  }

  const { entries, page } = await listOutboxFor(user, parsePageParam(query.page));
  const pageLink = (p: number) => ({ pathname: "/account/outbox" as const, query: p > 1 ? { page: String(p) } : {} });

  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
      <p className="text-slate-700">{t("intro")}</p>
      {mailsOnlyStored() ? (
        <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
          {t("noSmtp")}
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
          {entries.map((mail) => (
            <li key={mail.id} className="flex flex-col gap-1 p-3 sm:flex-row sm:items-center sm:gap-4">
              <div className="min-w-0 flex-1">
                <Link
                  href={{ pathname: "/account/outbox", query: { id: String(mail.id) } }}
                  className="font-medium text-brand-700 underline"
                >
                  {mail.subject}
                </Link>
                <p className="break-all text-sm text-slate-700">
                  {t("to")}: {mail.to}
                </p>
              </div>
              <p className="text-sm text-slate-700">
                <time dateTime={mail.createdAt.toISOString()}>{when(mail.createdAt)}</time> · {t(`status_${mail.status}`)}
              </p>
            </li>
          ))}
        </ul>
      )}
      {page.pageCount > 1 ? (
        <nav aria-label={t("pageOf", { page: page.page, pageCount: page.pageCount })} className="flex items-center gap-4">
          {page.page > 1 ? (
            <Link href={pageLink(page.page - 1)} rel="prev" className="text-brand-700 underline">
              {t("previous")}
            </Link>
          ) : null}
          <span>{t("pageOf", { page: page.page, pageCount: page.pageCount })}</span>
          {page.page < page.pageCount ? (
            <Link href={pageLink(page.page + 1)} rel="next" className="text-brand-700 underline">
              {t("next")}
            </Link>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}
