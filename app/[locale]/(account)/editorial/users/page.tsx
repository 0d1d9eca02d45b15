import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requireEditorPage } from "@/features/moderation/page-access";
import { OpenStaffInvitations } from "@/features/users/components/open-invitations";
import { StaffInviteForm } from "@/features/users/components/staff-invite-form";
import { UserList } from "@/features/users/components/user-list";
import { listOpenStaffInvitations, listUsersForEditors } from "@/features/users/queries";
import { UserListParamsSchema } from "@/features/users/schemas";
import { getPathname, Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { parsePageParam } from "@/lib/pagination";

type Props = {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ q?: string | string[]; role?: string | string[]; status?: string | string[]; page?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const [t, tEditorial] = await Promise.all([
    getTranslations({ locale, namespace: "Users" }),
    getTranslations({ locale, namespace: "Editorial" }),
  ]);
  return { title: `${t("title")} – ${tEditorial("title")}` };
}

export default async function EditorialUsersPage({ params, searchParams }: Props) {
  const [{ locale }, query] = await Promise.all([params, searchParams]);
  setRequestLocale(locale);
  const path = getPathname({ locale, href: "/editorial/users" });
  const user = await requireEditorPage(path);
  const filters = UserListParamsSchema.parse({ q: query.q, role: query.role, status: query.status });
  const [result, invitations, t, tEditorial] = await Promise.all([
    listUsersForEditors(user, filters, parsePageParam(query.page)),
    listOpenStaffInvitations(user),
    getTranslations("Users"),
    getTranslations("Editorial"),
  ]);
  return (
    <div className="flex flex-col gap-6">
      <p>
        <Link href="/editorial" className="text-brand-700 underline">
          {tEditorial("title")}
        </Link>
      </p>
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro")}</p>
      </header>
      <section aria-labelledby="staff-invite" className="flex flex-col gap-2 rounded border border-slate-200 p-4">
        <h2 id="staff-invite" className="text-xl font-semibold">
          {t("invite.heading")}
        </h2>
        <StaffInviteForm roles={result.invitableRoles} />
      </section>
      <OpenStaffInvitations invitations={invitations} />
      <UserList action={path} params={filters} result={result} />
    </div>
  );
}
