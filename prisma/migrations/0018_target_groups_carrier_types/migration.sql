-- Former slugs of target groups: old search links (?zielgruppe=old) keep finding the renamed or
-- merged target group (features/settings/target-group-mutations.ts), like CategorySlugAlias.
CREATE TABLE "TargetGroupSlugAlias" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "targetGroupId" INTEGER NOT NULL,
    CONSTRAINT "TargetGroupSlugAlias_targetGroupId_fkey" FOREIGN KEY ("targetGroupId") REFERENCES "TargetGroup" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "TargetGroupSlugAlias_targetGroupId_idx" ON "TargetGroupSlugAlias"("targetGroupId");

-- The admins' order of the target groups (filters, forms).
CREATE INDEX "TargetGroup_position_idx" ON "TargetGroup"("position");

-- Admins' names for the carrier types per language; a missing row falls back to the messages files.
CREATE TABLE "CarrierTypeLabel" (
    "type" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "name" TEXT NOT NULL,

    PRIMARY KEY ("type", "locale")
);
