import "server-only";
import type { EmailStatus } from "@/generated/prisma/enums";
import { prisma } from "@/lib/db";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { pageInfo, type PageInfo } from "@/lib/pagination";
import { hasRole } from "./permissions";
import type { SessionUser } from "./types";
import { requireId } from "@/lib/ids";

// The e-mail outbox for admins: every mail the portal produced (sent over SMTP or, without SMTP_URL,
// only stored), so a demo or a fresh installation works without a mail server.

export type OutboxEntry = {
  id: number;
  to: string;
  subject: string;
  template: string | null;
  status: EmailStatus;
  createdAt: Date;
  sentAt: Date | null;
};
export type OutboxMail = OutboxEntry & { text: string; locale: string; lastError: string | null; attempts: number };

function requireAdmin(user: SessionUser | null): asserts user is SessionUser {
  if (!user || !hasRole(user, "ADMIN")) throw new ForbiddenError();
}

/** One page of the outbox, newest first. Admins only. */
export async function listOutboxFor(user: SessionUser | null, requestedPage: number): Promise<{ entries: OutboxEntry[]; page: PageInfo }> {
  requireAdmin(user);
  const total = await prisma.emailOutbox.count();
  const page = pageInfo(requestedPage, total);
  const entries = await prisma.emailOutbox.findMany({
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: page.skip,
    take: page.pageSize,
    select: { id: true, to: true, subject: true, template: true, status: true, createdAt: true, sentAt: true },
  });
  return { entries, page };
}

/** One mail with its text. Admins only; NotFoundError for unknown ids. */
export async function getOutboxMailFor(user: SessionUser | null, rawId: unknown): Promise<OutboxMail> {
  requireAdmin(user);
  const id = requireId(rawId);
  const mail = await prisma.emailOutbox.findUnique({
    where: { id },
    select: {
      id: true,
      to: true,
      subject: true,
      template: true,
      status: true,
      createdAt: true,
      sentAt: true,
      text: true,
      locale: true,
      lastError: true,
      attempts: true,
    },
  });
  if (!mail) throw new NotFoundError();
  return mail;
}
