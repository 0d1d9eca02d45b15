import { getTranslations } from "next-intl/server";
import type { GapMatrix } from "../queries/gaps";

const LEVEL_CLASS = {
  empty: "bg-red-100 text-red-900 font-semibold",
  thin: "bg-amber-100 text-amber-950",
  ok: "",
} as const;
const LEVEL_MARK = { empty: "○", thin: "◔", ok: "" } as const;

/** The district × target group matrix: a table whose empty and thin cells are marked by colour, symbol and text. */
export async function GapMatrixTable({ gaps, caption }: { gaps: GapMatrix; caption: string }) {
  const t = await getTranslations("Analytics");
  if (gaps.districts.length === 0 || gaps.targetGroups.length === 0) return <p className="text-slate-700">{t("empty")}</p>;
  const label = { empty: t("legend.empty"), thin: t("legend.thin", { max: gaps.thinMax }), ok: t("legend.ok", { max: gaps.thinMax }) };
  return (
    <div className="flex flex-col gap-2">
      <ul aria-label={t("legend.label")} className="flex flex-wrap gap-3 text-sm">
        {(["empty", "thin", "ok"] as const).map((level) => (
          <li key={level} className="flex items-center gap-1">
            <span
              aria-hidden="true"
              className={`inline-block min-w-6 rounded border border-slate-300 px-1 text-center ${LEVEL_CLASS[level]}`}
            >
              {LEVEL_MARK[level] || "·"}
            </span>
            {label[level]}
          </li>
        ))}
      </ul>
      <div className="relative overflow-x-auto">
        <table className="min-w-full border-collapse text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-300 px-2 py-1 text-start">
                {t("columns.district")}
              </th>
              {gaps.targetGroups.map((g) => (
                <th key={g.id} scope="col" className="border-b border-slate-300 px-2 py-1 text-end">
                  {g.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {gaps.districts.map((d, i) => (
              <tr key={d.id}>
                <th scope="row" className="border-b border-slate-200 px-2 py-1 text-start font-normal">
                  {d.name}
                </th>
                {gaps.cells[i].map((cell, j) => (
                  <td
                    key={j}
                    className={`border-b border-slate-200 px-2 py-1 text-end tabular-nums ${LEVEL_CLASS[cell.level]}`}
                    data-level={cell.level}
                  >
                    {LEVEL_MARK[cell.level] ? <span aria-hidden="true">{LEVEL_MARK[cell.level]} </span> : null}
                    {cell.count}
                    {cell.level !== "ok" ? <span className="sr-only"> ({label[cell.level]})</span> : null}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
