-- The home page's intro text in every interface locale (issue 14): German and English existed.
ALTER TABLE "Settings" ADD COLUMN "introTextTr" TEXT;
ALTER TABLE "Settings" ADD COLUMN "introTextAr" TEXT;
ALTER TABLE "Settings" ADD COLUMN "introTextUk" TEXT;
ALTER TABLE "Settings" ADD COLUMN "introTextRu" TEXT;
