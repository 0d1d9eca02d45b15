import { useLocale, useTranslations } from "next-intl";
import { telHref } from "@/features/offers/components/offer-contact";
import { formatTime } from "@/lib/dates";
import { localizedName } from "@/lib/localized";
import type { PublicProvider } from "../detail-queries";

type Provider = PublicProvider["provider"];

function websiteOf(website: string | null): { href: string; host: string } | null {
  if (!website) return null;
  try {
    const url = new URL(/^https?:\/\//i.test(website) ? website : `https://${website}`);
    return url.protocol === "http:" || url.protocol === "https:" ? { href: url.href, host: url.host.replace(/^www\./, "") } : null;
  } catch {
    return null;
  }
}

const link = "font-semibold text-brand-700 underline break-words";

/** Address, e-mail, phone, website and contact person. */
export function ProviderContact({ provider }: { provider: Provider }) {
  const t = useTranslations("ProviderDetail");
  const locale = useLocale();
  const website = websiteOf(provider.website);
  const district = provider.district ? localizedName(provider.district, locale) : null;
  const cityLine = [provider.postalCode, provider.city].filter(Boolean).join(" ");
  const person = [provider.contactSalutation, provider.contactName].filter(Boolean).join(" ");
  const phones = [provider.phone, provider.phone2].filter((p): p is string => Boolean(p));

  return (
    <section aria-labelledby="provider-contact" className="rounded-lg border border-slate-200 p-4">
      <h2 id="provider-contact" className="text-lg font-semibold text-brand-800">
        {t("contact")}
      </h2>
      <dl className="mt-2 space-y-3">
        {provider.street || cityLine ? (
          <div>
            <dt className="font-semibold">{t("address")}</dt>
            <dd>
              <address className="not-italic">
                {provider.street ? <span className="block">{provider.street}</span> : null}
                {cityLine ? <span className="block">{cityLine}</span> : null}
                {district && district !== provider.city ? <span className="block text-slate-700">{district}</span> : null}
              </address>
            </dd>
          </div>
        ) : null}
        {provider.email ? (
          <div>
            <dt className="font-semibold">{t("email")}</dt>
            <dd>
              <a className={link} data-analytics-contact="mail" href={`mailto:${provider.email}`}>
                {provider.email}
              </a>
            </dd>
          </div>
        ) : null}
        {phones.length > 0 ? (
          <div>
            <dt className="font-semibold">{t("phone")}</dt>
            {phones.map((phone) => (
              <dd key={phone}>
                <a className={link} data-analytics-contact="phone" href={telHref(phone)}>
                  {phone}
                </a>
              </dd>
            ))}
          </div>
        ) : null}
        {website ? (
          <div>
            <dt className="font-semibold">{t("website")}</dt>
            <dd>
              <a className={link} data-analytics-contact="website" href={website.href} rel="noopener noreferrer nofollow" target="_blank">
                {t("websiteExternal", { host: website.host })}
              </a>
            </dd>
          </div>
        ) : null}
        {person || provider.contactEmail || provider.contactPhone ? (
          <div>
            <dt className="font-semibold">{t("contactPerson")}</dt>
            {person ? <dd>{person}</dd> : null}
            {provider.contactRole ? <dd className="text-slate-700">{provider.contactRole}</dd> : null}
            {provider.contactEmail ? (
              <dd>
                <a className={link} data-analytics-contact="mail" href={`mailto:${provider.contactEmail}`}>
                  {provider.contactEmail}
                </a>
              </dd>
            ) : null}
            {provider.contactPhone ? (
              <dd>
                <a className={link} data-analytics-contact="phone" href={telHref(provider.contactPhone)}>
                  {provider.contactPhone}
                </a>
              </dd>
            ) : null}
          </div>
        ) : null}
      </dl>
    </section>
  );
}

/** Opening hours by weekday (1 = Monday), several windows a day joined, plus the free-text note. */
export function ProviderOpeningHours({ provider }: { provider: Provider }) {
  const t = useTranslations("ProviderDetail");
  const ts = useTranslations("Schedule");
  const locale = useLocale();
  if (provider.openingHours.length === 0 && !provider.openingHoursNote) return null;
  const weekdayName = new Intl.DateTimeFormat(locale, { weekday: "long", timeZone: "UTC" });
  const list = new Intl.ListFormat(locale, { type: "conjunction" });
  const byWeekday = new Map<number, string[]>();
  for (const h of provider.openingHours) {
    byWeekday.set(h.weekday, [
      ...(byWeekday.get(h.weekday) ?? []),
      ts("timeRange", { start: formatTime(h.startMinute), end: formatTime(h.endMinute) }),
    ]);
  }

  return (
    <section aria-labelledby="provider-hours" className="rounded-lg border border-slate-200 p-4">
      <h2 id="provider-hours" className="text-lg font-semibold text-brand-800">
        {t("openingHours")}
      </h2>
      {byWeekday.size > 0 ? (
        <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          {[...byWeekday].map(([weekday, windows]) => (
            <div key={weekday} className="contents">
              <dt className="font-semibold">{weekdayName.format(new Date(Date.UTC(2024, 0, weekday, 12)))}</dt>
              <dd>{list.format(windows)}</dd>
            </div>
          ))}
        </dl>
      ) : null}
      {provider.openingHoursNote ? <p className="mt-2 text-slate-700">{provider.openingHoursNote}</p> : null}
    </section>
  );
}
