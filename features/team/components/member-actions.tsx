"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { changeMemberRole, leaveOrganization, removeMember } from "../actions";
import { ORG_ROLES } from "../schemas";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { NoticeText } from "@/components/ui/notice";
import { useActionRunner } from "@/components/ui/use-action-runner";

type Member = { userId: number; name: string; role: (typeof ORG_ROLES)[number]; isSelf: boolean };

/** Role change and removal of one member, for the organisation's admins. */
export function MemberActions({ organizationId, member }: { organizationId: number; member: Member }) {
  const t = useTranslations("Team");
  const { pending, notice, run } = useActionRunner();
  const [role, setRole] = useState(member.role);
  const selectId = `member-${member.userId}-role`;

  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-2">
        <div className="flex flex-col gap-1">
          <label htmlFor={selectId} className="text-sm font-medium">
            {t("roleFor", { name: member.name })}
          </label>
          <select
            id={selectId}
            value={role}
            onChange={(e) => setRole(e.target.value as Member["role"])}
            className="rounded border border-slate-400 bg-white px-2 py-1.5 text-base"
          >
            {ORG_ROLES.map((r) => (
              <option key={r} value={r}>
                {t(`role${r}`)}
              </option>
            ))}
          </select>
        </div>
        <Button
          variant="secondary"
          disabled={pending || role === member.role}
          onClick={() =>
            run(() => changeMemberRole(organizationId, { userId: member.userId, role }), { successText: () => t("roleChanged") })
          }
        >
          {pending ? t("working") : t("changeRole")}
        </Button>
        {member.isSelf ? null : (
          <ConfirmButton
            confirmLabel={t("confirm")}
            cancelLabel={t("cancel")}
            label={t("remove")}
            accessibleLabel={t("removeFor", { name: member.name })}
            question={t("removeConfirm", { name: member.name })}
            disabled={pending}
            onConfirm={() =>
              run(() => removeMember(organizationId, member.userId), { successText: () => t("removed", { name: member.name }) })
            }
          />
        )}
      </div>
      <NoticeText plain notice={notice} />
    </div>
  );
}

/** "Leave organisation" for the signed-in member; the server refuses the last admin with a clear message. */
export function LeaveOrganizationButton({
  organizationId,
  organizationName,
  lastAdmin,
}: {
  organizationId: number;
  organizationName: string;
  lastAdmin: boolean;
}) {
  const t = useTranslations("Team");
  const router = useRouter();
  const { pending, notice, run } = useActionRunner();
  return (
    <div className="flex flex-col gap-2">
      {lastAdmin ? <p className="text-sm text-slate-700">{t("lastAdminHint")}</p> : null}
      <div>
        <ConfirmButton
          confirmLabel={t("confirm")}
          cancelLabel={t("cancel")}
          label={t("leave")}
          question={t("leaveConfirm", { organization: organizationName })}
          disabled={pending || lastAdmin}
          onConfirm={() =>
            run(() => leaveOrganization(organizationId), { successText: () => t("working"), onSuccess: () => router.push("/account") })
          }
        />
      </div>
      <NoticeText plain notice={notice} />
    </div>
  );
}
