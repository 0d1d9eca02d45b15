-- Portal settings admins keep themselves (features/settings): favicon, contact and footer links.
ALTER TABLE "Settings" ADD COLUMN "faviconPath" TEXT;
ALTER TABLE "Settings" ADD COLUMN "contactAddress" TEXT;
ALTER TABLE "Settings" ADD COLUMN "contactPhone" TEXT;
ALTER TABLE "Settings" ADD COLUMN "footerLinks" TEXT NOT NULL DEFAULT '[]';

-- Old and new values of configuration changes (settings, vocabularies) for the audit log.
ALTER TABLE "AuditLog" ADD COLUMN "changes" TEXT;

-- Former slugs of categories: old search links keep finding the (renamed or merged) category.
CREATE TABLE "CategorySlugAlias" (
    "slug" TEXT NOT NULL PRIMARY KEY,
    "categoryId" INTEGER NOT NULL,
    CONSTRAINT "CategorySlugAlias_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "CategorySlugAlias_categoryId_idx" ON "CategorySlugAlias"("categoryId");
