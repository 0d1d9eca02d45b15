import type { OfferStatus } from "@/generated/prisma/enums";

// Provider-side status rules of an offer: what a save, publish, deactivate or reactivate leads to,
// given the current status and whether the portal requires editors to approve offers
// (Settings.requireOfferApproval). The moderation issue extends this to the editors' transitions.
// Pure, so the form (which buttons to show), the mutations and the tests read the same table.

export type ProviderIntent = "draft" | "publish" | "deactivate" | "reactivate";

/**
 * `status`: the offer gets this status (and its content is saved).
 * `revision`: the offer stays as the public sees it; the edit waits as an OfferRevision for review.
 * `refused`: nothing is saved; the message key (OfferForm namespace) says why.
 */
export type TransitionOutcome = { status: OfferStatus } | { revision: true } | { refused: string };

type ByApproval = { approvalOff: TransitionOutcome; approvalOn: TransitionOutcome };

const to = (status: OfferStatus): TransitionOutcome => ({ status });
const always = (outcome: TransitionOutcome): ByApproval => ({ approvalOff: outcome, approvalOn: outcome });
const publishing: ByApproval = { approvalOff: to("PUBLISHED"), approvalOn: to("PENDING_REVIEW") };
const refused = (key: string): ByApproval => always({ refused: key });

/** A new offer (no status yet) and every existing status × intent. */
export const PROVIDER_TRANSITIONS: Record<OfferStatus | "NEW", Record<ProviderIntent, ByApproval>> = {
  NEW: {
    draft: always(to("DRAFT")),
    publish: publishing,
    deactivate: refused("status.notSaved"),
    reactivate: refused("status.notSaved"),
  },
  DRAFT: {
    draft: always(to("DRAFT")),
    publish: publishing,
    deactivate: always(to("ARCHIVED")),
    reactivate: refused("status.notArchived"),
  },
  // Saving a draft takes a submitted offer back out of the review queue.
  PENDING_REVIEW: {
    draft: always(to("DRAFT")),
    publish: publishing,
    deactivate: always(to("ARCHIVED")),
    reactivate: refused("status.notArchived"),
  },
  // A published offer is never demoted silently: its form offers "save changes" (= publish).
  PUBLISHED: {
    draft: refused("status.publishedNoDraft"),
    publish: { approvalOff: to("PUBLISHED"), approvalOn: { revision: true } },
    deactivate: always(to("ARCHIVED")),
    reactivate: refused("status.notArchived"),
  },
  // An editor declined it: the provider may edit and resubmit; an editor looks at it again.
  REJECTED: {
    draft: always(to("REJECTED")),
    publish: always(to("PENDING_REVIEW")),
    deactivate: always(to("ARCHIVED")),
    reactivate: refused("status.notArchived"),
  },
  // Blocked by editors: the content may be corrected, but only an editor can lift the block.
  BLOCKED: {
    draft: always(to("BLOCKED")),
    publish: refused("status.blocked"),
    deactivate: refused("status.blocked"),
    reactivate: refused("status.blocked"),
  },
  // Deactivated by the provider: saving keeps it deactivated until it is published again.
  ARCHIVED: {
    draft: always(to("ARCHIVED")),
    publish: publishing,
    deactivate: always(to("ARCHIVED")),
    // Back as a draft: old content is checked and published as a separate step.
    reactivate: always(to("DRAFT")),
  },
};

/** The outcome of `intent` on an offer in `current` status (null = a new offer). */
export function providerTransition(
  current: OfferStatus | null,
  intent: ProviderIntent,
  { requireApproval }: { requireApproval: boolean },
): TransitionOutcome {
  const row = PROVIDER_TRANSITIONS[current ?? "NEW"][intent];
  return requireApproval ? row.approvalOn : row.approvalOff;
}

export function isRefused(outcome: TransitionOutcome): outcome is { refused: string } {
  return "refused" in outcome;
}

export type TransitionActor = "provider" | "editor";

/**
 * Whether `actor` may move an offer from `from` to `to` directly (list actions such as deactivate
 * and reactivate). Providers: only what one of their intents leads to. Editors and admins may set
 * any status (the moderation issue narrows this with its own rules).
 */
export function canTransition(
  from: OfferStatus,
  to: OfferStatus,
  { actor, requireOfferApproval }: { actor: TransitionActor; requireOfferApproval: boolean },
): boolean {
  if (actor === "editor") return true;
  const intents: ProviderIntent[] = ["draft", "publish", "deactivate", "reactivate"];
  return intents.some((intent) => {
    const outcome = providerTransition(from, intent, { requireApproval: requireOfferApproval });
    return "status" in outcome && outcome.status === to;
  });
}

/** publishedAt is the first publication: set once, kept on later saves. */
export function publishedAtAfter(status: OfferStatus, publishedAt: Date | null, now: Date): Date | null {
  return status === "PUBLISHED" && publishedAt === null ? now : publishedAt;
}

/** Which save buttons the form shows for an offer in `current` status. */
export function saveButtons(
  current: OfferStatus | null,
  { requireApproval }: { requireApproval: boolean },
): {
  draft: boolean;
  publish: "publish" | "submit" | "saveChanges" | null;
} {
  const draft = !isRefused(providerTransition(current, "draft", { requireApproval }));
  const outcome = providerTransition(current, "publish", { requireApproval });
  if (isRefused(outcome)) return { draft, publish: null };
  if (current === "PUBLISHED") return { draft, publish: "saveChanges" };
  return { draft, publish: "status" in outcome && outcome.status === "PENDING_REVIEW" ? "submit" : "publish" };
}
