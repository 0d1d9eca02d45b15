import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { env } from "@/lib/env";
import { hasRole } from "../permissions";
import type { SessionUser } from "../types";

/** True when mails are only kept in the outbox (no SMTP_URL). */
export function mailsOnlyStored(): boolean {
  return !env().SMTP_URL;
}

/**
 * On "check your mail" pages: tells a signed-in admin that without a mail server the mail is in the
 * outbox. Residents and providers never see this.
 */
export async function OutboxHint({ user }: { user: SessionUser | null }) {
  if (!user || !hasRole(user, "ADMIN") || !mailsOnlyStored()) return null;
  const t = await getTranslations("Register");
  return (
    <p role="note" className="rounded border border-amber-300 bg-amber-50 px-3 py-2 text-amber-950">
      {t("outboxHint")}{" "}
      <Link href="/account/outbox" className="underline">
        {t("outboxLink")}
      </Link>
    </p>
  );
}
