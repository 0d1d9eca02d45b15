import { routing } from "@/i18n/routing";

type Template = string;

function localizedTemplates(locale: string): { internal: string; template: Template }[] {
  return Object.entries(routing.pathnames).map(([internal, value]) => ({
    internal,
    template: typeof value === "string" ? value : ((value as Record<string, string>)[locale] ?? internal),
  }));
}

/** Matches `/angebote/kochkurs` against `/angebote/[slug]`; returns the params or null. */
function matchTemplate(template: Template, path: string): Record<string, string> | null {
  const want = template.split("/").filter(Boolean);
  const have = path.split("/").filter(Boolean);
  if (want.length !== have.length) return null;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const dynamic = /^\[(\w+)\]$/.exec(want[i]);
    if (dynamic) params[dynamic[1]] = have[i];
    else if (want[i] !== have[i]) return null;
  }
  return params;
}

function fill(template: Template, params: Record<string, string>): string {
  return template.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? "");
}

/**
 * The same page in another locale: `/de/anbieter?seite=2` → `/en/providers?seite=2`.
 * Pure (no next-intl client code), so the locale switcher adds almost nothing to the first-load JS.
 * Paths that match no route (404 pages) keep their segments under the new prefix.
 */
export function switchLocalePath(pathname: string, search: string, from: string, to: string): string {
  const prefix = `/${from}`;
  const rest = pathname === prefix ? "/" : pathname.startsWith(`${prefix}/`) ? pathname.slice(prefix.length) : pathname;
  const source = localizedTemplates(from);
  const target = new Map(localizedTemplates(to).map((t) => [t.internal, t.template]));
  // Static templates first, so `/angebote/neu`-like static routes would win over `[slug]`.
  const ordered = [...source].sort((a, b) => Number(a.template.includes("[")) - Number(b.template.includes("[")));
  let localized = rest;
  for (const { internal, template } of ordered) {
    const params = matchTemplate(template, rest);
    if (params) {
      localized = fill(target.get(internal) ?? internal, params);
      break;
    }
  }
  const query = search && search !== "?" ? (search.startsWith("?") ? search : `?${search}`) : "";
  return `/${to}${localized === "/" ? "" : localized}${query}`;
}
