import path from "node:path";
import { env } from "./env";

export const DEFAULT_DATABASE_URL = "file:./data/chancenportal.db";

/** The SQLite URL with its file resolved against the project root (the process's working directory). */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  const file = url.slice("file:".length);
  if (file === ":memory:") return url;
  return "file:" + path.resolve(/*turbopackIgnore: true*/ process.cwd(), file);
}
