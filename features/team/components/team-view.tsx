import { getFormatter, getTranslations } from "next-intl/server";
import type { Team } from "../queries";
import { InvitationActions } from "./invitation-actions";
import { InviteForm } from "./invite-form";
import { JoinRequestActions } from "./join-request-actions";
import { LeaveOrganizationButton, MemberActions } from "./member-actions";

const sectionClass = "flex flex-col gap-4 rounded-lg border border-slate-200 p-4";

/** The team page: members (read-only for members), and for admins invitations and join requests. */
export async function TeamView({ team }: { team: Team }) {
  const t = await getTranslations("Team");
  const format = await getFormatter();
  const date = (d: Date) => format.dateTime(d, { dateStyle: "medium" });
  const organizationId = team.organization.id;
  const self = team.members.find((m) => m.isSelf);

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-col gap-2">
        <h1 className="text-3xl font-bold text-brand-800">{t("title")}</h1>
        <p className="text-slate-700">{t("intro", { organization: team.organization.name })}</p>
        {team.canManage ? null : <p className="text-slate-700">{t("readOnlyNotice")}</p>}
      </header>

      {team.canManage ? (
        <section aria-labelledby="team-join-requests" className={sectionClass}>
          <h2 id="team-join-requests" className="text-xl font-semibold text-brand-800">
            {t("joinRequestsHeading")}
          </h2>
          {team.joinRequests.length === 0 ? (
            <p className="text-slate-700">{t("noJoinRequests")}</p>
          ) : (
            <ul className="flex flex-col divide-y divide-slate-200">
              {team.joinRequests.map((request) => (
                <li key={request.id} className="flex flex-col gap-2 py-3">
                  <p className="break-words">
                    {t("joinRequestLine", { name: request.name, email: request.email, date: date(request.createdAt) })}
                  </p>
                  {request.message ? <p className="whitespace-pre-line text-slate-700">{request.message}</p> : null}
                  <JoinRequestActions joinRequestId={request.id} name={request.name} />
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      <section aria-labelledby="team-members" className={sectionClass}>
        <h2 id="team-members" className="text-xl font-semibold text-brand-800">
          {t("membersHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("roleHelp")}</p>
        <ul className="flex flex-col divide-y divide-slate-200">
          {team.members.map((member) => (
            <li key={member.userId} className="flex flex-col gap-2 py-3">
              <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                <dt className="sr-only">{t("colName")}</dt>
                <dd className="font-semibold sm:col-span-2">
                  {member.name} {member.isSelf ? <span className="font-normal text-slate-700">{t("you")}</span> : null}
                  {member.disabled ? <span className="ms-2 rounded bg-slate-200 px-2 py-0.5 text-xs">{t("disabled")}</span> : null}
                </dd>
                <dt className="text-sm text-slate-700">{t("colEmail")}</dt>
                <dd className="break-all">{member.email}</dd>
                <dt className="text-sm text-slate-700">{t("colRole")}</dt>
                <dd>{t(`role${member.role}`)}</dd>
                <dt className="text-sm text-slate-700">{t("colSince")}</dt>
                <dd>{date(member.since)}</dd>
              </dl>
              {team.canManage ? <MemberActions organizationId={organizationId} member={member} /> : null}
            </li>
          ))}
        </ul>
        {self ? (
          <LeaveOrganizationButton
            organizationId={organizationId}
            organizationName={team.organization.name}
            lastAdmin={self.role === "ORG_ADMIN" && team.adminCount === 1}
          />
        ) : null}
      </section>

      {team.canManage ? (
        <>
          <section aria-labelledby="team-invite" className={sectionClass}>
            <h2 id="team-invite" className="text-xl font-semibold text-brand-800">
              {t("inviteHeading")}
            </h2>
            <InviteForm organizationId={organizationId} />
          </section>
          <section aria-labelledby="team-invitations" className={sectionClass}>
            <h2 id="team-invitations" className="text-xl font-semibold text-brand-800">
              {t("invitationsHeading")}
            </h2>
            {team.invitations.length === 0 ? (
              <p className="text-slate-700">{t("noInvitations")}</p>
            ) : (
              <ul className="flex flex-col divide-y divide-slate-200">
                {team.invitations.map((invitation) => (
                  <li key={invitation.id} className="flex flex-col gap-2 py-3">
                    <p className="break-all">
                      {t("invitationLine", {
                        email: invitation.email,
                        role: t(`role${invitation.role}`),
                        expires: date(invitation.expiresAt),
                      })}
                      {invitation.invitedBy ? (
                        <span className="block text-sm text-slate-700">{t("invitedBy", { name: invitation.invitedBy })}</span>
                      ) : null}
                    </p>
                    <InvitationActions organizationId={organizationId} invitation={invitation} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      ) : null}
    </div>
  );
}
