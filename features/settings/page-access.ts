import "server-only";
import { notFound } from "next/navigation";
import { requireUser } from "@/features/accounts/session";
import type { SessionUser } from "@/features/accounts/types";
import { canManageSettings, canViewSettings } from "./permissions";

/**
 * For the settings pages: signed out → login (and back to `callbackUrl`); signed in without the
 * editor or admin role → the 404 page, like requireEditorPage does for the editor area. Editors see
 * the pages read-only (`readOnly`); every action still refuses them.
 */
export async function requireSettingsPage(callbackUrl: string): Promise<SessionUser & { readOnly: boolean }> {
  const user = await requireUser({ callbackUrl });
  if (!canViewSettings(user)) notFound();
  return { ...user, readOnly: !canManageSettings(user) };
}
