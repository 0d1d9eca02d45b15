import { useTranslations } from "next-intl";
import type { OfferStatus } from "@/generated/prisma/enums";

const TONES: Record<OfferStatus, string> = {
  DRAFT: "border-slate-400 bg-slate-100 text-slate-900",
  PENDING_REVIEW: "border-amber-600 bg-amber-50 text-amber-950",
  PUBLISHED: "border-green-700 bg-green-50 text-green-900",
  REJECTED: "border-red-700 bg-red-50 text-red-900",
  BLOCKED: "border-red-700 bg-red-50 text-red-900",
  ARCHIVED: "border-slate-400 bg-white text-slate-700",
};

/** The offer's status as text (colour only supports it), plus "expired" and the editors' reason. */
export function OfferStatusBadge({ status, expired = false, reason }: { status: OfferStatus; expired?: boolean; reason?: string | null }) {
  const t = useTranslations("OfferList");
  const showReason = (status === "REJECTED" || status === "BLOCKED") && reason;
  return (
    <span className="inline-flex flex-col gap-1">
      <span className="inline-flex flex-wrap items-center gap-1">
        <span className={`inline-block rounded border px-2 py-0.5 text-sm font-semibold ${TONES[status]}`}>{t(`status.${status}`)}</span>
        {expired && status === "PUBLISHED" ? (
          <span className="inline-block rounded border border-amber-600 bg-amber-50 px-2 py-0.5 text-sm font-semibold text-amber-950">
            {t("expiredBadge")}
          </span>
        ) : null}
      </span>
      {showReason ? <span className="text-sm break-words text-red-900">{t("reason", { reason })}</span> : null}
    </span>
  );
}
