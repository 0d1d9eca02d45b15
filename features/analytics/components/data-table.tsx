import type { ChartTable } from "../charts";

/** A chart's data as an accessible table (caption, column headers, first column as row headers). */
export function DataTable({ table, emptyText }: { table: ChartTable; emptyText: string }) {
  if (table.rows.length === 0) return <p className="text-slate-700">{emptyText}</p>;
  return (
    <div className="relative overflow-x-auto">
      <table className="min-w-full border-collapse text-sm">
        <caption className="sr-only">{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((column, i) => (
              <th key={i} scope="col" className={`border-b border-slate-300 px-2 py-1 ${i === 0 ? "text-start" : "text-end"}`}>
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r} className="odd:bg-slate-50">
              {row.map((cell, c) =>
                c === 0 ? (
                  <th key={c} scope="row" className="px-2 py-1 text-start font-normal">
                    {cell}
                  </th>
                ) : (
                  <td key={c} className={`px-2 py-1 ${typeof cell === "number" ? "text-end tabular-nums" : "text-start"}`}>
                    {cell}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
