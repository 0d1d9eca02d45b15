import type { ReactNode } from "react";

/** A collapsible group of related filter controls: a disclosure whose body is a labelled fieldset. */
export function FilterGroup({ title, open, children }: { title: string; open?: boolean; children: ReactNode }) {
  return (
    <details open={open} className="group border-b border-slate-200 py-2">
      <summary className="flex min-h-11 cursor-pointer items-center justify-between gap-2 font-semibold text-slate-900">
        {title}
        <span aria-hidden="true" className="text-slate-600 transition-transform group-open:rotate-180">
          ▾
        </span>
      </summary>
      <fieldset className="mt-1 flex flex-col gap-1 pb-2">
        <legend className="sr-only">{title}</legend>
        {children}
      </fieldset>
    </details>
  );
}

export function Checkbox({ name, value, checked, label }: { name: string; value: string; checked: boolean; label: string }) {
  return (
    <label className="flex min-h-9 items-center gap-2 text-sm text-slate-800">
      <input type="checkbox" name={name} value={value} defaultChecked={checked} className="size-4 shrink-0 accent-brand-700" />
      <span>{label}</span>
    </label>
  );
}

export const fieldClass =
  "mt-1 block w-full min-h-11 rounded border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 placeholder:text-slate-600";
