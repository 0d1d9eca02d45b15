import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { actionError, AppError, ForbiddenError, NotFoundError, toAppError, UnauthorizedError, ValidationError } from "./errors";

const MESSAGES: Record<string, string> = {
  "ActionErrors.forbidden": "Dazu haben Sie keine Berechtigung.",
  "ActionErrors.validation": "Bitte prüfen Sie Ihre Eingaben.",
  "ActionErrors.unexpected": "Das hat leider nicht geklappt.",
  "Offers.titleRequired": "Bitte geben Sie einen Titel ein.",
};
const translate = Object.assign((key: string) => MESSAGES[key] ?? `missing:${key}`, { has: (key: string) => key in MESSAGES });

describe("typed errors", () => {
  it("carry status and a translatable code", () => {
    expect(new UnauthorizedError()).toMatchObject({ status: 401, code: "ActionErrors.unauthorized", name: "UnauthorizedError" });
    expect(new ForbiddenError()).toMatchObject({ status: 403, code: "ActionErrors.forbidden" });
    expect(new NotFoundError("Offers.notFound")).toMatchObject({ status: 404, code: "Offers.notFound" });
    expect(new ValidationError({ title: ["Offers.titleRequired"] })).toMatchObject({
      status: 400,
      fieldErrors: { title: ["Offers.titleRequired"] },
    });
    expect(new ForbiddenError()).toBeInstanceOf(AppError);
  });

  it("turns a ZodError into field errors by path", () => {
    const schema = z.object({
      title: z.string().min(1, "Offers.titleRequired"),
      address: z.object({ postalCode: z.string().length(5, "x") }),
    });
    const result = schema.safeParse({ title: "", address: { postalCode: "1" } });
    expect(toAppError(result.error)).toMatchObject({
      status: 400,
      fieldErrors: { title: ["Offers.titleRequired"], "address.postalCode": ["x"] },
    });
  });
});

describe("actionError", () => {
  it("translates the code and the field messages it knows", async () => {
    await expect(actionError(new ForbiddenError(), translate)).resolves.toEqual({
      ok: false,
      message: "Dazu haben Sie keine Berechtigung.",
      fieldErrors: {},
    });
    await expect(actionError(new ValidationError({ title: ["Offers.titleRequired", "Too long"] }), translate)).resolves.toEqual({
      ok: false,
      message: "Bitte prüfen Sie Ihre Eingaben.",
      fieldErrors: { title: ["Bitte geben Sie einen Titel ein.", "Too long"] },
    });
  });

  it("logs unexpected errors without personal data and answers generically", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      const result = await actionError(new Error("insert failed for max@example.org"), translate);
      expect(result).toEqual({ ok: false, message: "Das hat leider nicht geklappt.", fieldErrors: {} });
      const logged = spy.mock.calls.map((c) => String(c[0])).join("\n");
      expect(logged).toContain("unexpected error");
      expect(logged).not.toContain("max@example.org");
    } finally {
      spy.mockRestore();
    }
  });

  it("passes Next.js redirects on instead of reporting them", async () => {
    const redirectError = Object.assign(new Error("NEXT_REDIRECT"), { digest: "NEXT_REDIRECT;replace;/de/anmelden;307;" });
    await expect(actionError(redirectError, translate)).rejects.toBe(redirectError);
  });
});

describe("database lock errors", () => {
  it("become a translated 'try again' instead of an unexpected error", async () => {
    // The logger writes warn and error lines to stderr (console.error).
    const stderr = vi.spyOn(console, "error").mockImplementation(() => {});
    try {
      // What Prisma throws when lib/db's adapter gave up waiting for another process's lock.
      const locked = Object.assign(new Error("Operation has timed out"), {
        code: "P1008",
        meta: {
          driverAdapterError: {
            cause: {
              kind: "SocketTimeout",
              originalCode: "SQLITE_BUSY",
              originalMessage: "database is locked by another process (waited 5001 ms)",
            },
          },
        },
      });
      expect(toAppError(locked)).toMatchObject({ status: 503, code: "ActionErrors.databaseBusy" });
      const translateBusy = Object.assign((key: string) => (key === "ActionErrors.databaseBusy" ? "Bitte gleich noch einmal." : key), {
        has: () => true,
      });
      await expect(actionError(locked, translateBusy)).resolves.toEqual({
        ok: false,
        message: "Bitte gleich noch einmal.",
        fieldErrors: {},
      });
      const logged = stderr.mock.calls.map((c) => JSON.parse(String(c[0])) as { level: string; msg: string });
      expect(logged.map((entry) => entry.level)).toEqual(["warn", "warn"]);
      expect(logged[0].msg).toContain("database is locked by another process");
    } finally {
      stderr.mockRestore();
    }
  });
});
