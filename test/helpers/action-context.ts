import type { SessionUser } from "@/features/accounts/types";

// Module replacements for testing server actions end to end with only the request context swapped.
// vi.mock is hoisted above imports, so it stays in each test file and loads these lazily:
//   vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());
// No runtime imports at the top: lib/errors imports next-intl/server, and loading it while that
// module's factory runs would wait on itself.

/** next-intl/server with the request-bound translator over the real German messages. */
export async function germanTranslationsModule() {
  const { createTranslator } = await import("next-intl");
  const messages = (await import("@/messages/de.json")).default;
  return {
    getTranslations: async (arg?: string | { namespace?: string }) =>
      createTranslator({ locale: "de", messages, namespace: (typeof arg === "string" ? arg : arg?.namespace) as never }),
  };
}

/** @/features/accounts/session whose requireActionUser answers with `session.user`, or refuses like without a session. */
export async function actionSessionModule(session: { user: SessionUser | null }) {
  const { UnauthorizedError } = await import("@/lib/errors");
  return {
    requireActionUser: async () => {
      if (!session.user) throw new UnauthorizedError();
      return session.user;
    },
  };
}
