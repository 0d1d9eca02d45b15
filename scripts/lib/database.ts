import fs from "node:fs";
import path from "node:path";
import { run } from "./process";
import { bin } from "./paths";

/** Deletes a SQLite file together with its WAL and shared-memory files. */
export function removeSqliteFiles(file: string): void {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
}

/** `prisma migrate deploy` against the database in env.DATABASE_URL (creates the file when missing). */
export async function migrate(env: NodeJS.ProcessEnv, file: string): Promise<void> {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  await run(bin("prisma"), ["migrate", "deploy"], { ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" });
}

/** `npm run seed` with the given extra arguments (for example --reset). */
export async function seed(env: NodeJS.ProcessEnv, args: string[] = []): Promise<void> {
  await run("npm", ["run", "--silent", "seed", "--", ...args], env);
}
