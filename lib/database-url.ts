import path from "node:path";

export const DEFAULT_DATABASE_URL = "file:./data/chancenportal.db";

/** The SQLite URL with its file resolved against the project root (the process's working directory). */
export function databaseUrl(): string {
  const url = process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
  if (!url.startsWith("file:")) throw new Error("DATABASE_URL must be a SQLite file: URL (file:./data/chancenportal.db)");
  const file = url.slice("file:".length);
  if (file === ":memory:") return url;
  return "file:" + path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
