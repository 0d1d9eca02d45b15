"use server";

import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { defineAction, formFields } from "@/lib/action";
import type { ActionResult } from "@/lib/errors";
import { saveLegalTextFor } from "./legal-mutations";

type State = ActionResult<{ version: number | null }> | null;

async function replyText(key: "saved" | "unchanged" | "published", values?: Record<string, number>): Promise<string> {
  const t = await getTranslations("LegalAdmin");
  return t(key, values);
}

export const saveLegalTextAction = defineAction({
  args: (_previous: State, formData: FormData) => formFields(formData, ["kind", "locale", "title", "body", "newVersion"]),
  schema: z.record(z.string(), z.unknown()),
  run: (user, input) => saveLegalTextFor(user, input),
  // The footer links every page to these texts; the terms page and the acceptance gate read them.
  revalidate: ["/"],
  reply: async ({ changedFields, version }) => ({
    data: { version },
    message: await (version !== null ? replyText("published", { version }) : replyText(changedFields.length > 0 ? "saved" : "unchanged")),
  }),
});
