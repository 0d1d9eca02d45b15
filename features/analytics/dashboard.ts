import "server-only";
import type { SessionUser } from "@/features/accounts/types";
import { ForbiddenError } from "@/lib/errors";
import { addDays, todayLocal } from "@/lib/dates";
import { loadDashboard, type DashboardData } from "./charts";
import { assertCanViewAnalytics, canViewProviderStatistics } from "./permissions";
import type { AnalyticsFilter } from "./schemas";
import { offersTable } from "./queries/offers-table";
import { PROVIDER_STATS_MONTHS, providerMonthlyStats, type ProviderMonthRow } from "./queries/provider-stats";

// The entry points pages use: each checks who asks before it reads anything.

/** Every chart of the planner area for `filter` (planners, editors, admins; ForbiddenError otherwise). */
export async function plannerDashboardFor(
  user: SessionUser | null,
  filter: AnalyticsFilter,
  locale: string,
  now = new Date(),
): Promise<DashboardData> {
  assertCanViewAnalytics(user);
  return loadDashboard(filter, locale, now);
}

/** One page of the current and past offers table (same rule). */
export async function plannerOffersTableFor(user: SessionUser | null, filter: AnalyticsFilter, page: number, now = new Date()) {
  assertCanViewAnalytics(user);
  return offersTable(filter, { page, now });
}

/** An organisation's monthly views and contact clicks of its own offers; members of that organisation only. */
export async function providerStatisticsFor(
  user: SessionUser | null,
  organizationId: number,
  now = new Date(),
): Promise<ProviderMonthRow[]> {
  if (!canViewProviderStatistics(user, organizationId)) throw new ForbiddenError();
  const from = `${addDays(todayLocal(now), -31 * (PROVIDER_STATS_MONTHS - 1)).slice(0, 7)}-01`;
  return providerMonthlyStats(organizationId, from);
}
