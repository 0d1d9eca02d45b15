import type { OrganizationStatus } from "@/generated/prisma/enums";

const TONE: Record<OrganizationStatus, string> = {
  PENDING: "border-amber-400 bg-amber-50 text-amber-950",
  APPROVED: "border-green-600 bg-green-50 text-green-900",
  REJECTED: "border-slate-400 bg-slate-100 text-slate-900",
  BLOCKED: "border-red-600 bg-red-50 text-red-900",
};

/** The status as text with a coloured frame (the text carries the meaning, not the colour). */
export function OrganizationStatusBadge({ status, label }: { status: OrganizationStatus; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${TONE[status]}`}>{label}</span>;
}
