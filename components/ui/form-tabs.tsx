"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { useTranslations } from "next-intl";

export type FormTab = { id: string; label: string; content: ReactNode; hasErrors?: boolean };

const REVEAL_EVENT = "formtabs:reveal";

/**
 * Asks the tabs around `element` to show its panel (e.g. before an error summary link focuses a field
 * in another tab). Does nothing outside tabs.
 */
export function revealInTabs(element: Element): void {
  element.dispatchEvent(new Event(REVEAL_EVENT, { bubbles: true }));
}

/**
 * Parts of one form as tabs (WAI-ARIA tabs pattern, automatic activation): arrow keys move between
 * tabs (mirrored in right-to-left pages), Home/End jump to the first/last, the selected tab is the
 * only one in the tab order. Every panel stays mounted, so the form keeps and submits all fields;
 * until the script runs (or without it) all panels are shown one after another, without tabs.
 * After a submit with errors only in another tab, that tab is shown (and with `focusInvalid` its
 * first invalid field focused); each tab with errors says so in its name.
 */
export function FormTabs({
  label,
  tabs,
  submitCount = 0,
  focusInvalid = false,
}: {
  label: string;
  tabs: FormTab[];
  submitCount?: number;
  focusInvalid?: boolean;
}) {
  const t = useTranslations("FormTabs");
  const prefix = useId();
  // Tabs only with scripts: the server's HTML (and a page without JS) shows every panel.
  const enhanced = useSyncExternalStore(
    () => () => {},
    () => true,
    () => false,
  );
  const [active, setActive] = useState(tabs[0]?.id ?? "");
  const tabRefs = useRef(new Map<string, HTMLButtonElement>());
  const panelRefs = useRef(new Map<string, HTMLDivElement>());
  const errorTabs = tabs.filter((tab) => tab.hasErrors).map((tab) => tab.id);
  const errorKey = errorTabs.join(" ");

  // A field in a hidden panel asks to be shown (error summary links).
  useEffect(() => {
    const panels = [...panelRefs.current.entries()];
    const listeners = panels.map(([id, panel]) => {
      // Synchronously, so the caller can focus the field right after asking.
      const listener = () => flushSync(() => setActive(id));
      panel.addEventListener(REVEAL_EVENT, listener);
      return () => panel.removeEventListener(REVEAL_EVENT, listener);
    });
    return () => listeners.forEach((remove) => remove());
  }, [tabs.length]);

  // After a submit: show the errors when none are in the tab in view (state adjusted while rendering, not in an effect).
  const [handledSubmit, setHandledSubmit] = useState(submitCount);
  const [focusRequest, setFocusRequest] = useState<{ id: string; submit: number } | null>(null);
  if (submitCount !== handledSubmit && errorKey !== "") {
    setHandledSubmit(submitCount);
    const ids = errorKey.split(" ");
    if (!ids.includes(active)) {
      setActive(ids[0]);
      if (focusInvalid) setFocusRequest({ id: ids[0], submit: submitCount });
    }
  }
  useEffect(() => {
    if (focusRequest) panelRefs.current.get(focusRequest.id)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  function select(id: string) {
    setActive(id);
    tabRefs.current.get(id)?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    const rtl = getComputedStyle(event.currentTarget).direction === "rtl";
    const next = rtl ? "ArrowLeft" : "ArrowRight";
    const previous = rtl ? "ArrowRight" : "ArrowLeft";
    let target: number | null = null;
    if (event.key === next) target = (index + 1) % tabs.length;
    else if (event.key === previous) target = (index - 1 + tabs.length) % tabs.length;
    else if (event.key === "Home") target = 0;
    else if (event.key === "End") target = tabs.length - 1;
    if (target === null) return;
    event.preventDefault();
    select(tabs[target].id);
  }

  const tabId = (id: string) => `${prefix}-tab-${id}`;
  const panelId = (id: string) => `${prefix}-panel-${id}`;

  return (
    <div className="flex flex-col gap-6">
      {enhanced ? (
        <div role="tablist" aria-label={label} className="flex flex-wrap gap-1 border-b-2 border-slate-300">
          {tabs.map((tab, index) => {
            const selected = tab.id === active;
            return (
              <button
                key={tab.id}
                ref={(element) => {
                  if (element) tabRefs.current.set(tab.id, element);
                  else tabRefs.current.delete(tab.id);
                }}
                type="button"
                role="tab"
                id={tabId(tab.id)}
                aria-selected={selected}
                aria-controls={panelId(tab.id)}
                tabIndex={selected ? 0 : -1}
                onClick={() => setActive(tab.id)}
                onKeyDown={(event) => onKeyDown(event, index)}
                className={`-mb-0.5 min-h-11 rounded-t border-2 px-4 py-2 font-semibold focus-visible:outline-offset-2 ${
                  selected
                    ? "border-slate-300 border-b-white bg-white text-brand-800"
                    : "border-transparent text-slate-700 hover:bg-slate-100"
                }`}
              >
                {tab.label}
                {tab.hasErrors ? (
                  <span className="ms-2 rounded bg-red-700 px-1.5 text-sm text-white" aria-hidden="true">
                    !
                  </span>
                ) : null}
                {tab.hasErrors ? <span className="sr-only"> {t("hasErrors")}</span> : null}
              </button>
            );
          })}
        </div>
      ) : null}
      {tabs.map((tab) => (
        <div
          key={tab.id}
          ref={(element) => {
            if (element) panelRefs.current.set(tab.id, element);
            else panelRefs.current.delete(tab.id);
          }}
          id={panelId(tab.id)}
          {...(enhanced ? { role: "tabpanel", "aria-labelledby": tabId(tab.id), tabIndex: 0, hidden: tab.id !== active } : {})}
          className="flex flex-col gap-6 focus-visible:outline-offset-4"
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
