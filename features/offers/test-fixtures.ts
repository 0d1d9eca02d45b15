import type { OfferFormValues } from "./schemas";

// Valid offer form values for integration tests: a weekly online course for the 2026/27 school
// year. Titles are numbered so every offer gets its own slug; `overrides` replace whole fields.

let counter = 0;

export function offerFormValues(organizationId: number, categoryId: number, overrides: Partial<OfferFormValues> = {}): OfferFormValues {
  counter += 1;
  return {
    organizationId,
    title: `Zirkusschule ${counter}`,
    summary: "Jonglieren für Kinder",
    categoryIds: [categoryId],
    targetGroupIds: [],
    schedule: {
      kind: "WEEKLY",
      windows: [{ weekday: 2, startTime: "16:00", endTime: "17:30" }],
      startDate: "2026-09-01",
      endDate: "2027-06-30",
      intervalWeeks: 1,
      exceptions: [],
    },
    location: { type: "ONLINE", onlineUrl: "https://example.test/live" },
    isFree: true,
    languages: ["de"],
    accessibilityFeatures: [],
    images: [],
    ...overrides,
  };
}
