import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { ActionResult } from "@/lib/errors";
import { REASON_MAX_LENGTH } from "../schemas";
import { RETENTION_DAYS } from "../trash";
import { DecisionForm } from "./decision-form";

// The parts the editors' review pages of an offer and of a provider share: titled sections and the
// "delete into the trash" form at the bottom.

export function ReviewSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col gap-2">
      <h2 id={id} className="text-xl font-semibold">
        {title}
      </h2>
      {children}
    </section>
  );
}

type DeleteAction = (previous: ActionResult<{ status: string }> | null, formData: FormData) => Promise<ActionResult<{ status: string }>>;

/** Deletes the reviewed offer or provider into the trash (restorable for RETENTION_DAYS), with an optional reason. */
export async function TrashSection({
  kind,
  action,
  hidden,
}: {
  kind: "offer" | "organization";
  action: DeleteAction;
  hidden: Record<string, string>;
}) {
  const [t, ta] = await Promise.all([getTranslations("Editorial"), getTranslations("EditorialAct")]);
  return (
    <ReviewSection id="delete" title={ta(`delete.${kind}Heading`)}>
      <DecisionForm
        action={action}
        hidden={hidden}
        buttons={[{ value: "delete", label: ta(`delete.${kind}Button`), tone: "danger" }]}
        reasonMaxLength={REASON_MAX_LENGTH}
        labels={{
          intro: ta(`delete.${kind}Intro`, { days: RETENTION_DAYS }),
          reasonLabel: ta("delete.reasonLabel"),
          reasonHint: ta("delete.reasonHint", { max: REASON_MAX_LENGTH }),
          pending: t("decision.pending"),
        }}
      />
    </ReviewSection>
  );
}
