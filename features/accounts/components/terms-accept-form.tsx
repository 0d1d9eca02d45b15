"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { acceptTermsAction } from "../actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/notice";

/** Accepts the terms version shown on the page, then continues to `next` (a checked relative path). */
export function TermsAcceptForm({ version, next }: { version: number; next: string }) {
  const t = useTranslations("AccountSettings");
  const [error, setError] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function accept() {
    setError(null);
    startTransition(async () => {
      const result = await acceptTermsAction({ version });
      if (result.ok) window.location.assign(next);
      else setError(result.message);
    });
  }

  return (
    <div className="flex flex-col gap-3">
      {error ? (
        <FormMessage id="terms-error" kind="error">
          {error}
        </FormMessage>
      ) : null}
      <Button onClick={accept} disabled={pending}>
        {pending ? t("termsAccepting") : t("termsAccept")}
      </Button>
    </div>
  );
}
