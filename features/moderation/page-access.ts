import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/accounts/session";
import type { SessionUser } from "@/features/accounts/types";
import { canModerate } from "./permissions";

/**
 * For pages of the editor area: signed out → login (and back to `callbackUrl`); signed in without
 * the editor or admin role → the 404 page (no redirect, so nothing loops and the area stays unlisted).
 */
export async function requireEditorPage(callbackUrl: string): Promise<SessionUser> {
  const user = await requireUser({ callbackUrl });
  if (!canModerate(user)) notFound();
  return user;
}
