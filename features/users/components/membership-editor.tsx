"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import type { MembershipRole } from "@/generated/prisma/enums";
import { Button } from "@/components/ui/button";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { NoticeText } from "@/components/ui/notice";
import { useActionRunner } from "@/components/ui/use-action-runner";
import { addMembership, changeMembership, removeMembership } from "../actions";

const ORG_ROLES: MembershipRole[] = ["ORG_MEMBER", "ORG_ADMIN"];
type Membership = { role: MembershipRole; organization: { id: number; name: string } };

function RoleSelect({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: MembershipRole;
  onChange: (role: MembershipRole) => void;
}) {
  const t = useTranslations("Users");
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <select
        id={id}
        value={value}
        onChange={(event) => onChange(event.target.value as MembershipRole)}
        className="min-h-11 rounded border border-slate-400 px-3"
      >
        {ORG_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`membershipRoles.${role}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** The user's organisations: change the role in one, remove from one, add to another. */
export function MembershipEditor({
  userId,
  name,
  memberships,
  organizations,
}: {
  userId: number;
  name: string;
  memberships: Membership[];
  organizations: { id: number; name: string }[];
}) {
  const t = useTranslations("Users");
  const { pending, notice, run } = useActionRunner();
  return (
    <div className="flex flex-col gap-4">
      {memberships.length === 0 ? (
        <p>{t("memberships.none")}</p>
      ) : (
        <ul className="flex flex-col divide-y divide-slate-200 rounded border border-slate-200">
          {memberships.map((membership) => (
            <MembershipRow
              key={membership.organization.id}
              userId={userId}
              name={name}
              membership={membership}
              pending={pending}
              run={run}
            />
          ))}
        </ul>
      )}
      <NoticeText notice={notice} />
      <AddMembership userId={userId} organizations={organizations} pending={pending} run={run} />
    </div>
  );
}

type Run = ReturnType<typeof useActionRunner>["run"];

function MembershipRow({
  userId,
  name,
  membership,
  pending,
  run,
}: {
  userId: number;
  name: string;
  membership: Membership;
  pending: boolean;
  run: Run;
}) {
  const t = useTranslations("Users");
  const tTeam = useTranslations("Team"); // confirm/cancel of the shared ConfirmButton
  const id = useId();
  const [role, setRole] = useState<MembershipRole>(membership.role);
  const organization = membership.organization;
  return (
    <li className="flex flex-col gap-2 p-3 md:flex-row md:items-end md:justify-between">
      <p className="font-medium break-words md:flex-1 md:self-center">{organization.name}</p>
      <div className="flex flex-wrap items-end gap-2">
        <RoleSelect
          id={`${id}-role`}
          label={t("memberships.roleFor", { organization: organization.name })}
          value={role}
          onChange={setRole}
        />
        <Button
          variant="secondary"
          className="min-h-11"
          disabled={pending || role === membership.role}
          onClick={() => run(() => changeMembership(userId, { organizationId: organization.id, role }))}
        >
          {/* The visible text starts the accessible name (WCAG 2.5.3 label in name); the organisation follows for screen readers. */}
          {t("memberships.change")}
          <span className="sr-only"> ({organization.name})</span>
        </Button>
        <ConfirmButton
          confirmLabel={tTeam("confirm")}
          cancelLabel={tTeam("cancel")}
          label={t("memberships.remove")}
          accessibleLabel={t("memberships.removeFor", { organization: organization.name })}
          question={t("memberships.removeConfirm", { name, organization: organization.name })}
          disabled={pending}
          onConfirm={() => run(() => removeMembership(userId, { organizationId: organization.id }))}
        />
      </div>
    </li>
  );
}

function AddMembership({
  userId,
  organizations,
  pending,
  run,
}: {
  userId: number;
  organizations: { id: number; name: string }[];
  pending: boolean;
  run: Run;
}) {
  const t = useTranslations("Users");
  const id = useId();
  const [organizationId, setOrganizationId] = useState("");
  const [role, setRole] = useState<MembershipRole>("ORG_MEMBER");
  if (organizations.length === 0) return <p className="text-slate-700">{t("memberships.noneLeft")}</p>;
  return (
    <form
      aria-labelledby={`${id}-heading`}
      className="flex flex-col gap-2 rounded border border-slate-200 p-3"
      onSubmit={(event) => {
        event.preventDefault();
        run(() => addMembership(userId, { organizationId, role }), { onSuccess: () => setOrganizationId("") });
      }}
    >
      <h3 id={`${id}-heading`} className="font-semibold">
        {t("memberships.addHeading")}
      </h3>
      <div className="flex flex-col gap-2 md:flex-row md:items-end">
        <div className="flex min-w-0 flex-col gap-1 md:flex-1">
          <label htmlFor={`${id}-organization`} className="font-medium">
            {t("memberships.organization")}
          </label>
          <select
            id={`${id}-organization`}
            value={organizationId}
            onChange={(event) => setOrganizationId(event.target.value)}
            className="min-h-11 w-full rounded border border-slate-400 px-3"
          >
            <option value="">{t("memberships.choose")}</option>
            {organizations.map((organization) => (
              <option key={organization.id} value={String(organization.id)}>
                {organization.name}
              </option>
            ))}
          </select>
        </div>
        <RoleSelect id={`${id}-role`} label={t("memberships.role")} value={role} onChange={setRole} />
        <button
          type="submit"
          disabled={pending}
          className="min-h-11 self-start rounded bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800 disabled:opacity-60 md:self-auto"
        >
          {t("memberships.add")}
        </button>
      </div>
    </form>
  );
}
