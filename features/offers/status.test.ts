import { describe, expect, it } from "vitest";
import { canTransition, PROVIDER_TRANSITIONS, providerTransition, publishedAtAfter, saveButtons } from "./status";

describe("provider status rules", () => {
  const off = { requireApproval: false };
  const on = { requireApproval: true };

  it("publishing leads to PUBLISHED, or to review when the portal requires approval", () => {
    expect(providerTransition(null, "publish", off)).toEqual({ status: "PUBLISHED" });
    expect(providerTransition(null, "publish", on)).toEqual({ status: "PENDING_REVIEW" });
    expect(providerTransition("DRAFT", "publish", on)).toEqual({ status: "PENDING_REVIEW" });
    expect(providerTransition(null, "draft", on)).toEqual({ status: "DRAFT" });
  });

  it("published offers are changed in place, or through a revision with approval; never demoted by a draft save", () => {
    expect(providerTransition("PUBLISHED", "publish", off)).toEqual({ status: "PUBLISHED" });
    expect(providerTransition("PUBLISHED", "publish", on)).toEqual({ revision: true });
    expect(providerTransition("PUBLISHED", "draft", off)).toEqual({ refused: "status.publishedNoDraft" });
  });

  it("blocked offers stay blocked; rejected ones go back to review", () => {
    for (const intent of ["publish", "deactivate", "reactivate"] as const) {
      expect(providerTransition("BLOCKED", intent, off)).toEqual({ refused: "status.blocked" });
    }
    expect(providerTransition("BLOCKED", "draft", off)).toEqual({ status: "BLOCKED" });
    expect(providerTransition("REJECTED", "publish", off)).toEqual({ status: "PENDING_REVIEW" });
  });

  it("deactivate archives, reactivate brings an archived offer back as a draft", () => {
    for (const status of ["DRAFT", "PENDING_REVIEW", "PUBLISHED", "REJECTED"] as const) {
      expect(providerTransition(status, "deactivate", on)).toEqual({ status: "ARCHIVED" });
      expect(providerTransition(status, "reactivate", on)).toHaveProperty("refused");
    }
    expect(providerTransition("ARCHIVED", "reactivate", on)).toEqual({ status: "DRAFT" });
  });

  it("canTransition: providers only along the table, editors anywhere", () => {
    expect(canTransition("PUBLISHED", "ARCHIVED", { actor: "provider", requireOfferApproval: false })).toBe(true);
    expect(canTransition("ARCHIVED", "DRAFT", { actor: "provider", requireOfferApproval: true })).toBe(true);
    expect(canTransition("BLOCKED", "ARCHIVED", { actor: "provider", requireOfferApproval: false })).toBe(false);
    expect(canTransition("DRAFT", "PUBLISHED", { actor: "provider", requireOfferApproval: true })).toBe(false);
    expect(canTransition("BLOCKED", "PUBLISHED", { actor: "editor", requireOfferApproval: true })).toBe(true);
  });

  it("the table covers every status and intent", () => {
    for (const row of Object.values(PROVIDER_TRANSITIONS))
      expect(Object.keys(row).sort()).toEqual(["deactivate", "draft", "publish", "reactivate"]);
  });

  it("publishedAt is set on first publication only", () => {
    const first = new Date("2026-01-01T00:00:00Z");
    const now = new Date("2026-02-01T00:00:00Z");
    expect(publishedAtAfter("PUBLISHED", null, now)).toBe(now);
    expect(publishedAtAfter("PUBLISHED", first, now)).toBe(first);
    expect(publishedAtAfter("DRAFT", null, now)).toBeNull();
  });

  it("form buttons follow the rules", () => {
    expect(saveButtons(null, off)).toEqual({ draft: true, publish: "publish" });
    expect(saveButtons(null, on)).toEqual({ draft: true, publish: "submit" });
    expect(saveButtons("PUBLISHED", on)).toEqual({ draft: false, publish: "saveChanges" });
    expect(saveButtons("BLOCKED", off)).toEqual({ draft: true, publish: null });
    expect(saveButtons("REJECTED", off)).toEqual({ draft: true, publish: "submit" });
  });
});
