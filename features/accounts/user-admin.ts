import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { GlobalRole } from "@/generated/prisma/enums";
import { hashPassword } from "@/lib/passwords";
import { EmailSchema, NewPasswordSchema } from "./schemas";

// Creating accounts outside the web UI (scripts/user-create.ts). No "server-only" here: tsx scripts
// import this module, and they pass in their own Prisma client.

export const CreateUserSchema = z.object({
  email: EmailSchema,
  name: z.string().trim().min(1, "nameRequired").max(200, "nameTooLong"),
  role: z.enum(GlobalRole),
  password: NewPasswordSchema,
});

export type CreateUserInput = z.input<typeof CreateUserSchema>;

export class DuplicateEmailError extends Error {
  constructor() {
    super("A user with this e-mail address already exists.");
    this.name = "DuplicateEmailError";
  }
}

/** False when the database was never migrated (no User table). */
export async function hasAccountTables(db: PrismaClient): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<{ name: string }[]>("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'User'");
  return rows.length > 0;
}

/**
 * A verified account that has accepted the current terms of use (the person running the command
 * vouches for both). Throws DuplicateEmailError when the address is taken.
 */
export async function createVerifiedUser(db: PrismaClient, input: CreateUserInput): Promise<{ id: number; email: string }> {
  const data = CreateUserSchema.parse(input);
  const passwordHash = await hashPassword(data.password);
  const now = new Date();
  try {
    return await db.$transaction(async (tx) => {
      if (await tx.user.findUnique({ where: { email: data.email }, select: { id: true } })) throw new DuplicateEmailError();
      const settings = await tx.settings.upsert({ where: { id: 1 }, update: {}, create: { id: 1 }, select: { termsVersion: true } });
      return tx.user.create({
        data: {
          email: data.email,
          name: data.name,
          role: data.role,
          passwordHash,
          emailVerifiedAt: now,
          termsAcceptedVersion: settings.termsVersion,
          termsAcceptedAt: now,
        },
        select: { id: true, email: true },
      });
    });
  } catch (error) {
    // Another process created the same address between the check and the insert.
    if ((error as { code?: string }).code === "P2002") throw new DuplicateEmailError();
    throw error;
  }
}
