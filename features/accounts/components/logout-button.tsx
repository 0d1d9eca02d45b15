"use client";

import { useState } from "react";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

/**
 * Ends the session (next-auth clears the cookie) and reloads `redirectTo`, a relative path, so the
 * header and every server component render signed out. No SessionProvider needed.
 */
export function LogoutButton({ redirectTo }: { redirectTo: string }) {
  const t = useTranslations("Auth");
  const [state, setState] = useState<"idle" | "busy" | "failed">("idle");

  async function logout() {
    setState("busy");
    try {
      await signOut({ redirect: false });
      window.location.assign(redirectTo);
    } catch {
      setState("failed");
    }
  }

  return (
    <div className="flex flex-col items-start gap-2">
      <button
        type="button"
        onClick={logout}
        disabled={state === "busy"}
        className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50 disabled:opacity-70"
      >
        {state === "busy" ? t("loggingOut") : t("logoutButton")}
      </button>
      <div role="alert" className="empty:hidden">
        {state === "failed" ? <p className="text-red-800">{t("logoutFailed")}</p> : null}
      </div>
    </div>
  );
}
