import { getFormatter, getTranslations } from "next-intl/server";
import type { StaffInvitationRow } from "../queries";
import { RevokeStaffInvitationButton } from "./revoke-invitation-button";

/** Invitations into the portal team that nobody has accepted yet. */
export async function OpenStaffInvitations({ invitations }: { invitations: StaffInvitationRow[] }) {
  const [t, format] = await Promise.all([getTranslations("Users"), getFormatter()]);
  return (
    <section aria-labelledby="open-invitations" className="flex flex-col gap-2">
      <h2 id="open-invitations" className="text-xl font-semibold">
        {t("invite.openHeading")}
      </h2>
      {invitations.length === 0 ? (
        <p>{t("invite.noOpen")}</p>
      ) : (
        <ul className="flex flex-col gap-1">
          {invitations.map((invitation) => (
            <li key={invitation.id} className="break-words">
              {t("invite.openLine", {
                email: invitation.email,
                role: invitation.globalRole ? t(`roles.${invitation.globalRole}`) : "",
                expires: format.dateTime(invitation.expiresAt, { dateStyle: "medium" }),
              })}
              {invitation.invitedBy ? (
                <span className="text-sm text-slate-700"> · {t("invite.invitedBy", { name: invitation.invitedBy.name })}</span>
              ) : null}{" "}
              {invitation.canRevoke ? <RevokeStaffInvitationButton invitationId={invitation.id} email={invitation.email} /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
