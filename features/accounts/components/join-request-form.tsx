"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useTranslations } from "next-intl";
import { useRouter } from "@/i18n/navigation";
import { joinRequestAction } from "../actions";
import { JoinRequestSchema, type JoinRequestInput } from "../schemas";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { StatusMessage } from "@/components/ui/notice";
import { useAccountForm, useFieldMessage } from "./form-parts";

/** A signed-in user asks to join an organisation by its exact name (no list to choose from). */
export function JoinRequestForm() {
  const t = useTranslations("AccountSettings");
  const fieldMessage = useFieldMessage();
  const router = useRouter();
  const {
    form: {
      register,
      handleSubmit,
      reset,
      formState: { errors, isSubmitting },
    },
    status,
    setStatus,
    failed,
  } = useAccountForm({ resolver: zodResolver(JoinRequestSchema), defaultValues: { organizationName: "" } satisfies JoinRequestInput }, [
    "organizationName",
  ]);

  async function onSubmit(values: JoinRequestInput) {
    setStatus(null);
    const result = await joinRequestAction(values);
    if (result.ok) {
      reset();
      setStatus({ kind: "success", text: t("joinSent", { organization: result.data.organizationName }) });
      router.refresh();
    } else failed(result);
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
      <Button type="submit" disabled={isSubmitting}>
        {isSubmitting ? t("saving") : t("joinSubmit")}
      </Button>
    </form>
  );
}
