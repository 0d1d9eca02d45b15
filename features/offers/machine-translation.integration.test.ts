import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "@/features/accounts/types";
import { suggestProfileTranslationFor } from "@/features/organizations/machine-translation";
import { createTwoOrganizations, sessionUser } from "@/features/organizations/test-fixtures";
import { AppError } from "@/lib/errors";
import { machineTranslationEnabled, TRANSLATE_MAX_RESPONSE_BYTES } from "@/lib/machine-translation";
// Not a React hook: registers beforeAll/afterAll for this file's own database.
import { useTestDatabase as withTestDatabase } from "@/test/helpers/db";
import { suggestOfferTranslationFor } from "./machine-translation";
import { createOfferFor } from "./mutations";
import { offerFormValues } from "./test-fixtures";

// "Vorschlag übersetzen" (issue 14) against a small local server speaking the LibreTranslate API:
// what is sent, what comes back, every failure as one translated message, the save's permission,
// and nothing stored until the form is saved. The actions run through the real action pipeline
// with only the session and the request-bound translator swapped.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/features/accounts/session", async () => (await import("@/test/helpers/action-context")).actionSessionModule(session));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next-intl/server", async () => (await import("@/test/helpers/action-context")).germanTranslationsModule());

const { suggestOfferTranslationAction } = await import("./actions");
const { suggestProfileTranslation } = await import("@/features/organizations/actions");

type Behaviour = "ok" | "slow" | "error" | "garbage" | "wrong-count" | "huge";
let behaviour: Behaviour = "ok";
const requests: { path: string; body: Record<string, unknown> }[] = [];

const server = http.createServer((req, res) => {
  let raw = "";
  req.on("data", (chunk: Buffer) => (raw += chunk.toString("utf8")));
  req.on("end", () => {
    const body = JSON.parse(raw) as Record<string, unknown>;
    requests.push({ path: req.url ?? "", body });
    if (behaviour === "slow") return void setTimeout(() => res.end("{}"), 2000);
    if (behaviour === "error") {
      res.statusCode = 429;
      return void res.end(JSON.stringify({ error: "Too many requests" }));
    }
    res.setHeader("content-type", "application/json");
    if (behaviour === "garbage") return void res.end("<html>not json");
    const q = body.q as string[];
    if (behaviour === "wrong-count") return void res.end(JSON.stringify({ translatedText: q.slice(1) }));
    if (behaviour === "huge")
      return void res.end(JSON.stringify({ translatedText: q.map(() => "x".repeat(TRANSLATE_MAX_RESPONSE_BYTES)) }));
    res.end(JSON.stringify({ translatedText: q.map((text) => `[${body.target}] ${text}`) }));
  });
});

const db = withTestDatabase();
let base = "";
let orgs: Awaited<ReturnType<typeof createTwoOrganizations>>;
let adminA: SessionUser;
let memberA: SessionUser;
let adminB: SessionUser;
let editor: SessionUser;
let offerA: number;
let offerB: number;

const texts = { title: "Zirkusschule", summary: "Jonglieren für Kinder", description: "" };

async function codeOf(promise: Promise<unknown>): Promise<string> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).code;
}

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/lt/`;
  orgs = await createTwoOrganizations(db.prisma);
  [adminA, memberA, adminB, editor] = await Promise.all([orgs.adminA, orgs.memberA, orgs.adminB, orgs.editor].map(sessionUser));
  const category = (await db.prisma.category.create({ data: { slug: "kultur", name: "Kultur" } })).id;
  offerA = (await createOfferFor(memberA, offerFormValues(orgs.orgA, category), "draft")).id;
  offerB = (await createOfferFor(adminB, offerFormValues(orgs.orgB, category), "draft")).id;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

afterEach(() => {
  delete process.env.TRANSLATE_URL;
  delete process.env.TRANSLATE_API_KEY;
  behaviour = "ok";
  requests.length = 0;
  session.user = null;
});

describe("offer translation suggestions", () => {
  it("sends only the non-empty German texts as one LibreTranslate batch and stores nothing", async () => {
    process.env.TRANSLATE_URL = base;
    process.env.TRANSLATE_API_KEY = "geheim";
    expect(machineTranslationEnabled()).toBe(true);
    session.user = memberA;
    const result = await suggestOfferTranslationAction({ organizationId: orgs.orgA, offerId: offerA, target: "uk", ...texts });
    expect(result).toEqual({
      ok: true,
      data: { title: "[uk] Zirkusschule", summary: "[uk] Jonglieren für Kinder", description: "" },
    });
    expect(requests).toEqual([
      {
        path: "/lt/translate",
        body: { q: ["Zirkusschule", "Jonglieren für Kinder"], source: "de", target: "uk", format: "text", api_key: "geheim" },
      },
    ]);
    expect(await db.prisma.offerTranslation.count()).toBe(0);
  });

  it("works for a new offer of the user's organisation and for editors, without an API key", async () => {
    process.env.TRANSLATE_URL = base;
    session.user = memberA;
    expect((await suggestOfferTranslationAction({ organizationId: orgs.orgA, offerId: null, target: "en", ...texts })).ok).toBe(true);
    session.user = editor;
    expect((await suggestOfferTranslationAction({ organizationId: orgs.orgB, offerId: offerB, target: "ar", ...texts })).ok).toBe(true);
    expect(requests.map((r) => [r.body.target, "api_key" in r.body])).toEqual([
      ["en", false],
      ["ar", false],
    ]);
  });

  it("refuses anonymous callers and another organisation's offer without calling the service", async () => {
    process.env.TRANSLATE_URL = base;
    const input = { organizationId: orgs.orgB, offerId: offerB, target: "en", ...texts };
    expect(await codeOf(suggestOfferTranslationFor(null, input))).toBe("ActionErrors.unauthorized");
    expect(await codeOf(suggestOfferTranslationFor(memberA, input))).toBe("ActionErrors.notFound");
    // Another organisation's offer under the user's own organisation id.
    expect(await codeOf(suggestOfferTranslationFor(memberA, { ...input, organizationId: orgs.orgA }))).toBe("ActionErrors.notFound");
    expect(await codeOf(suggestOfferTranslationFor(memberA, { ...input, offerId: null }))).toBe("ActionErrors.notFound");
    const anonymous = await suggestOfferTranslationAction(input);
    expect(anonymous.ok).toBe(false);
    expect(requests).toHaveLength(0);
  });

  it("answers each failure of the service with its own German message", async () => {
    process.env.TRANSLATE_URL = base;
    session.user = memberA;
    const input = { organizationId: orgs.orgA, offerId: offerA, target: "tr", ...texts };
    const messages: Record<string, string> = {};
    for (const b of ["error", "garbage", "wrong-count", "huge"] as const) {
      behaviour = b;
      const result = await suggestOfferTranslationAction(input);
      expect(result.ok).toBe(false);
      messages[b] = result.ok ? "" : result.message;
    }
    expect(messages).toEqual({
      error: "Der Übersetzungsdienst ist gerade nicht erreichbar. Bitte versuchen Sie es später noch einmal.",
      garbage: "Der Übersetzungsdienst hat eine unbrauchbare Antwort geschickt. Es wurde nichts geändert.",
      "wrong-count": "Der Übersetzungsdienst hat eine unbrauchbare Antwort geschickt. Es wurde nichts geändert.",
      huge: "Der Übersetzungsdienst hat eine unbrauchbare Antwort geschickt. Es wurde nichts geändert.",
    });
    expect(await db.prisma.offerTranslation.count()).toBe(0);
  });

  it("gives up after the timeout, and says so when the service is down or not configured", async () => {
    process.env.TRANSLATE_URL = base;
    behaviour = "slow";
    const input = { organizationId: orgs.orgA, offerId: offerA, target: "ru", ...texts };
    const started = Date.now();
    expect(await codeOf(suggestOfferTranslationFor(memberA, input, { timeoutMs: 200 }))).toBe("MachineTranslation.timeout");
    expect(Date.now() - started).toBeLessThan(1500);
    process.env.TRANSLATE_URL = "http://127.0.0.1:1/";
    expect(await codeOf(suggestOfferTranslationFor(memberA, input))).toBe("MachineTranslation.unavailable");
    delete process.env.TRANSLATE_URL;
    expect(machineTranslationEnabled()).toBe(false);
    expect(await codeOf(suggestOfferTranslationFor(memberA, input))).toBe("MachineTranslation.off");
  });

  it("refuses bad input: nothing to translate, an unknown language, oversized text", async () => {
    process.env.TRANSLATE_URL = base;
    const input = { organizationId: orgs.orgA, offerId: offerA, target: "en", ...texts };
    expect(await codeOf(suggestOfferTranslationFor(memberA, { ...input, title: " ", summary: "" }))).toBe(
      "MachineTranslation.nothingToTranslate",
    );
    expect(await codeOf(suggestOfferTranslationFor(memberA, { ...input, target: "de" }))).toBe("ActionErrors.validation");
    expect(await codeOf(suggestOfferTranslationFor(memberA, { ...input, description: "x".repeat(10_001) }))).toBe(
      "ActionErrors.validation",
    );
    expect(requests).toHaveLength(0);
  });
});

describe("profile translation suggestions", () => {
  const profileTexts = { target: "en", subline: "Verein für Kinder", summary: "", description: "Wir machen Zirkus." };

  it("translates the profile's German texts for its admins and editors", async () => {
    process.env.TRANSLATE_URL = base;
    session.user = adminA;
    expect(await suggestProfileTranslation(orgs.orgA, profileTexts)).toEqual({
      ok: true,
      data: { subline: "[en] Verein für Kinder", summary: "", description: "[en] Wir machen Zirkus." },
    });
    expect(await suggestProfileTranslationFor(editor, orgs.orgB, profileTexts)).toMatchObject({ subline: "[en] Verein für Kinder" });
    expect(await db.prisma.organizationTranslation.count()).toBe(0);
  });

  it("is refused like saving the profile: anonymous, plain members, other organisations", async () => {
    process.env.TRANSLATE_URL = base;
    expect(await codeOf(suggestProfileTranslationFor(null, orgs.orgA, profileTexts))).toBe("ActionErrors.unauthorized");
    expect(await codeOf(suggestProfileTranslationFor(memberA, orgs.orgA, profileTexts))).toBe("ActionErrors.forbidden");
    expect(await codeOf(suggestProfileTranslationFor(adminA, orgs.orgB, profileTexts))).toBe("ActionErrors.notFound");
    expect(requests).toHaveLength(0);
  });
});
