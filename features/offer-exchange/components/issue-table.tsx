import { useTranslations } from "next-intl";
import type { PreviewIssue } from "../import-flow";

// The preview's errors or warnings: row, column and the translated message, as a table (a list on
// narrow screens would lose the row/column pairing; the table scrolls sideways instead).

export function IssueTable({
  tone,
  title,
  intro,
  issues,
  more,
}: {
  tone: "error" | "warning";
  title: string;
  intro?: string;
  issues: PreviewIssue[];
  more: number;
}) {
  const t = useTranslations("OfferExchange.preview");
  const border = tone === "error" ? "border-red-300 bg-red-50" : "border-amber-300 bg-amber-50";
  return (
    <section className={`flex flex-col gap-2 rounded border p-3 ${border}`}>
      <h3 className={`font-semibold ${tone === "error" ? "text-red-900" : "text-amber-900"}`}>{title}</h3>
      {intro ? <p className="text-slate-900">{intro}</p> : null}
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-start text-sm">
          <thead>
            <tr>
              <th scope="col" className="border-b border-slate-300 p-2 text-start">
                {t("row")}
              </th>
              <th scope="col" className="border-b border-slate-300 p-2 text-start">
                {t("column")}
              </th>
              <th scope="col" className="border-b border-slate-300 p-2 text-start">
                {t("message")}
              </th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue, index) => (
              <tr key={index} className="align-top">
                <td className="border-b border-slate-200 p-2 tabular-nums">{issue.row}</td>
                <td className="border-b border-slate-200 p-2">{issue.column ?? "–"}</td>
                <td className="border-b border-slate-200 p-2">{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {more > 0 ? <p className="text-sm text-slate-800">{t("more", { count: more })}</p> : null}
    </section>
  );
}
