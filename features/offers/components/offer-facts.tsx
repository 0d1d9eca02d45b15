import type { ReactNode } from "react";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { localizedName } from "@/lib/localized";
import type { PublicOffer } from "../detail-queries";

const ACCESSIBILITY_FEATURES = [
  "STEP_FREE",
  "ACCESSIBLE_TOILET",
  "INDUCTION_LOOP",
  "SIGN_LANGUAGE",
  "EASY_LANGUAGE",
  "GUIDE_DOGS_WELCOME",
] as const;
type KnownFeature = (typeof ACCESSIBILITY_FEATURES)[number];
const isKnownFeature = (f: string): f is KnownFeature => (ACCESSIBILITY_FEATURES as readonly string[]).includes(f);

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="border-b border-slate-200 py-3 last:border-b-0">
      <dt className="font-semibold text-brand-800">{label}</dt>
      <dd className="mt-1 space-y-1">{children}</dd>
    </div>
  );
}

/** Costs, access, accessibility, languages, audience, registration, conditions and details as one list. */
export function OfferFacts({ offer }: { offer: PublicOffer["offer"] }) {
  const t = useTranslations("OfferDetail");
  const format = useFormatter();
  const locale = useLocale();
  const languageNames = new Intl.DisplayNames([locale], { type: "language", fallback: "code" });
  const targetGroups = [...offer.targetGroups]
    .sort((a, b) => a.targetGroup.position - b.targetGroup.position)
    .map((g) => localizedName(g.targetGroup, locale));
  const age =
    offer.ageMin !== null && offer.ageMax !== null
      ? t("ageRange", { min: offer.ageMin, max: offer.ageMax })
      : offer.ageMin !== null
        ? t("ageFrom", { min: offer.ageMin })
        : offer.ageMax !== null
          ? t("ageUntil", { max: offer.ageMax })
          : null;
  const features = offer.accessibilityFeatures.map((f) => (isKnownFeature(f.feature) ? t(`feature${f.feature}`) : f.feature));
  const details: [string, string][] = [
    ...(offer.courseNumber ? [[t("courseNumber"), offer.courseNumber] as [string, string]] : []),
    ...(offer.speaker ? [[t("speaker"), offer.speaker] as [string, string]] : []),
    ...(offer.format ? [[t("format"), offer.format] as [string, string]] : []),
    ...(offer.cooperationPartner ? [[t("cooperationPartner"), offer.cooperationPartner] as [string, string]] : []),
  ];

  return (
    <section aria-labelledby="offer-facts">
      <h2 id="offer-facts" className="text-xl font-semibold text-brand-800">
        {t("details")}
      </h2>
      <dl className="mt-2">
        <Fact label={t("costs")}>
          <p>
            {offer.isFree
              ? t("free")
              : offer.costAmountCents !== null
                ? format.number(offer.costAmountCents / 100, { style: "currency", currency: "EUR" })
                : offer.costNote
                  ? null
                  : t("costUnknown")}
          </p>
          {offer.costNote ? <p className="text-slate-700">{offer.costNote}</p> : null}
        </Fact>
        {age || targetGroups.length > 0 ? (
          <Fact label={t("who")}>
            {age ? <p>{age}</p> : null}
            {targetGroups.length > 0 ? <p>{targetGroups.join(", ")}</p> : null}
          </Fact>
        ) : null}
        <Fact label={t("registration")}>
          <p>{offer.registrationRequired ? t("registrationRequired") : t("registrationNotRequired")}</p>
          {offer.maxParticipants ? <p>{t("maxParticipants", { count: offer.maxParticipants })}</p> : null}
          {offer.registrationNote ? <p className="text-slate-700">{offer.registrationNote}</p> : null}
        </Fact>
        <Fact label={t("access")}>
          <p>{t(`access${offer.access}`)}</p>
        </Fact>
        <Fact label={t("accessibility")}>
          <p>{t(`wheelchair${offer.wheelchair}`)}</p>
          {features.length > 0 ? (
            <ul className="list-disc ps-5">
              {features.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          ) : null}
          {offer.accessibilityNote ? <p className="text-slate-700">{offer.accessibilityNote}</p> : null}
        </Fact>
        {offer.languages.length > 0 ? (
          <Fact label={t("languages")}>
            <p>{offer.languages.map((l) => languageNames.of(l.code) ?? l.code).join(", ")}</p>
          </Fact>
        ) : null}
        {offer.conditions ? (
          <Fact label={t("conditions")}>
            <p className="whitespace-pre-line">{offer.conditions}</p>
          </Fact>
        ) : null}
        {details.map(([label, value]) => (
          <Fact key={label} label={label}>
            <p>{value}</p>
          </Fact>
        ))}
      </dl>
      {offer.volunteeringPossible ? <p className="mt-2 text-slate-700">{t("volunteering")}</p> : null}
    </section>
  );
}
