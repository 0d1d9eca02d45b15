import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { AccountNav } from "@/features/accounts/components/account-nav";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { getSessionUser } from "@/features/accounts/session";
import { EditorialNavLinks } from "@/features/moderation/components/editorial-nav";
import { canModerate } from "@/features/moderation/permissions";
import { CLIENT_MESSAGE_NAMESPACES, pickMessages } from "@/lib/client-messages";

// Personal pages: never indexed. Access is checked by each page and action, not here; the layout
// only shows the one navigation of the area (account pages and, for editors, the editor pages) to a
// signed-in user. Its client components get every client namespace (public pages only the public ones).
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AccountAreaLayout({ children }: { children: ReactNode }) {
  const [user, messages] = await Promise.all([getSessionUser(), getMessages()]);
  const area = (content: ReactNode) => (
    <NextIntlClientProvider messages={pickMessages(messages, CLIENT_MESSAGE_NAMESPACES)}>{content}</NextIntlClientProvider>
  );
  if (!user) return area(children);
  const membership = await getCurrentMembership(user);
  return area(
    <div className="flex flex-col gap-6 md:flex-row">
      <AccountNav user={user} membership={membership} editorial={canModerate(user) ? <EditorialNavLinks user={user} /> : null} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>,
  );
}
