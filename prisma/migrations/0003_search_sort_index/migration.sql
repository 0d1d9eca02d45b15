-- A–Z without a keyword walks the offers in title order and stops after the page, instead of
-- reading and sorting every visible offer (see features/search/offer-search.ts, docs/PERFORMANCE.md).

-- CreateIndex
CREATE INDEX "OfferSearchDocument_titleKey_offerId_idx" ON "OfferSearchDocument"("titleKey", "offerId");
