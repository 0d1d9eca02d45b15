import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/accounts/session";
import type { SessionUser } from "@/features/accounts/types";
import { canManageSettings } from "./permissions";

/**
 * For the settings page: signed out → login (and back to `callbackUrl`); signed in without the
 * admin role → the 404 page, like requireEditorPage does for the editor area.
 */
export async function requireSettingsPage(callbackUrl: string): Promise<SessionUser> {
  const user = await requireUser({ callbackUrl });
  if (!canManageSettings(user)) notFound();
  return user;
}
