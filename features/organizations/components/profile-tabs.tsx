import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";

/** "Edit" and "Preview" of the profile page: plain links (the view lives in the URL). */
export async function ProfileTabs({ current, canEdit }: { current: "edit" | "preview"; canEdit: boolean }) {
  const t = await getTranslations("ProfileForm");
  const tab = (active: boolean) =>
    `rounded-t border-b-2 px-4 py-2 font-semibold ${active ? "border-brand-700 text-brand-800" : "border-transparent text-brand-700 underline hover:border-slate-300"}`;
  return (
    <nav aria-label={t("title")} className="flex gap-2 border-b border-slate-200">
      <Link href="/account/profile" className={tab(current === "edit")} aria-current={current === "edit" ? "page" : undefined}>
        {canEdit ? t("editTab") : t("title")}
      </Link>
      <Link
        href={{ pathname: "/account/profile", query: { view: "preview" } }}
        className={tab(current === "preview")}
        aria-current={current === "preview" ? "page" : undefined}
      >
        {t("previewTab")}
      </Link>
    </nav>
  );
}
