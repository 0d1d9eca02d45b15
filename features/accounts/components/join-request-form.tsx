"use client";

import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { joinRequestAction } from "../actions";
import { JoinRequestSchema, type JoinRequestInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StatusMessage, type Notice } from "@/components/ui/notice";
import { applyFieldErrors, useFieldMessage } from "./form-parts";

/** A signed-in user asks to join an organisation by its exact name (no list to choose from). */
export function JoinRequestForm() {
  const t = useTranslations("AccountSettings");
  const fieldMessage = useFieldMessage();
  const router = useRouter();
  const [status, setStatus] = useState<Notice>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm({ resolver: zodResolver(JoinRequestSchema), defaultValues: { organizationName: "" } satisfies JoinRequestInput });

  async function onSubmit(values: JoinRequestInput) {
    setStatus(null);
    const result = await joinRequestAction(values);
    if (result.ok) {
      reset();
      setStatus({ kind: "success", text: t("joinSent", { organization: result.data.organizationName }) });
      router.refresh();
    } else if (!applyFieldErrors(result, setError, ["organizationName"])) setStatus({ kind: "error", text: result.message });
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="flex flex-col gap-4">
      <StatusMessage id="join-status" status={status} />
      <Field
        id="join-organization"
        label={t("joinOrganizationLabel")}
        hint={t("joinHint")}
        autoComplete="organization"
        maxLength={150}
        error={fieldMessage(errors.organizationName?.message)}
        registration={register("organizationName")}
      />
      <Button type="submit" disabled={isSubmitting}>{isSubmitting ? t("saving") : t("joinSubmit")}</Button>
    </form>
  );
}
