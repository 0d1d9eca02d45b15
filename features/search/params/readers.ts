// Reading single URL values leniently: a value that cannot be used is dropped and its parameter
// name noted, so parse.ts can report it instead of throwing.

import { isValidDate } from "@/lib/dates";
import { MAX_MULTI_VALUES, type SearchParamsInput } from "./vocabulary";

const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const LANGUAGE_PATTERN = /^[a-z]{2}$/;
const TRUE_VALUES = new Set(["1", "true", "on", "ja", "yes"]);
const FALSE_VALUES = new Set(["0", "false", "off", "nein", "no", ""]);

export class Reader {
  readonly ignored = new Set<string>();
  /** Text parameters that were too long and were cut (used, not ignored). */
  readonly truncated = new Set<string>();
  constructor(private readonly sp: SearchParamsInput) {}

  private raw(name: string): string[] {
    let value: unknown;
    try {
      value = this.sp?.[name];
    } catch {
      value = undefined;
    }
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value.filter((v): v is string => typeof v === "string");
    if (typeof value === "string") return [value];
    this.ignored.add(name);
    return [];
  }

  /** One value; a repeated parameter keeps its first value and is reported. */
  single(name: string): string | undefined {
    const values = this.raw(name);
    if (values.length > 1) this.ignored.add(name);
    return values[0];
  }

  /** All values of a repeatable parameter; "a,b" is accepted as two values. */
  multi(name: string): string[] {
    return this.raw(name)
      .flatMap((v) => v.split(","))
      .map((v) => v.trim())
      .filter((v) => v !== "");
  }

  note(name: string): void {
    this.ignored.add(name);
  }
}

function cleanText(value: string, max: number): { text: string | null; truncated: boolean } {
  // Control characters become spaces; runs of whitespace collapse.
  const collapsed = value
    .replace(/[\u0000-\u001f\u007f]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  if (collapsed === "") return { text: null, truncated: false };
  if (collapsed.length <= max) return { text: collapsed, truncated: false };
  return { text: Array.from(collapsed).slice(0, max).join("").trim(), truncated: true };
}

export function readText(r: Reader, name: string, max: number): string | null {
  const value = r.single(name);
  if (value === undefined) return null;
  const { text, truncated } = cleanText(value, max);
  if (truncated) r.truncated.add(name);
  return text;
}

export function readSlugs(r: Reader, name: string, known: readonly string[] | undefined, pattern = SLUG_PATTERN): string[] {
  const knownSet = known ? new Set(known) : null;
  const out: string[] = [];
  for (const raw of r.multi(name)) {
    const value = raw.toLowerCase();
    if (value.length > 100 || !pattern.test(value) || (knownSet && !knownSet.has(value))) {
      r.note(name);
      continue;
    }
    if (!out.includes(value)) out.push(value);
  }
  if (out.length > MAX_MULTI_VALUES) {
    r.note(name);
    return out.slice(0, MAX_MULTI_VALUES);
  }
  return out;
}

export function readMapped<T>(r: Reader, name: string, mapping: Record<string, T>): T[] {
  const out: T[] = [];
  for (const raw of r.multi(name)) {
    const key = raw.toLowerCase();
    if (!Object.prototype.hasOwnProperty.call(mapping, key)) {
      r.note(name);
      continue;
    }
    const value = mapping[key];
    if (!out.includes(value)) out.push(value);
  }
  return out;
}

export function readFlag(r: Reader, name: string): boolean {
  const value = r.single(name);
  if (value === undefined) return false;
  const normalized = value.trim().toLowerCase();
  if (TRUE_VALUES.has(normalized)) return true;
  if (!FALSE_VALUES.has(normalized)) r.note(name);
  return false;
}

export function readInteger(r: Reader, name: string, min: number, max: number): number | null {
  const value = r.single(name);
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  if (!/^\d{1,4}$/.test(trimmed)) {
    r.note(name);
    return null;
  }
  const number = Number(trimmed);
  if (number < min || number > max) {
    r.note(name);
    return null;
  }
  return number;
}

export function readDate(r: Reader, name: string): string | null {
  const value = r.single(name);
  if (value === undefined) return null;
  const trimmed = value.trim();
  if (trimmed === "") return null;
  if (!isValidDate(trimmed)) {
    r.note(name);
    return null;
  }
  return trimmed;
}

export function readPage(r: Reader, name: string): number {
  const value = r.single(name);
  if (value === undefined) return 1;
  const trimmed = value.trim();
  if (trimmed === "") return 1;
  if (!/^\d+$/.test(trimmed)) {
    r.note(name);
    return 1;
  }
  // Absurdly large pages are "the last page"; the search clamps once it knows the total.
  const number = trimmed.length > 15 ? Number.MAX_SAFE_INTEGER : Number(trimmed);
  if (number < 1) {
    r.note(name);
    return 1;
  }
  return number;
}

export function invert<K extends string>(mapping: Record<K, string>): Record<string, K> {
  const out: Record<string, K> = {};
  for (const key of Object.keys(mapping) as K[]) out[mapping[key]] = key;
  return out;
}
