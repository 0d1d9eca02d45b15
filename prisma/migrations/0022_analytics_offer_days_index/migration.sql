-- Filtered demand totals (features/analytics/queries/contact-clicks.ts): the days of every matching
-- offer in ONE probe, all metrics together. The (metric, offerId, day, …) index of 0017 needs one
-- probe per metric and offer: with a filter that matches most offers ("free") that was 3 × 77,000
-- probes, p95 473 ms on a quiet machine (target 300). Partial: provider rows (offerId 0) never use it.
CREATE INDEX "AnalyticsDaily_offer_days_idx" ON "AnalyticsDaily"("offerId", "day", "metric", "key", "count") WHERE "offerId" <> 0;
