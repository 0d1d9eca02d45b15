import NextAuth from "next-auth";
import { authOptions } from "@/features/accounts/auth-options";

// next-auth's endpoints (csrf, session, callback/credentials, signout); pages live under [locale].
const handler = NextAuth(authOptions);

export { handler as GET, handler as POST };
