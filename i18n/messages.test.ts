import fs from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { locales } from "./routing";

// Every interface language has exactly the keys German has, each message parses, and it uses the
// same placeholders and tags (a translation that drops {date} or renames <link> breaks the page),
// with plural categories that exist in its language.

type Messages = { [key: string]: string | Messages };

function load(locale: string): Messages {
  return JSON.parse(fs.readFileSync(path.join(__dirname, "..", "messages", `${locale}.json`), "utf8")) as Messages;
}

function flatten(messages: Messages, prefix = "", out = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(messages)) {
    const full = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(full, value);
    else flatten(value, full, out);
  }
  return out;
}

function placeholders(elements: MessageFormatElement[], out = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type === TYPE.argument || el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time) out.add(`{${el.value}}`);
    if (el.type === TYPE.tag) {
      out.add(`<${el.value}>`);
      placeholders(el.children, out);
    }
    if (el.type === TYPE.plural || el.type === TYPE.select) {
      out.add(`{${el.value}}`);
      for (const option of Object.values(el.options)) placeholders(option.value, out);
    }
  }
  return out;
}

function pluralCategories(elements: MessageFormatElement[], out: string[] = []): string[] {
  for (const el of elements) {
    if (el.type === TYPE.plural && el.pluralType === "cardinal") out.push(...Object.keys(el.options).filter((c) => !c.startsWith("=")));
    if (el.type === TYPE.tag) pluralCategories(el.children, out);
    if (el.type === TYPE.plural || el.type === TYPE.select)
      for (const option of Object.values(el.options)) pluralCategories(option.value, out);
  }
  return out;
}

const german = flatten(load("de"));

describe.each(locales.filter((l) => l !== "de"))("messages/%s.json", (locale) => {
  const messages = flatten(load(locale));
  const categories = new Intl.PluralRules(locale).resolvedOptions().pluralCategories as string[];

  it("has exactly the keys German has", () => {
    expect(
      [...german.keys()].filter((k) => !messages.has(k)),
      "missing",
    ).toEqual([]);
    expect(
      [...messages.keys()].filter((k) => !german.has(k)),
      "not in German",
    ).toEqual([]);
  });

  it("keeps every placeholder and tag, with valid plural categories", () => {
    const problems: string[] = [];
    for (const [key, source] of german) {
      const text = messages.get(key);
      if (text === undefined) continue;
      let ast: MessageFormatElement[];
      try {
        ast = parse(text);
      } catch (error) {
        problems.push(`${key}: ${(error as Error).message}`);
        continue;
      }
      const want = [...placeholders(parse(source))].sort();
      const have = [...placeholders(ast)].sort();
      if (want.join() !== have.join()) problems.push(`${key}: ${have.join(" ")} instead of ${want.join(" ")}`);
      for (const category of pluralCategories(ast)) if (!categories.includes(category)) problems.push(`${key}: plural "${category}"`);
      if (text.trim() === "" && source.trim() !== "") problems.push(`${key}: empty`);
    }
    expect(problems).toEqual([]);
  });
});
