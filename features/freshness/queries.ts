import "server-only";
import { prisma } from "@/lib/db";

/** The user's reminder choice, for the account settings page. */
export async function reminderModeOf(userId: number): Promise<"IMMEDIATE" | "WEEKLY"> {
  const row = await prisma.user.findUnique({ where: { id: userId }, select: { reminderMode: true } });
  return row?.reminderMode ?? "IMMEDIATE";
}
