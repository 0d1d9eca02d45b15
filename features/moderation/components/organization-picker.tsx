"use client";

import { useEffect, useId, useState, useTransition } from "react";
import { searchOrganizationsAction } from "../act-actions";
import type { OrganizationOption } from "../reassign";

export type OrganizationPickerLabels = {
  searchLabel: string;
  searchHint: string;
  selectLabel: string;
  choose: string;
  /** The live region's texts: none, one, and many with a literal "{count}". */
  results: { none: string; one: string; many: string };
  status: Record<string, string>;
};

type Props = {
  /** Name of the select's form field. */
  name: string;
  labels: OrganizationPickerLabels;
  initialOptions: OrganizationOption[];
  defaultValue?: string;
  error?: string;
};

function resultsText(results: OrganizationPickerLabels["results"], count: number): string {
  return count === 0 ? results.none : count === 1 ? results.one : results.many.replace("{count}", String(count));
}

/**
 * Search box + select of live, approved or pending organisations. Typing narrows the select's
 * options through a server action (editors only); the select is the form's value, so the form also
 * works with the first options when nothing is typed.
 */
export function OrganizationPicker({ name, labels, initialOptions, defaultValue = "", error }: Props) {
  const id = useId();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState(initialOptions);
  const [value, setValue] = useState(defaultValue);
  const [searched, setSearched] = useState(false);
  const [, startTransition] = useTransition();

  useEffect(() => {
    if (!query.trim()) return;
    const timer = setTimeout(() => {
      startTransition(async () => {
        const found = await searchOrganizationsAction(query);
        setOptions(found);
        setSearched(true);
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [query]);

  const selected = value && !options.some((o) => String(o.id) === value) ? initialOptions.find((o) => String(o.id) === value) : undefined;
  const shown = selected ? [selected, ...options] : options;

  return (
    <div className="flex flex-col gap-3">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-search`} className="font-medium">
          {labels.searchLabel}
        </label>
        <p id={`${id}-search-hint`} className="text-sm text-slate-700">
          {labels.searchHint}
        </p>
        <input
          id={`${id}-search`}
          type="search"
          value={query}
          maxLength={100}
          autoComplete="off"
          aria-describedby={`${id}-search-hint`}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            // Enter searches; it must not submit the surrounding form with a half-chosen value.
            if (event.key === "Enter") event.preventDefault();
          }}
          className="min-h-11 rounded border border-slate-400 px-2"
        />
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {searched ? resultsText(labels.results, options.length) : ""}
        </p>
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-select`} className="font-medium">
          {labels.selectLabel}
        </label>
        <select
          id={`${id}-select`}
          name={name}
          value={value}
          onChange={(event) => setValue(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          className="min-h-11 max-w-full rounded border border-slate-400 bg-white px-2"
        >
          <option value="">{labels.choose}</option>
          {shown.map((option) => (
            <option key={option.id} value={String(option.id)}>
              {labels.status[option.status] ? `${option.name} (${labels.status[option.status]})` : option.name}
            </option>
          ))}
        </select>
        {error ? (
          <p id={`${id}-error`} className="font-medium text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
