import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/accounts/session";
import type { SessionUser } from "@/features/accounts/types";
import { canViewAnalytics } from "./permissions";

/** For the planner area: signed out → login (and back); signed in without planner, editor or admin role → 404. */
export async function requireAnalyticsPage(callbackUrl: string): Promise<SessionUser> {
  const user = await requireUser({ callbackUrl });
  if (!canViewAnalytics(user)) notFound();
  return user;
}
