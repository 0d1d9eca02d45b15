import { describe, expect, it } from "vitest";
import de from "@/messages/de.json";
import en from "@/messages/en.json";
import { SCHEDULE_MESSAGE_KEYS } from "./schedule-schema";
import { OFFER_MESSAGE_KEYS, OfferInputSchema, type OfferFormValues } from "./schemas";
import { PROVIDER_TRANSITIONS } from "./status";

const base: OfferFormValues = {
  organizationId: 1,
  title: "  Kinderturnen  ",
  categoryIds: [3, 3],
  targetGroupIds: [],
  languages: [],
  accessibilityFeatures: [],
  images: [],
  schedule: { kind: "PERMANENT" },
  location: { type: "NONE" },
};

function lookup(messages: unknown, key: string): unknown {
  return key
    .split(".")
    .reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

describe("OfferInputSchema", () => {
  it("trims text, turns empty fields into null, removes duplicate ids and applies defaults", () => {
    const parsed = OfferInputSchema.parse({ ...base, summary: "   ", ageMin: "", costAmount: "" });
    expect(parsed).toMatchObject({
      title: "Kinderturnen",
      summary: null,
      ageMin: null,
      costAmount: null,
      categoryIds: [3],
      access: "UNKNOWN",
      isFree: false,
    });
  });

  it("reads euros as typed and stores cents", () => {
    for (const [typed, cents] of [
      ["12", 1200],
      ["12,5", 1250],
      ["12.50", 1250],
      ["0,99 €", 99],
      [7, 700],
    ] as const) {
      expect(OfferInputSchema.parse({ ...base, costAmount: typed }).costAmount).toBe(cents);
    }
    expect(OfferInputSchema.safeParse({ ...base, costAmount: "12,555" }).success).toBe(false);
    expect(OfferInputSchema.safeParse({ ...base, costAmount: "-3" }).success).toBe(false);
  });

  it("keeps HTML as text and strips control characters", () => {
    expect(OfferInputSchema.parse({ ...base, title: "<b>A</b>\u0000B" }).title).toBe("<b>A</b>B");
  });

  it("accepts only https links and upload paths", () => {
    expect(OfferInputSchema.safeParse({ ...base, videoUrl: "https://video.example.org/x" }).success).toBe(true);
    for (const videoUrl of ["http://x.org", "javascript:alert(1)", "https://user:pw@x.org", "nope"]) {
      expect(OfferInputSchema.safeParse({ ...base, videoUrl }).success).toBe(false);
    }
    for (const path of ["/uploads/../../etc/passwd", "https://evil.example/x.webp", "/uploads/ab/x.svg"]) {
      expect(OfferInputSchema.safeParse({ ...base, images: [{ path, alt: "x" }] }).success).toBe(false);
    }
  });
});

describe("offer form messages", () => {
  const keys = [
    ...OFFER_MESSAGE_KEYS,
    ...SCHEDULE_MESSAGE_KEYS,
    ...Object.values(PROVIDER_TRANSITIONS).flatMap((row) =>
      Object.values(row).flatMap((byApproval) =>
        Object.values(byApproval).flatMap((outcome) => ("refused" in outcome ? [outcome.refused] : [])),
      ),
    ),
  ];

  it.each([
    ["de", de],
    ["en", en],
  ])("%s has every key the schema and the status rules produce", (_locale, messages) => {
    const missing = [...new Set(keys)].filter((key) => typeof lookup((messages as Record<string, unknown>).OfferForm, key) !== "string");
    expect(missing).toEqual([]);
  });
});
