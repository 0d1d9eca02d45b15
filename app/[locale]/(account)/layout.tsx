import type { Metadata } from "next";
import type { ReactNode } from "react";
import { AccountNav } from "@/features/accounts/components/account-nav";
import { getCurrentMembership } from "@/features/accounts/current-organization";
import { getSessionUser } from "@/features/accounts/session";
import { EditorialNavLinks } from "@/features/moderation/components/editorial-nav";
import { canModerate } from "@/features/moderation/permissions";

// Personal pages: never indexed. Access is checked by each page and action, not here; the layout
// only shows the one navigation of the area (account pages and, for editors, the editor pages) to a
// signed-in user.
export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AccountAreaLayout({ children }: { children: ReactNode }) {
  const user = await getSessionUser();
  if (!user) return children;
  const membership = await getCurrentMembership(user);
  return (
    <div className="flex flex-col gap-6 md:flex-row">
      <AccountNav user={user} membership={membership} editorial={canModerate(user) ? <EditorialNavLinks user={user} /> : null} />
      <div className="min-w-0 flex-1">{children}</div>
    </div>
  );
}
