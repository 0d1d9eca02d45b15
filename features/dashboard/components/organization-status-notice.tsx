import { getTranslations } from "next-intl/server";
import type { OrganizationStatus } from "@/generated/prisma/enums";

/** What the organisation's status means for the provider; nothing while it is approved. */
export async function OrganizationStatusNotice({ status, reason }: { status: OrganizationStatus; reason: string | null }) {
  if (status === "APPROVED") return null;
  const t = await getTranslations("Dashboard.status");
  const tone = status === "PENDING" ? "border-amber-300 bg-amber-50 text-amber-950" : "border-red-300 bg-red-50 text-red-900";
  return (
    <div role="status" className={`rounded-lg border px-4 py-3 ${tone}`}>
      <p className="font-semibold">{t(`${status}.title`)}</p>
      <p className="mt-1">{t(`${status}.text`)}</p>
      {status !== "PENDING" && reason ? (
        <p className="mt-2">
          <span className="font-medium">{t("reason")}</span> {reason}
        </p>
      ) : null}
    </div>
  );
}
