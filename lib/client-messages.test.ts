import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLIENT_MESSAGE_NAMESPACES, pickMessages } from "./client-messages";

const ROOT = path.resolve(__dirname, "..");
const SKIP = new Set(["node_modules", ".next", "generated", "data", "test-results", "playwright-report", "e2e", ".git"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** Top-level namespaces of useTranslations("X") / useTranslations("X.sub") calls in "use client" files. */
function clientNamespaces(): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of sourceFiles(ROOT)) {
    const text = fs.readFileSync(file, "utf8");
    if (!/^\s*["']use client["']/.test(text)) continue;
    for (const match of text.matchAll(/useTranslations\(\s*(?:["'`]([^"'`]*)["'`])?\s*\)/g)) {
      const ns = match[1] === undefined ? "(all messages)" : match[1].split(".")[0];
      found.set(ns, [...(found.get(ns) ?? []), path.relative(ROOT, file)]);
    }
  }
  return found;
}

describe("client message namespaces", () => {
  it("lists every namespace a client component uses", () => {
    const used = clientNamespaces();
    expect(used.size).toBeGreaterThan(0);
    const missing = [...used].filter(([ns]) => !(CLIENT_MESSAGE_NAMESPACES as readonly string[]).includes(ns));
    expect(missing, "add these to CLIENT_MESSAGE_NAMESPACES (or translate on the server)").toEqual([]);
  });

  it("only lists namespaces that exist in both message files", () => {
    for (const locale of ["de", "en"]) {
      const messages = JSON.parse(fs.readFileSync(path.join(ROOT, "messages", `${locale}.json`), "utf8")) as Record<string, unknown>;
      for (const ns of CLIENT_MESSAGE_NAMESPACES) expect(messages, `${locale}.json`).toHaveProperty(ns);
    }
  });
});

describe("pickMessages", () => {
  it("keeps only the requested top-level namespaces", () => {
    const messages = { A: { x: "1" }, B: { y: "2" }, C: "3" };
    expect(pickMessages(messages, ["A", "C", "Missing"])).toEqual({ A: { x: "1" }, C: "3" });
    expect(pickMessages(messages, [])).toEqual({});
  });
});
