-- When the editors' daily digest last went out (features/moderation/digest.ts): the next digest
-- lists registrations and submissions since then. Null until the first digest.
ALTER TABLE "Settings" ADD COLUMN "lastEditorDigestAt" DATETIME;
