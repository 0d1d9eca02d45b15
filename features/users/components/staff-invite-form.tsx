"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { InviteForm } from "@/components/ui/invite-form";
import { inviteStaff } from "../actions";
import { StaffInviteSchema, type StaffRole } from "../schemas";

/** Invite an editor, planner or admin by e-mail; `roles` are those the signed-in user may hand out. */
export function StaffInviteForm({ roles }: { roles: StaffRole[] }) {
  const t = useTranslations("Users");
  // Browser-side messages are short keys of Users.errors; server-side ones arrive translated.
  const errorText = (message: string | undefined) => {
    if (!message) return undefined;
    const key = `errors.${message}`;
    return t.has(key as never) ? t(key as never) : message;
  };
  return (
    <InviteForm
      idPrefix="staff-invite"
      resolver={zodResolver(StaffInviteSchema)}
      roles={roles}
      defaultRole={roles.includes("PLANNER") ? "PLANNER" : roles[0]}
      roleControl="select"
      texts={{
        intro: t("invite.intro"),
        email: t("invite.email"),
        role: t("invite.role"),
        roleHelp: t("invite.roleHelp"),
        roleName: (role) => t(`roles.${role}`),
        submit: t("invite.submit"),
        submitting: t("invite.submitting"),
      }}
      errorText={errorText}
      invite={inviteStaff}
      successText={({ message }) => message ?? ""}
      emailMaxLength={254}
    />
  );
}
