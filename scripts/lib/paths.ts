import path from "node:path";
import { fileURLToPath } from "node:url";

/** The repository root, independent of the directory a script is started from. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/** A project binary from node_modules/.bin (next, prisma, tsx) — no npx lookup, no network. */
export function bin(name: string): string {
  return path.join(REPO_ROOT, "node_modules", ".bin", name);
}

/** `file:` URL with an absolute path, so every child process opens the same file whatever its cwd. */
export function sqliteUrl(relativeFile: string): string {
  return `file:${path.resolve(REPO_ROOT, relativeFile)}`;
}

/** The file behind a `file:` URL, resolved against the repository root. */
export function sqliteFile(url: string): string {
  return path.resolve(REPO_ROOT, url.replace(/^file:/, ""));
}
