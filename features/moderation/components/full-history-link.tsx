import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import type { AuditEntityType } from "../overview-schemas";

/** Short histories show only the latest entries; this opens the complete, paged audit log filtered to one record. */
export async function FullHistoryLink({ entityType, entityId }: { entityType: AuditEntityType; entityId: number }) {
  const t = await getTranslations("EditorialOverview.audit");
  return (
    <p>
      <Link href={{ pathname: "/editorial/audit", query: { entityType, entityId: String(entityId) } }} className="text-brand-700 underline">
        {t("fullHistory")}
      </Link>
    </p>
  );
}
