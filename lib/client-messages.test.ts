import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ACCOUNT_CLIENT_NAMESPACES, CLIENT_MESSAGE_NAMESPACES, pickMessages, PUBLIC_CLIENT_NAMESPACES } from "./client-messages";

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

/** The file an import specifier ("@/…" or relative) names, or null for packages. */
function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = path.join(ROOT, specifier.slice(2));
  else if (specifier.startsWith(".")) base = path.resolve(path.dirname(from), specifier);
  else return null;
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Every source file reachable through static and dynamic imports from the given entry files. */
function reachableFiles(entries: string[]): string[] {
  const seen = new Set<string>();
  const stack = [...entries];
  while (stack.length > 0) {
    const file = stack.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const match of fs.readFileSync(file, "utf8").matchAll(/(?:from|import)\s*\(?\s*["']([^"']+)["']/g)) {
      const target = resolveImport(file, match[1]);
      if (target && !seen.has(target)) stack.push(target);
    }
  }
  return [...seen];
}

/** Files of the public pages: every app/ file outside the (account) route group, and what they import. */
function publicPageFiles(): string[] {
  const accountArea = `${path.sep}(account)${path.sep}`;
  return reachableFiles(sourceFiles(path.join(ROOT, "app")).filter((file) => !file.includes(accountArea)));
}

/** Top-level namespaces of useTranslations("X") / useTranslations("X.sub") calls in "use client" files. */
function clientNamespaces(files: string[] = sourceFiles(ROOT)): Map<string, string[]> {
  const found = new Map<string, string[]>();
  for (const file of files) {
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

  it("gives public pages every namespace their client components use, and no other", () => {
    const used = clientNamespaces(publicPageFiles());
    expect(used.get("Auth"), "the walk finds the login form").toBeDefined();
    const missing = [...used].filter(([ns]) => !(PUBLIC_CLIENT_NAMESPACES as readonly string[]).includes(ns));
    expect(missing, "move these to PUBLIC_CLIENT_NAMESPACES").toEqual([]);
    const unused = PUBLIC_CLIENT_NAMESPACES.filter((ns) => !used.has(ns));
    expect(unused, "no public client component uses these: move them to ACCOUNT_CLIENT_NAMESPACES").toEqual([]);
  });

  it("lists each namespace once", () => {
    expect(new Set(CLIENT_MESSAGE_NAMESPACES).size).toBe(PUBLIC_CLIENT_NAMESPACES.length + ACCOUNT_CLIENT_NAMESPACES.length);
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
