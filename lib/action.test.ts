import { revalidatePath } from "next/cache";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/features/accounts/types";

const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { defineAction, definePublicAction, formFields } = await import("./action");
const { ForbiddenError } = await import("./errors");
const { IdSchema } = await import("./ids");

const anna: SessionUser = { id: 7, email: "anna@example.org", name: "Anna", role: "NONE", locale: "de", memberships: [] };

describe("the action pipeline", () => {
  beforeEach(() => {
    session.user = anna;
    vi.mocked(revalidatePath).mockClear();
  });

  const rename = defineAction({
    args: (offerId: unknown, title: unknown) => ({ offerId, title }),
    schema: z.object({ offerId: IdSchema, title: z.string().min(1, "OfferForm.errors.titleRequired") }),
    run: async (user, { offerId, title }) => {
      if (title === "forbidden") throw new ForbiddenError();
      if (title === "boom") throw new Error("database is locked");
      return { offerId, by: user.id };
    },
    revalidate: ["/[locale]"],
  });

  it("runs the mutation with the user and the parsed input, then revalidates", async () => {
    await expect(rename("12", "Neu")).resolves.toEqual({ ok: true, data: { offerId: 12, by: 7 } });
    expect(revalidatePath).toHaveBeenCalledWith("/[locale]", "layout");
  });

  it("refuses without a session and answers a malformed id like a missing record", async () => {
    session.user = null;
    await expect(rename(12, "Neu")).resolves.toMatchObject({ ok: false, message: "Bitte melden Sie sich an." });
    session.user = anna;
    await expect(rename("12; DROP TABLE", "Neu")).resolves.toMatchObject({
      ok: false,
      message: "Der Eintrag wurde nicht gefunden.",
      fieldErrors: {},
    });
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("answers invalid input per field, expected errors with their message and unexpected ones generically", async () => {
    const invalid = await rename(12, "");
    expect(invalid).toMatchObject({ ok: false, fieldErrors: { title: ["Bitte geben Sie einen Titel ein."] } });
    await expect(rename(12, "forbidden")).resolves.toMatchObject({ ok: false, message: "Dazu haben Sie keine Berechtigung." });
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const unexpected = await rename(12, "boom");
      expect(unexpected).toMatchObject({ ok: false });
      expect(JSON.stringify(unexpected)).not.toContain("locked");
    } finally {
      spy.mockRestore();
    }
  });

  it("lets public actions run without a session and redirects outside the error handling", async () => {
    session.user = null;
    const echo = definePublicAction({
      schema: z.unknown(),
      run: (user, input) => ({ user, input }),
      reply: (data) => ({ data, message: "ok" }),
    });
    await expect(echo("x")).resolves.toEqual({ ok: true, data: { user: null, input: "x" }, message: "ok" });
    const redirected = new Error("redirect without digest");
    const go = definePublicAction({ schema: z.unknown(), run: () => 1, redirect: async () => Promise.reject(redirected) });
    await expect(go(null)).rejects.toBe(redirected);
  });

  it("reads form fields as text or null", () => {
    const data = new FormData();
    data.set("offerId", "3");
    data.set("file", new Blob(["x"]));
    expect(formFields(data, ["offerId", "file", "missing"])).toEqual({ offerId: "3", file: null, missing: null });
  });
});
