"use client";

import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type BarDatum = { label: string; value: number; highlight?: boolean };

const BAR = "#1d4ed8";
const HIGHLIGHT = "#b45309";

/**
 * A bar chart for the planner area. `horizontal` puts the labels on the left, one row per bar (long
 * names stay legible on a 360 px phone); otherwise columns (weeks). The chart is hidden from screen
 * readers: each chart has its table right below (features/analytics/components/chart-section.tsx).
 */
export function AnalyticsBarChart({
  data,
  horizontal = false,
  valueLabel,
}: {
  data: BarDatum[];
  horizontal?: boolean;
  valueLabel: string;
}) {
  if (data.length === 0) return null;
  const height = horizontal ? Math.max(120, data.length * 30 + 40) : 260;
  const longest = Math.max(...data.map((d) => d.label.length));
  return (
    <div aria-hidden="true" dir="ltr" className="w-full" style={{ height }}>
      <ResponsiveContainer width="100%" height="100%">
        {horizontal ? (
          <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" allowDecimals={false} tick={{ fontSize: 12 }} />
            <YAxis type="category" dataKey="label" width={Math.min(140, 12 + longest * 7)} tick={{ fontSize: 12 }} interval={0} />
            <Tooltip formatter={(value) => [value, valueLabel]} />
            <Bar dataKey="value" isAnimationActive={false}>
              {data.map((d, i) => (
                <Cell key={i} fill={d.highlight ? HIGHLIGHT : BAR} />
              ))}
            </Bar>
          </BarChart>
        ) : (
          <BarChart data={data} margin={{ top: 4, right: 8, bottom: 4, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="label" tick={{ fontSize: 11 }} minTickGap={8} />
            <YAxis allowDecimals={false} width={40} tick={{ fontSize: 12 }} />
            <Tooltip formatter={(value) => [value, valueLabel]} />
            <Bar dataKey="value" isAnimationActive={false}>
              {data.map((d, i) => (
                <Cell key={i} fill={d.highlight ? HIGHLIGHT : BAR} />
              ))}
            </Bar>
          </BarChart>
        )}
      </ResponsiveContainer>
    </div>
  );
}
