import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit } from "@/lib/audit";
import { prisma } from "@/lib/db";
import { ValidationError } from "@/lib/errors";
import { sendMail } from "@/lib/mail";
import { hashPassword } from "@/lib/passwords";
import { hitRateLimit } from "@/lib/rate-limit";
import { slugify, uniqueSlug } from "@/lib/slug";
import { absoluteLink, parseAccountInput, type AccountRequestContext } from "./account-context";
import { consumeToken, findUsableToken, issueToken, type TokenProblem } from "./account-tokens";
import { findOrganizationByExactName, organizationNotFound } from "./join-requests";
import { notifyEditorsOfRegistration, notifyOrgAdminsOfJoinRequest } from "./notifications";
import { EmailOnlySchema, RegisterSchema } from "./schemas";

// Registration, e-mail verification and e-mail change confirmation. Answers never tell whether an
// address already has an account: a registration with a known address looks exactly like a new one
// to the visitor, and the owner of the address gets a hint mail instead.

type Tx = Prisma.TransactionClient;

/** A slug not used by any organisation yet: the name's slug, else with -2, -3, … */
async function uniqueOrganizationSlug(tx: Tx, name: string): Promise<string> {
  const base = slugify(name) || "organisation";
  const taken = new Set(
    (await tx.organization.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((o) => o.slug),
  );
  function* counting() {
    for (let n = 2; ; n++) yield String(n);
  }
  // Never null: the suffixes do not end.
  return (await uniqueSlug(name, { fallback: "organisation", suffixes: counting(), isTaken: (slug) => taken.has(slug) }))!;
}

async function sendVerificationMail(to: string, locale: string, name: string, token: string, baseUrl: string) {
  await sendMail({ to, template: "verifyEmail", locale, params: { name, url: absoluteLink(baseUrl, locale, "/verify-email", { token }) } });
}

async function sendAccountExistsMail(user: { email: string; name: string; locale: string }, baseUrl: string) {
  await sendMail({
    to: user.email,
    template: "accountExists",
    locale: user.locale,
    params: { name: user.name, url: absoluteLink(baseUrl, user.locale, "/forgot-password") },
  });
}

/**
 * Registers a new organisation with its first user (mode "new"; organisation PENDING, user its
 * ORG_ADMIN) or a user asking to join an organisation by its exact name (mode "join"). The user is
 * unverified until the link of the verification mail is opened. Returns the address the mail went to.
 */
export async function registerAccount(raw: unknown, ctx: AccountRequestContext): Promise<{ email: string }> {
  const data = parseAccountInput(RegisterSchema, raw);
  await hitRateLimit("register", { ip: ctx.ip, account: data.email });

  const existingOrganization = await findOrganizationByExactName(prisma, data.organizationName);
  if (data.mode === "join" && !existingOrganization) throw organizationNotFound();
  if (data.mode === "new" && existingOrganization) throw new ValidationError({ organizationName: ["Auth.organizationExists"] });

  // Hashing before the lookup keeps both answers equally slow.
  const passwordHash = await hashPassword(data.password);
  const existing = await prisma.user.findUnique({ where: { email: data.email }, select: { email: true, name: true, locale: true } });
  if (existing) {
    await sendAccountExistsMail(existing, ctx.baseUrl);
    return { email: data.email };
  }

  let token: string;
  try {
    token = await prisma.$transaction(async (tx) => {
      const now = new Date();
      const settings = await tx.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 }, select: { termsVersion: true } });
      const user = await tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          passwordHash,
          locale: ctx.locale,
          termsAcceptedVersion: settings.termsVersion,
          termsAcceptedAt: now,
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: user.id,
        action: "user.register",
        entityType: "user",
        entityId: user.id,
        changedFields: ["email", "name", "locale", "termsAcceptedVersion"],
      });
      if (data.mode === "new") {
        const organization = await tx.organization.create({
          data: { name: data.organizationName, slug: await uniqueOrganizationSlug(tx, data.organizationName), status: "PENDING" },
          select: { id: true },
        });
        await tx.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "ORG_ADMIN" } });
        await recordAudit(tx, {
          actorId: user.id,
          action: "organization.create",
          entityType: "organization",
          entityId: organization.id,
          changedFields: ["name", "slug", "status"],
        });
        await recordAudit(tx, {
          actorId: user.id,
          action: "membership.create",
          entityType: "membership",
          entityId: `${user.id}:${organization.id}`,
          changedFields: ["role"],
        });
      } else {
        const request = await tx.joinRequest.create({
          data: { userId: user.id, organizationId: existingOrganization!.id },
          select: { id: true },
        });
        await recordAudit(tx, { actorId: user.id, action: "joinRequest.create", entityType: "joinRequest", entityId: request.id });
      }
      return issueToken(tx, user.id, "EMAIL_VERIFY", { now });
    });
  } catch (error) {
    // Someone registered the same address at the same moment: answer like for any known address.
    if ((error as { code?: string }).code === "P2002") {
      const owner = await prisma.user.findUnique({ where: { email: data.email }, select: { email: true, name: true, locale: true } });
      if (owner) await sendAccountExistsMail(owner, ctx.baseUrl);
      return { email: data.email };
    }
    throw error;
  }
  await sendVerificationMail(data.email, ctx.locale, data.name, token, ctx.baseUrl);
  return { email: data.email };
}

/** Sends a new verification link if the address belongs to an unconfirmed account. Same answer in every case. */
export async function resendVerification(raw: unknown, ctx: AccountRequestContext): Promise<void> {
  const { email } = parseAccountInput(EmailOnlySchema, raw);
  await hitRateLimit("verify-resend", { ip: ctx.ip, account: email });
  const user = await prisma.user.findUnique({
    where: { email },
    select: { id: true, name: true, locale: true, emailVerifiedAt: true, disabledAt: true },
  });
  if (!user || user.emailVerifiedAt || user.disabledAt) return;
  const token = await prisma.$transaction((tx) => issueToken(tx, user.id, "EMAIL_VERIFY"));
  await sendVerificationMail(email, user.locale, user.name, token, ctx.baseUrl);
}

export type VerifyOutcome =
  { ok: true; kind: "verified" | "emailChanged"; organizationPending: boolean } | { ok: false; problem: TokenProblem | "emailTaken" };

/**
 * Opens a link from a verification or e-mail-change mail (both land on /verify-email). Single use:
 * the token is used up by the first success. After a registration is confirmed, editors (new
 * organisation) or the organisation's admins (join request) are told.
 */
export async function confirmEmailToken(
  raw: unknown,
  ctx: Pick<AccountRequestContext, "baseUrl">,
  now = new Date(),
): Promise<VerifyOutcome> {
  const lookup = await findUsableToken(raw, ["EMAIL_VERIFY", "EMAIL_CHANGE"], now);
  if (!lookup.ok) return { ok: false, problem: lookup.problem };
  const { token } = lookup;

  if (token.type === "EMAIL_CHANGE") {
    const newEmail = token.newEmail;
    type ChangeOutcome = { problem: TokenProblem | "emailTaken" } | { before: { email: string; name: string; locale: string } };
    const outcome = await prisma.$transaction(async (tx): Promise<ChangeOutcome> => {
      if (!newEmail) return { problem: "unknown" };
      if (await tx.user.findFirst({ where: { email: newEmail, id: { not: token.userId } }, select: { id: true } }))
        return { problem: "emailTaken" };
      if (!(await consumeToken(tx, token.id, now))) return { problem: "used" };
      const before = await tx.user.findUniqueOrThrow({ where: { id: token.userId }, select: { email: true, name: true, locale: true } });
      await tx.user.update({ where: { id: token.userId }, data: { email: newEmail, emailVerifiedAt: now } });
      await recordAudit(tx, {
        actorId: token.userId,
        action: "user.changeEmail",
        entityType: "user",
        entityId: token.userId,
        changedFields: ["email"],
      });
      return { before };
    });
    if ("problem" in outcome) return { ok: false, problem: outcome.problem };
    await sendMail({
      to: outcome.before.email,
      template: "emailChangedNotice",
      locale: outcome.before.locale,
      params: { name: outcome.before.name, newEmail: newEmail! },
    });
    return { ok: true, kind: "emailChanged", organizationPending: false };
  }

  const consumed = await prisma.$transaction(async (tx) => {
    if (!(await consumeToken(tx, token.id, now))) return null;
    const user = await tx.user.findUniqueOrThrow({ where: { id: token.userId }, select: { emailVerifiedAt: true } });
    if (user.emailVerifiedAt) return "already" as const;
    await tx.user.update({ where: { id: token.userId }, data: { emailVerifiedAt: now } });
    await recordAudit(tx, {
      actorId: token.userId,
      action: "user.verifyEmail",
      entityType: "user",
      entityId: token.userId,
      changedFields: ["emailVerifiedAt"],
    });
    return "newly" as const;
  });
  if (!consumed) return { ok: false, problem: "used" };
  if (consumed === "already") return { ok: true, kind: "verified", organizationPending: false };

  const user = await prisma.user.findUniqueOrThrow({
    where: { id: token.userId },
    select: {
      memberships: { where: { role: "ORG_ADMIN", organization: { status: "PENDING", deletedAt: null } }, select: { organizationId: true } },
      joinRequests: { where: { status: "PENDING" }, select: { id: true } },
    },
  });
  for (const m of user.memberships) await notifyEditorsOfRegistration(m.organizationId, ctx.baseUrl);
  for (const r of user.joinRequests) await notifyOrgAdminsOfJoinRequest(r.id, ctx.baseUrl);
  return { ok: true, kind: "verified", organizationPending: user.memberships.length > 0 };
}
