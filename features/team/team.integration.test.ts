import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
// Not a React hook: registers beforeAll/afterAll for this file's own database.
import { useTestDatabase as withTestDatabase } from "@/test/helpers/db";
import { linkFrom, mailText, startSmtpServer, type TestSmtpServer } from "@/test/helpers/smtp";
import { AppError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/errors";
import { hashToken } from "@/lib/tokens";
import { addMember, createTwoOrganizations, createUser, sessionUser, type TwoOrganizations } from "@/features/organizations/test-fixtures";
import { decideJoinRequestFor } from "./join-request-decisions";
import { changeMemberRoleFor, inviteMemberFor, leaveOrganizationFor, removeMemberFor, revokeInvitationFor } from "./mutations";
import { getTeam } from "./queries";

const db = withTestDatabase();
let smtp: TestSmtpServer;
let ids: TwoOrganizations;
const baseUrl = "http://portal.test";

beforeAll(async () => {
  smtp = await startSmtpServer();
  process.env.SMTP_URL = smtp.url;
});

afterAll(async () => {
  delete process.env.SMTP_URL;
  await smtp.close();
});

beforeEach(async () => {
  await db.reset();
  smtp.mails.length = 0;
  ids = await createTwoOrganizations(db.prisma);
});

async function membershipsOf(organizationId: number) {
  return db.prisma.membership.findMany({ where: { organizationId }, select: { userId: true, role: true }, orderBy: { userId: "asc" } });
}

async function expectError(promise: Promise<unknown>, type: new (...args: never[]) => Error, code?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(type);
  if (code) expect((error as AppError).code).toBe(code);
  return error as Error;
}

describe("invitations", () => {
  it("an admin invites by e-mail: hashed token, 7 days, mail over SMTP with a working link", async () => {
    const admin = await sessionUser(ids.adminA);
    const now = new Date();
    const result = await inviteMemberFor(admin, ids.orgA, { email: " Neu@Example.ORG ", role: "ORG_MEMBER" }, { baseUrl, now });
    expect(result.mailStatus).toBe("SENT");

    const mail = await smtp.waitForMail("neu@example.org");
    const text = mailText(mail);
    expect(text).toContain("Verein A");
    expect(text).toContain("AdminA");
    const link = linkFrom(mail, "/de/einladung?token=");
    const token = new URL(link).searchParams.get("token")!;

    const invitation = await db.prisma.invitation.findFirstOrThrow({ where: { organizationId: ids.orgA } });
    expect(invitation.email).toBe("neu@example.org");
    expect(invitation.orgRole).toBe("ORG_MEMBER");
    expect(invitation.tokenHash).toBe(hashToken(token));
    expect(invitation.tokenHash).not.toContain(token);
    expect(invitation.expiresAt.getTime() - now.getTime()).toBe(7 * 24 * 60 * 60 * 1000);
    expect(await db.prisma.auditLog.count({ where: { entityType: "invitation", action: "invitation.create" } })).toBe(1);
  });

  it("re-inviting replaces the open invitation; both show up once in the team list", async () => {
    const admin = await sessionUser(ids.adminA);
    await inviteMemberFor(admin, ids.orgA, { email: "neu@example.org", role: "ORG_MEMBER" }, { baseUrl });
    await inviteMemberFor(admin, ids.orgA, { email: "neu@example.org", role: "ORG_ADMIN" }, { baseUrl });
    const rows = await db.prisma.invitation.findMany({ where: { organizationId: ids.orgA }, orderBy: { id: "asc" } });
    expect(rows).toHaveLength(2);
    expect(rows[0].revokedAt).not.toBeNull();
    expect(rows[1]).toMatchObject({ revokedAt: null, orgRole: "ORG_ADMIN" });
    const team = await getTeam(admin, ids.orgA);
    expect(team.invitations.map((i) => [i.email, i.role])).toEqual([["neu@example.org", "ORG_ADMIN"]]);
  });

  it("refuses members, other organisations' admins, existing members and bad input", async () => {
    const member = await sessionUser(ids.memberA);
    const adminB = await sessionUser(ids.adminB);
    const admin = await sessionUser(ids.adminA);
    await expectError(inviteMemberFor(member, ids.orgA, { email: "x@example.org", role: "ORG_ADMIN" }, { baseUrl }), ForbiddenError);
    await expectError(inviteMemberFor(adminB, ids.orgA, { email: "x@example.org", role: "ORG_ADMIN" }, { baseUrl }), NotFoundError);
    const memberEmail = (await db.prisma.user.findUniqueOrThrow({ where: { id: ids.memberA } })).email;
    const taken = (await expectError(
      inviteMemberFor(admin, ids.orgA, { email: memberEmail, role: "ORG_MEMBER" }, { baseUrl }),
      ValidationError,
    )) as ValidationError;
    expect(taken.fieldErrors.email).toEqual(["Team.errors.alreadyMember"]);
    const bad = (await expectError(
      inviteMemberFor(admin, ids.orgA, { email: "<script>", role: "OWNER" }, { baseUrl }),
      ValidationError,
    )) as ValidationError;
    expect(bad.fieldErrors.email).toEqual(["Team.errors.emailInvalid"]);
    expect(bad.fieldErrors.role).toEqual(["Team.errors.roleInvalid"]);
    await expectError(
      inviteMemberFor(admin, ids.orgA, { email: "a".repeat(10_000) + "@example.org", role: "ORG_MEMBER" }, { baseUrl }),
      ValidationError,
    );
    expect(await db.prisma.invitation.count()).toBe(0);
    expect(smtp.mails).toHaveLength(0);
  });

  it("admins revoke open invitations of their own organisation only", async () => {
    const admin = await sessionUser(ids.adminA);
    await inviteMemberFor(admin, ids.orgA, { email: "neu@example.org", role: "ORG_MEMBER" }, { baseUrl });
    const invitation = await db.prisma.invitation.findFirstOrThrow();
    await expectError(revokeInvitationFor(await sessionUser(ids.adminB), invitation.id), NotFoundError);
    await expectError(revokeInvitationFor(await sessionUser(ids.memberA), invitation.id), ForbiddenError);
    expect((await db.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).toBeNull();

    await revokeInvitationFor(admin, invitation.id);
    expect((await db.prisma.invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).not.toBeNull();
    expect(await db.prisma.auditLog.count({ where: { action: "invitation.revoke" } })).toBe(1);
    await expectError(revokeInvitationFor(admin, invitation.id), AppError, "Team.errors.invitationNotOpen");
    await expectError(revokeInvitationFor(admin, 987_654), NotFoundError);
  });
});

describe("roles and removal", () => {
  it("an admin promotes and demotes members (audited)", async () => {
    const admin = await sessionUser(ids.adminA);
    await changeMemberRoleFor(admin, ids.orgA, { userId: ids.memberA, role: "ORG_ADMIN" });
    expect(await membershipsOf(ids.orgA)).toContainEqual({ userId: ids.memberA, role: "ORG_ADMIN" });
    // With two admins, the first may step down.
    await changeMemberRoleFor(admin, ids.orgA, { userId: ids.adminA, role: "ORG_MEMBER" });
    expect(await membershipsOf(ids.orgA)).toContainEqual({ userId: ids.adminA, role: "ORG_MEMBER" });
    const audits = await db.prisma.auditLog.findMany({
      where: { entityType: "membership", action: "membership.update" },
      orderBy: { id: "asc" },
    });
    expect(audits.map((a) => a.entityId)).toEqual([`${ids.orgA}:${ids.memberA}`, `${ids.orgA}:${ids.adminA}`]);
  });

  it("the last admin can neither be demoted, removed nor leave", async () => {
    const admin = await sessionUser(ids.adminA);
    await expectError(changeMemberRoleFor(admin, ids.orgA, { userId: ids.adminA, role: "ORG_MEMBER" }), AppError, "Team.errors.lastAdmin");
    await expectError(removeMemberFor(admin, ids.orgA, ids.adminA), AppError, "Team.errors.lastAdmin");
    await expectError(leaveOrganizationFor(admin, ids.orgA), AppError, "Team.errors.lastAdmin");
    const editor = await sessionUser(ids.editor);
    await expectError(removeMemberFor(editor, ids.orgA, ids.adminA), AppError, "Team.errors.lastAdmin");
    expect(await membershipsOf(ids.orgA)).toContainEqual({ userId: ids.adminA, role: "ORG_ADMIN" });
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("an admin removes a member; a member leaves by themselves", async () => {
    const admin = await sessionUser(ids.adminA);
    const second = await createUser(db.prisma, "Zweite");
    await addMember(db.prisma, second, ids.orgA, "ORG_MEMBER");
    await removeMemberFor(admin, ids.orgA, ids.memberA);
    await leaveOrganizationFor(await sessionUser(second), ids.orgA);
    expect(await membershipsOf(ids.orgA)).toEqual([{ userId: ids.adminA, role: "ORG_ADMIN" }]);
    expect((await db.prisma.auditLog.findMany({ orderBy: { id: "asc" } })).map((a) => a.action)).toEqual([
      "membership.remove",
      "membership.leave",
    ]);
    // The account itself stays.
    expect(await db.prisma.user.count({ where: { id: { in: [ids.memberA, second] } } })).toBe(2);
  });

  it("members and other organisations' admins are refused and nothing changes", async () => {
    const member = await sessionUser(ids.memberA);
    const adminB = await sessionUser(ids.adminB);
    const before = await membershipsOf(ids.orgA);
    await expectError(changeMemberRoleFor(member, ids.orgA, { userId: ids.memberA, role: "ORG_ADMIN" }), ForbiddenError);
    await expectError(removeMemberFor(member, ids.orgA, ids.adminA), ForbiddenError);
    await expectError(changeMemberRoleFor(adminB, ids.orgA, { userId: ids.memberA, role: "ORG_ADMIN" }), NotFoundError);
    await expectError(removeMemberFor(adminB, ids.orgA, ids.memberA), NotFoundError);
    await expectError(leaveOrganizationFor(adminB, ids.orgA), NotFoundError);
    // Org B's admin cannot reach org A's member through org B either.
    await expectError(removeMemberFor(adminB, ids.orgB, ids.memberA), NotFoundError);
    await expectError(changeMemberRoleFor(adminB, ids.orgB, { userId: ids.memberA, role: "ORG_ADMIN" }), NotFoundError);
    await expectError(getTeam(adminB, ids.orgA), NotFoundError);
    expect(await membershipsOf(ids.orgA)).toEqual(before);
    expect(await db.prisma.auditLog.count()).toBe(0);
  });

  it("bad input is a validation error", async () => {
    const admin = await sessionUser(ids.adminA);
    await expectError(changeMemberRoleFor(admin, ids.orgA, { userId: ids.memberA, role: "OWNER" }), ValidationError);
    await expectError(changeMemberRoleFor(admin, ids.orgA, { userId: "1 OR 1=1", role: "ORG_ADMIN" }), ValidationError);
    await expectError(changeMemberRoleFor(admin, ids.orgA, null), ValidationError);
    await expectError(removeMemberFor(admin, ids.orgA, "abc"), NotFoundError);
  });

  it("members see the team read-only, admins also invitations and join requests", async () => {
    const member = await sessionUser(ids.memberA);
    const team = await getTeam(member, ids.orgA);
    expect(team.canManage).toBe(false);
    expect(team.members.map((m) => m.name).sort()).toEqual(["AdminA", "MemberA"]);
    expect(team.invitations).toEqual([]);
    expect(team.joinRequests).toEqual([]);
    expect((await getTeam(await sessionUser(ids.adminA), ids.orgA)).canManage).toBe(true);
    await expectError(getTeam(await sessionUser(ids.outsider), ids.orgA), NotFoundError);
  });
});

describe("join requests", () => {
  async function joinRequest(userId: number, organizationId: number) {
    return db.prisma.joinRequest.create({ data: { userId, organizationId } });
  }

  it("an admin approves: membership as member, audit, mail to the requester", async () => {
    const request = await joinRequest(ids.outsider, ids.orgA);
    const admin = await sessionUser(ids.adminA);
    expect((await getTeam(admin, ids.orgA)).joinRequests.map((r) => r.name)).toEqual(["Outsider"]);
    await decideJoinRequestFor(admin, request.id, "approve", { baseUrl });
    expect(await membershipsOf(ids.orgA)).toContainEqual({ userId: ids.outsider, role: "ORG_MEMBER" });
    expect(await db.prisma.joinRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "APPROVED",
      decidedById: ids.adminA,
    });
    expect((await db.prisma.auditLog.findMany()).map((a) => a.action).sort()).toEqual(["joinRequest.approve", "membership.create"]);
    const outsider = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.outsider } });
    const mail = mailText(await smtp.waitForMail(outsider.email));
    expect(mail).toContain("Willkommen bei Verein A");
    await expectError(decideJoinRequestFor(admin, request.id, "decline", { baseUrl }), AppError, "Team.errors.joinRequestDecided");
  });

  it("an admin declines: no membership, mail to the requester", async () => {
    const request = await joinRequest(ids.outsider, ids.orgA);
    await decideJoinRequestFor(await sessionUser(ids.adminA), request.id, "decline", { baseUrl });
    expect(await membershipsOf(ids.orgA)).not.toContainEqual(expect.objectContaining({ userId: ids.outsider }));
    expect((await db.prisma.joinRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("DECLINED");
    const outsider = await db.prisma.user.findUniqueOrThrow({ where: { id: ids.outsider } });
    expect(mailText(await smtp.waitForMail(outsider.email))).toContain("abgelehnt");
  });

  it("members, other organisations' admins and bad decisions are refused", async () => {
    const request = await joinRequest(ids.outsider, ids.orgA);
    await expectError(decideJoinRequestFor(await sessionUser(ids.memberA), request.id, "approve", { baseUrl }), ForbiddenError);
    await expectError(decideJoinRequestFor(await sessionUser(ids.adminB), request.id, "approve", { baseUrl }), NotFoundError);
    await expectError(decideJoinRequestFor(await sessionUser(ids.adminA), request.id, "maybe", { baseUrl }), ValidationError);
    await expectError(decideJoinRequestFor(await sessionUser(ids.adminA), 424_242, "approve", { baseUrl }), NotFoundError);
    expect((await db.prisma.joinRequest.findUniqueOrThrow({ where: { id: request.id } })).status).toBe("PENDING");
    expect(await db.prisma.membership.count({ where: { userId: ids.outsider } })).toBe(0);
    expect(smtp.mails).toHaveLength(0);
  });

  it("requests of unconfirmed addresses are neither listed nor decidable", async () => {
    const unverified = await db.prisma.user.create({ data: { email: "unbestaetigt@example.org", name: "Unbestätigt", passwordHash: "x" } });
    const request = await joinRequest(unverified.id, ids.orgA);
    const admin = await sessionUser(ids.adminA);
    expect((await getTeam(admin, ids.orgA)).joinRequests).toEqual([]);
    await expectError(decideJoinRequestFor(admin, request.id, "approve", { baseUrl }), NotFoundError);
  });
});
