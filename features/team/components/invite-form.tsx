"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { InviteForm as SharedInviteForm } from "@/components/ui/invite-form";
import { inviteMember } from "../actions";
import { InviteSchema, ORG_ROLES } from "../schemas";

/** Invite someone by e-mail as member or admin. */
export function InviteForm({ organizationId }: { organizationId: number }) {
  const t = useTranslations("Team");
  const errorText = (message: string | undefined) => {
    if (!message) return undefined;
    const key = `errors.${message}`;
    return t.has(key as never) ? t(key as never) : message;
  };
  return (
    <SharedInviteForm
      idPrefix="invite"
      resolver={zodResolver(InviteSchema)}
      roles={ORG_ROLES}
      defaultRole="ORG_MEMBER"
      roleControl="radio"
      texts={{
        intro: t("inviteIntro"),
        email: t("inviteEmail"),
        role: t("inviteRole"),
        roleHelp: t("roleHelp"),
        roleName: (role) => t(`role${role}`),
        submit: t("invite"),
        submitting: t("inviting"),
      }}
      errorText={errorText}
      invite={(values) => inviteMember(organizationId, values)}
      successText={({ data }, values) =>
        t(data.mailStatus === "SENT" ? "invited" : data.mailStatus === "STORED" ? "invitedStored" : "invitedFailed", {
          email: values.email.trim().toLowerCase(),
        })
      }
    />
  );
}
