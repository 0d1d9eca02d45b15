import type { GlobalRole } from "@/generated/prisma/enums";

const ROLE_TONE: Record<GlobalRole, string> = {
  NONE: "border-slate-400 bg-white text-slate-900",
  EDITOR: "border-brand-700 bg-brand-50 text-brand-800",
  PLANNER: "border-teal-700 bg-teal-50 text-teal-900",
  ADMIN: "border-purple-700 bg-purple-50 text-purple-900",
};

/** The global role as text in a frame (the text carries the meaning, not the colour). */
export function RoleBadge({ role, label }: { role: GlobalRole; label: string }) {
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${ROLE_TONE[role]}`}>{label}</span>;
}

/** "Deaktiviert" / "E-Mail nicht bestätigt" next to a user. */
export function AccountMarker({ tone, label }: { tone: "danger" | "warning"; label: string }) {
  const style = tone === "danger" ? "border-red-600 bg-red-50 text-red-900" : "border-amber-400 bg-amber-50 text-amber-950";
  return <span className={`inline-block rounded border px-2 py-0.5 text-sm font-medium ${style}`}>{label}</span>;
}
