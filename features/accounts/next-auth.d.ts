import type { GlobalRole } from "@/generated/prisma/enums";
import type { TokenMembership } from "./types";

// Shapes of what features/accounts/auth-options.ts puts into the token and the session.
declare module "next-auth" {
  // What authorize() returns; next-auth's own `id` stays the string form of the numeric id.
  interface User {
    role?: GlobalRole;
    sessionVersion?: number;
    memberships?: TokenMembership[];
  }

  interface Session {
    user: {
      id: number;
      sessionId: string;
      name: string;
      email: string;
      role: GlobalRole;
      sessionVersion: number;
      memberships: TokenMembership[];
    };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    userId?: number;
    sessionId?: string;
    role?: GlobalRole;
    sessionVersion?: number;
    memberships?: TokenMembership[];
  }
}
