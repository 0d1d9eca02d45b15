import { spawn, type ChildProcess } from "node:child_process";

// A second process that holds SQLite's write lock on a file, like `npm run jobs:daily` or
// `prisma migrate deploy` would: BEGIN IMMEDIATE, wait, COMMIT. Plain better-sqlite3 in a child
// Node process, so the lock really belongs to another process (a connection of this process would
// not show how the server behaves).

const HOLDER_SOURCE = `
const Database = require("better-sqlite3");
const [file, holdMs] = process.argv.slice(1);
const db = new Database(file);
db.exec("BEGIN IMMEDIATE");
db.exec("CREATE TABLE IF NOT EXISTS lock_holder_probe (n INTEGER)");
process.stdout.write("locked\\n");
setTimeout(() => { db.exec("COMMIT"); db.close(); process.stdout.write("released\\n"); }, Number(holdMs));
`;

export type LockHolder = { child: ChildProcess; released: Promise<void> };

/** Resolves once the child holds the write lock; `released` resolves when it has committed and exited. */
export function holdWriteLock(file: string, holdMs: number): Promise<LockHolder> {
  const child = spawn(process.execPath, ["-e", HOLDER_SOURCE, file, String(holdMs)], { stdio: ["ignore", "pipe", "inherit"] });
  const released = new Promise<void>((resolve, reject) => {
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`lock holder exited with ${code}`))));
  });
  return new Promise((resolve, reject) => {
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("locked\n")) resolve({ child, released });
    });
    child.on("error", reject);
    released.catch(reject);
  });
}
